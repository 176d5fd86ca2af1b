/**
 * Checks, once the demo is loaded and its figures read, that the SQL figures find exactly the
 * exact-duplicate anomalies the generator planted (ground-truth.json), and nothing else: per year, the kabupaten's unsuppressed counts of
 * repeated program rows, disallowed program combinations and household heads listed in two villages must
 * equal what was planted. Near-duplicate names are a fuzzy match and are checked where fuzzy detection is.
 */

import type { GroundTruth } from '../demo/ground-truth.ts'
import { BuildError } from './build-error.ts'
import type { RawIndicatorRow } from './disclosure/raw-figures.ts'

/** The exact-duplicate counts of one year, as the figures or the ground truth give them. */
export interface DuplicateCounts {
  duplikat_dalam_program: number
  kk_kombinasi_terlarang: number
  kk_duplikat_lintas_desa: number
}

const EMPTY: DuplicateCounts = {
  duplikat_dalam_program: 0,
  kk_kombinasi_terlarang: 0,
  kk_duplikat_lintas_desa: 0,
}

/**
 * The kabupaten's unsuppressed counts per year, from the raw figures the publish step reads
 * (`terbit.indikator_mentah`, raw-figures.ts): each count is the numerator (`pembilang`) of the indicators
 * built on it, so the check reads the same numbers the published figures start from, without computing
 * `private.hitungan` a second time. A count without a value (no listing that year) is 0.
 */
export function duplicateCountsOf(
  rows: readonly RawIndicatorRow[],
  region: string,
): Map<number, DuplicateCounts> {
  const counts = new Map<number, DuplicateCounts>()
  for (const row of rows) {
    if (row.kode !== region || row.level !== 'kabupaten' || !(row.pembilang_nama in EMPTY)) continue
    if (row.pembilang === null) continue
    const year = counts.get(row.tahun) ?? { ...EMPTY }
    year[row.pembilang_nama as keyof DuplicateCounts] = row.pembilang
    counts.set(row.tahun, year)
  }
  return counts
}

/** What the figures should count per year for the planted anomalies. */
export function expectedDuplicateCounts(groundTruth: GroundTruth): Map<number, DuplicateCounts> {
  const expected = new Map<number, DuplicateCounts>()
  for (const anomaly of groundTruth.anomalies) {
    const counts = expected.get(anomaly.tahun) ?? { ...EMPTY }
    expected.set(anomaly.tahun, counts)
    if (anomaly.kind === 'repeated_row') counts.duplikat_dalam_program += anomaly.rows.length - 1
    if (anomaly.kind === 'disallowed_combination') counts.kk_kombinasi_terlarang += 1
    if (anomaly.kind === 'duplicate_nik_across_villages')
      counts.kk_duplikat_lintas_desa += anomaly.rows.length
  }
  return expected
}

/** Lists every year and count where the figures differ from the ground truth; empty when all agree. */
export function compareDuplicateCounts(
  found: ReadonlyMap<number, DuplicateCounts>,
  expected: ReadonlyMap<number, DuplicateCounts>,
): string[] {
  const years = [...new Set([...found.keys(), ...expected.keys()])].sort((a, b) => a - b)
  return years.flatMap((tahun) => {
    const actual = found.get(tahun) ?? EMPTY
    const wanted = expected.get(tahun) ?? EMPTY
    return (Object.keys(EMPTY) as Array<keyof DuplicateCounts>)
      .filter((key) => actual[key] !== wanted[key])
      .map(
        (key) => `${tahun} ${key}: the figures count ${actual[key]}, the ground truth planted ${wanted[key]}`,
      )
  })
}

/**
 * Stops the build when the SQL figures (`rows`: the raw figures of the publish step) miss a planted anomaly
 * or flag something that was not planted.
 */
export function verifyDemo(rows: readonly RawIndicatorRow[], region: string, groundTruth: GroundTruth): void {
  const problems = compareDuplicateCounts(
    duplicateCountsOf(rows, region),
    expectedDuplicateCounts(groundTruth),
  )
  if (problems.length > 0) {
    throw new BuildError(
      `the duplicate figures disagree with the demo's ground truth:\n    ${problems.join('\n    ')}`,
      {
        file: 'src/indicators/dictionary/counts.ts',
        hint: 'a count (its cell predicate, or its expression in private.hitungan_lain) counts duplicates differently from how scripts/demo/anomalies.ts plants them: fix the one that is wrong',
      },
    )
  }
}
