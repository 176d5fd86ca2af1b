/**
 * Checks, after the demo is loaded, that the SQL figures find exactly the exact-duplicate anomalies the
 * generator planted (ground-truth.json), and nothing else: per year, the kabupaten's unsuppressed counts of
 * repeated program rows, disallowed program combinations and household heads listed in two villages must
 * equal what was planted. Near-duplicate names are a fuzzy match and are checked where fuzzy detection is.
 */

import type { SqlClient } from '../db/sql-client.ts'
import type { GroundTruth } from '../demo/ground-truth.ts'
import { BuildError } from './build-error.ts'

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

/** Reads the kabupaten's unsuppressed counts per year from `private.hitungan` (build role only). */
export async function readDuplicateCounts(
  client: SqlClient,
  region: string,
): Promise<Map<number, DuplicateCounts>> {
  const { rows } = await client.query<{ tahun: number | string; hitungan: string; nilai: number | string }>(
    `select tahun, hitungan, nilai from private.hitungan
     where kode = $1 and level = 'kabupaten' and hitungan = any ($2)`,
    [region, Object.keys(EMPTY)],
  )
  const counts = new Map<number, DuplicateCounts>()
  for (const row of rows) {
    const tahun = Number(row.tahun)
    const year = counts.get(tahun) ?? { ...EMPTY }
    year[row.hitungan as keyof DuplicateCounts] = Number(row.nilai)
    counts.set(tahun, year)
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

/** Stops the build when the SQL figures miss a planted anomaly or flag something that was not planted. */
export async function verifyDemo(client: SqlClient, region: string, groundTruth: GroundTruth): Promise<void> {
  const problems = compareDuplicateCounts(
    await readDuplicateCounts(client, region),
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
