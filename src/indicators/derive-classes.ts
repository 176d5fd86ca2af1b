import { getClassColors } from './class-colors.ts'
import { type ClassBreaks, classIndexOf, classify, countClasses } from './classify.ts'
import { evaluate, type VillageField } from './formula.ts'
import type { IndicatorDef } from './registry.ts'

/** Everything the map, legend and panels derive from one indicator over the villages. */
export interface IndicatorClasses {
  /** The value of each village by code; `null` when missing. */
  values: Map<string, number | null>
  breaks: ClassBreaks | null
  /** One colour per class, lowest class first. */
  colors: string[]
  /** How many villages fall in each class. */
  counts: number[]
  noDataCount: number
}

/** A village row as the formula reads it, with its code. */
export type IndicatorRow = { kode: string } & Record<VillageField, number | null>

/** Evaluates and classifies an indicator over all villages. Pure: callers memoise it. */
export function deriveIndicatorClasses(
  indicator: IndicatorDef,
  rows: readonly IndicatorRow[],
): IndicatorClasses {
  const values = new Map(rows.map((row) => [row.kode, evaluate(indicator.formula, row)]))
  const breaks = classify([...values.values()], indicator.classification)
  const counts = Array.from({ length: countClasses(breaks) }, () => 0)
  let noDataCount = 0
  for (const value of values.values()) {
    const index = classIndexOf(value, breaks)
    if (index === null) noDataCount += 1
    else counts[index] = (counts[index] ?? 0) + 1
  }
  return {
    values,
    breaks,
    colors: getClassColors(indicator.palette, breaks, indicator.direction),
    counts,
    noDataCount,
  }
}
