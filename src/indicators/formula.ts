import type { VillageProperties } from '../data/snapshot-schema.ts'

/** The measured columns of a village row that a formula may read: nullable numbers. */
export type VillageField = {
  [K in keyof VillageProperties]: null extends VillageProperties[K]
    ? VillageProperties[K] extends number | null
      ? K
      : never
    : never
}[keyof VillageProperties]

/** How an indicator's value is computed from one village row. */
export type Formula =
  | { kind: 'field'; field: VillageField }
  | { kind: 'ratio'; numerator: VillageField; denominator: VillageField; per: number }

type Row = Pick<VillageProperties, VillageField>

function readField(row: Row, field: VillageField): number | null {
  const value = row[field]
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

/** Evaluates a formula on one row. A missing input or a zero denominator gives `null`. */
export function evaluate(formula: Formula, row: Row): number | null {
  if (formula.kind === 'field') return readField(row, formula.field)
  const numerator = readField(row, formula.numerator)
  const denominator = readField(row, formula.denominator)
  if (numerator === null || denominator === null || denominator === 0) return null
  return (numerator / denominator) * formula.per
}
