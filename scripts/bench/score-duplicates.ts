/**
 * Scores the SQL duplicate pairs against the demo generator's ground truth. A row is identified by what
 * both sides know without the pseudonym key: year, program (DTSEN for keluarga), village, name and birth
 * date; a pair by its two rows, unordered. Exact findings are compared with the planted exact kinds
 * (`repeated_row`, `duplicate_nik_across_villages`), fuzzy ones with `near_duplicate_name`. Pure.
 */
import type { GroundTruth } from '../demo/ground-truth.ts'
import type { KeluargaRow, PenerimaBantuanRow } from '../demo/types.ts'

/** One side of a detected pair, as read back from the database. */
export interface DetectedRow {
  tahun: number
  program: string
  kode_desa: string
  nama: string | null
  tanggal_lahir: string | null
}

/** A pair the SQL reported. */
export interface DetectedPair {
  jenis: 'persis' | 'mirip'
  a: DetectedRow
  b: DetectedRow
}

/** How one kind of detection did. */
export interface KindScore {
  planted: number
  found: number
  /** Reported pairs that are not planted ones. */
  falsePairs: number
  /** found / planted (1 when nothing was planted). */
  recall: number
  /** falsePairs / reported (0 when nothing was reported). */
  falseShare: number
}

function rowKey(row: DetectedRow): string {
  return [row.tahun, row.program, row.kode_desa, row.nama ?? '', row.tanggal_lahir ?? ''].join('|')
}

function pairKey(a: DetectedRow, b: DetectedRow): string {
  return [rowKey(a), rowKey(b)].sort().join(' ~ ')
}

function fromValues(values: KeluargaRow | PenerimaBantuanRow): DetectedRow {
  if ('periode' in values) {
    return {
      tahun: values.periode,
      program: 'DTSEN',
      kode_desa: values.kode_desa,
      nama: values.nama_kepala,
      tanggal_lahir: values.tanggal_lahir_kepala,
    }
  }
  return {
    tahun: values.tahun,
    program: values.program,
    kode_desa: values.kode_desa,
    nama: values.nama,
    tanggal_lahir: values.tanggal_lahir,
  }
}

function score(planted: ReadonlySet<string>, reported: readonly string[]): KindScore {
  const unique = new Set(reported)
  const found = [...planted].filter((key) => unique.has(key)).length
  const falsePairs = [...unique].filter((key) => !planted.has(key)).length
  return {
    planted: planted.size,
    found,
    falsePairs,
    recall: planted.size === 0 ? 1 : found / planted.size,
    falseShare: unique.size === 0 ? 0 : falsePairs / unique.size,
  }
}

/** Scores exact and fuzzy findings separately. */
export function scoreDuplicates(
  groundTruth: GroundTruth,
  pairs: readonly DetectedPair[],
): { exact: KindScore; fuzzy: KindScore } {
  const plantedOf = (kinds: readonly string[]): Set<string> =>
    new Set(
      groundTruth.anomalies
        .filter((anomaly) => kinds.includes(anomaly.kind))
        .flatMap((anomaly) => {
          const [first, second] = anomaly.rows
          return first && second ? [pairKey(fromValues(first.values), fromValues(second.values))] : []
        }),
    )
  const reported = (jenis: DetectedPair['jenis']): string[] =>
    pairs.filter((pair) => pair.jenis === jenis).map((pair) => pairKey(pair.a, pair.b))
  return {
    exact: score(plantedOf(['repeated_row', 'duplicate_nik_across_villages']), reported('persis')),
    fuzzy: score(plantedOf(['near_duplicate_name']), reported('mirip')),
  }
}
