/**
 * What the differencing attack (attack.ts) knows beyond the published counts themselves: the rounded
 * elementary cells, when it is given them (each bounded by the rule, each desa count their sum), and the
 * shares of indicators.csv (under suppression they pin their parts; under rounding a desa share bounds
 * its unpublished numerator).
 */

import { SHARE_INDICATORS } from './attack-knowledge.ts'
import { ruleInterval } from './block-rounding.ts'
import { CELL_COUNTS, type CellCount, cellId, combinationCount, type RoundedCell } from './cells.ts'
import { type Constraint, type Interval, UNBOUNDED } from './interval-propagation.ts'

/** Which rule the files state: rounded counts, or withheld small ones. */
export type AttackRule = 'rounding' | 'suppression'

/** A row of indicators.csv or program-combinations.csv, as text. */
export interface CsvRow {
  kode: string
  level: string
  tahun: string
  [column: string]: string
}

/** The attack's name of one count of a region in a year. */
export const cell = (name: string, kode: string, tahun: string | number): string => `${name}|${kode}|${tahun}`

/**
 * The rounded cells as the attacker's knowledge: each cell's households and members bounded by the rule
 * (members ≥ households, since a household has at least one), and every count of a desa the sum of its
 * cells. Adds the cells to the protected cells; returns the sums, and how many published desa counts are
 * not the sum of their rounded cells (each one tells something the cells do not: a leak).
 */
export function cellConstraints(
  cells: readonly RoundedCell[],
  names: readonly string[],
  published: ReadonlyMap<string, number>,
  prior: Map<string, Interval>,
  protectedCells: Set<string>,
  inequalities: Constraint[],
): { equalities: Constraint[]; mismatches: number } {
  const equalities: Constraint[] = []
  let mismatches = 0
  const byVillageYear = new Map<string, RoundedCell[]>()
  for (const entry of cells) {
    const villageYear = `${entry.kode}|${entry.tahun}`
    const list = byVillageYear.get(villageYear) ?? []
    list.push(entry)
    byVillageYear.set(villageYear, list)
    const kk = cell(`sel:${cellId(entry)}:kk`, entry.kode, entry.tahun)
    const jiwa = cell(`sel:${cellId(entry)}:jiwa`, entry.kode, entry.tahun)
    for (const [name, value] of [
      [kk, entry.kk_terbit],
      [jiwa, entry.jiwa_terbit],
    ] as const) {
      const [lo, hi] = ruleInterval(value)
      prior.set(name, { lo, hi })
      protectedCells.add(name)
    }
    inequalities.push({ kind: 'at-most', whole: jiwa, parts: [kk] })
  }
  const counts: Array<[string, CellCount]> = names.flatMap((name): Array<[string, CellCount]> => {
    if (name.startsWith('kombinasi:')) return [[name, combinationCount(name.slice('kombinasi:'.length))]]
    // The poor households of a kelurahan are not a kk_miskin_desa: the attacker cannot sum its cells.
    const count = name === 'kk_miskin_desa' ? undefined : CELL_COUNTS[name]
    return count ? [[name, count]] : []
  })
  for (const [villageYear, list] of byVillageYear) {
    const [kode, tahun] = villageYear.split('|') as [string, string]
    for (const [name, count] of counts) {
      const held = list.filter((entry) => count.holds(entry))
      const parts = held.map((entry) => cell(`sel:${cellId(entry)}:${count.unit}`, kode, tahun))
      equalities.push({ kind: 'equal', whole: cell(name, kode, tahun), parts })
      const value = published.get(cell(name, kode, tahun))
      const sum = held.reduce(
        (total, entry) => total + (count.unit === 'kk' ? entry.kk_terbit : entry.jiwa_terbit),
        0,
      )
      if (value !== undefined && value !== sum) mismatches += 1
    }
  }
  return { equalities, mismatches }
}

/**
 * Shares as constraints. Suppression rule: a share comes from the true counts with 4 decimals, so it
 * pins its parts. Rounding rule: from the rounded counts with the indicator's decimals, so at desa level
 * it gives the rounded value of an unpublished part, bounded by the rule like any rounded count.
 */
export function shareConstraints(
  rows: readonly CsvRow[],
  rule: AttackRule,
  decimals: ReadonlyMap<string, number>,
  published: ReadonlyMap<string, number>,
  prior: Map<string, Interval>,
  sums: ReadonlySet<string>,
): Constraint[] {
  const constraints: Constraint[] = []
  for (const row of rows) {
    const share = SHARE_INDICATORS[row.indikator ?? '']
    if (!share || row.status !== 'ada' || row.nilai === '') continue
    const numeratorName = cell(share.numerator, row.kode, row.tahun)
    const denominatorName = cell(share.denominator, row.kode, row.tahun)
    const value = Number(row.nilai)
    if (rule === 'suppression') {
      const numerator = share.numerator.startsWith('public:') ? published.get(numeratorName) : numeratorName
      if (numerator === undefined) continue
      constraints.push({
        kind: 'share',
        numerator,
        denominator: denominatorName,
        scale: share.scale,
        value,
        halfWidth: 0.5 * 10 ** -4 + 1e-9,
      })
      continue
    }
    const denominator = published.get(denominatorName)
    if (row.level !== 'desa' || denominator === undefined || published.has(numeratorName)) continue
    if (share.numerator.startsWith('public:') || share.numerator.startsWith('kk_penerima')) continue
    // A sum's rounded value is not one rounded count: it has no interval of its own to take from the rule.
    if (sums.has(share.numerator)) continue
    // The rounded numerators that give this share; each bounds the true one by the rule.
    const halfWidth = 0.5 * 10 ** -(decimals.get(row.indikator ?? '') ?? 4) + 1e-9
    let lo = UNBOUNDED
    let hi = -1
    for (let n = 0; n <= denominator * 10; n += 1) {
      if (Math.abs((n * share.scale) / denominator - value) > halfWidth) continue
      const [ruleLo, ruleHi] = ruleInterval(n)
      lo = Math.min(lo, ruleLo)
      hi = Math.max(hi, ruleHi)
    }
    if (hi >= 0) prior.set(numeratorName, { lo, hi })
  }
  return constraints
}
