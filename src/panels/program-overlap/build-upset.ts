/**
 * The rows of an UpSet chart: one bar per combination of programs in one region and year, largest first,
 * with the matrix dots (which programs the combination holds) and the total per program. Withheld counts
 * (1–4 households, in files from before disclosure control) keep their bar slot with no length, so a
 * reader sees they exist; a combination published as 0 has no bar (the file lists every combination,
 * docs/disclosure-control.md). Pure.
 */
import type { CombinationCount, ProgramCode } from '../../data/programs.ts'

/** One combination, as a bar plus its column of matrix dots. */
export interface UpsetBar {
  /** Stable id: the programs joined by "+" (e.g. "BPNT+PKH"). */
  key: string
  programs: readonly ProgramCode[]
  /** Households; `null` when withheld. */
  count: number | null
  isWithheld: boolean
  isDisallowed: boolean
}

/** The chart's data. */
export interface Upset {
  bars: UpsetBar[]
  /** Households per program summed over the combinations shown (withheld bars count zero). */
  programTotals: Map<ProgramCode, number>
  /** Largest bar, for the scale (0 when every bar is withheld). */
  maxCount: number
}

/** Builds the chart for `kode` in `tahun`, at most `limit` bars (the smallest are cut first). */
export function buildUpset(
  rows: readonly CombinationCount[],
  kode: string,
  tahun: number,
  programs: readonly ProgramCode[],
  limit = 16,
): Upset {
  const bars = rows
    .filter((row) => row.kode === kode && row.tahun === tahun && row.jumlah_kk !== 0)
    .map(
      (row): UpsetBar => ({
        key: row.programs.join('+'),
        programs: programs.filter((program) => row.programs.includes(program)),
        count: row.jumlah_kk,
        isWithheld: row.status === 'ditahan',
        isDisallowed: row.terlarang,
      }),
    )
    .sort(
      (a, b) =>
        (b.count ?? 0) - (a.count ?? 0) || a.programs.length - b.programs.length || (a.key < b.key ? -1 : 1),
    )
    .slice(0, limit)
  const programTotals = new Map<ProgramCode, number>(programs.map((program) => [program, 0]))
  for (const bar of bars) {
    for (const program of bar.programs)
      programTotals.set(program, (programTotals.get(program) ?? 0) + (bar.count ?? 0))
  }
  return { bars, programTotals, maxCount: Math.max(0, ...bars.map((bar) => bar.count ?? 0)) }
}

/**
 * Villages that have households with exactly this combination in `tahun` (withheld counts included:
 * "1–4 households" is still "some"), for highlighting on the map.
 */
export function villagesWithCombination(
  rows: readonly CombinationCount[],
  key: string,
  tahun: number,
): Set<string> {
  return new Set(
    rows
      .filter(
        (row) =>
          row.level === 'desa' &&
          row.tahun === tahun &&
          row.jumlah_kk !== 0 &&
          row.programs.join('+') === key,
      )
      .map((row) => row.kode),
  )
}
