/**
 * The ground truth of planted anomalies (`ground-truth.json`): kinds, counts, and the rows each anomaly
 * involves, by 1-based data row number of the file and by value.
 */
import type { KeluargaRow, PenerimaBantuanRow } from './types'

export type AnomalyKind =
  | 'duplicate_nik_across_villages'
  | 'repeated_row'
  | 'disallowed_combination'
  | 'near_duplicate_name'

/** Planted per kind unless the caller asks otherwise. */
export const DEFAULT_ANOMALY_COUNTS: Readonly<Record<AnomalyKind, number>> = {
  duplicate_nik_across_villages: 10,
  repeated_row: 10,
  disallowed_combination: 10,
  near_duplicate_name: 10,
}

/** One row involved in an anomaly: `row` is the 1-based data row of the file (its line is `row + 1`). */
export interface GroundTruthRow {
  file: 'keluarga.csv' | 'penerima_bantuan.csv'
  row: number
  values: KeluargaRow | PenerimaBantuanRow
}

export interface PlantedAnomaly {
  id: string
  kind: AnomalyKind
  tahun: number
  description: string
  rows: GroundTruthRow[]
}

/** `ground-truth.json`: what was planted (`counts` are the numbers actually planted). */
export interface GroundTruth {
  seed: number
  counts: Record<AnomalyKind, number>
  anomalies: PlantedAnomaly[]
}

/** A row of either personal-data file. */
export type AnyRow = KeluargaRow | PenerimaBantuanRow

/** An anomaly as planted, before its rows are numbered. */
export interface AnomalyDraft {
  kind: AnomalyKind
  tahun: number
  description: string
  rows: AnyRow[]
}

/**
 * Numbers the rows of each draft by their position in the final files (only the involved rows are looked
 * up: a map of every row would cost seconds at full scale) and counts the planted anomalies per kind.
 */
export function buildGroundTruth(
  drafts: readonly AnomalyDraft[],
  files: { keluarga: readonly KeluargaRow[]; penerima: readonly PenerimaBantuanRow[] },
  kinds: readonly AnomalyKind[],
  seed: number,
): GroundTruth {
  const involved = new Set(drafts.flatMap((draft) => draft.rows))
  const rowNumbers = new Map<AnyRow, GroundTruthRow>()
  files.keluarga.forEach((values, index) => {
    if (involved.has(values)) rowNumbers.set(values, { file: 'keluarga.csv', row: index + 1, values })
  })
  files.penerima.forEach((values, index) => {
    if (involved.has(values)) rowNumbers.set(values, { file: 'penerima_bantuan.csv', row: index + 1, values })
  })
  const anomalies = drafts.map((draft, index): PlantedAnomaly => {
    const rows = draft.rows.map((row) => rowNumbers.get(row)).filter((row) => row !== undefined)
    return { id: `A${String(index + 1).padStart(3, '0')}`, ...draft, rows }
  })
  const counts = Object.fromEntries(kinds.map((kind) => [kind, drafts.filter((d) => d.kind === kind).length]))
  return { seed, counts: counts as Record<AnomalyKind, number>, anomalies }
}
