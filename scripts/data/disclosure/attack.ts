/**
 * The differencing attack on the published files, as anyone could run it: from indicators.csv,
 * program-combinations.csv, indicators.json and programs.json alone, it bounds every protected count by
 * the rule the files state, then by every relation an attacker knows (attack-knowledge.ts): a kecamatan or
 * kabupaten total is the sum of its desa; households with 2+ programs, with a disallowed combination and
 * with any program are sums of combination rows; subsets are at most their sets; a share pins its parts
 * to its decimals; and, in files without the rounding rule, an absent combination row is 0.
 * It reports the protected cells it pins exactly and those it narrows below what the rule reveals.
 *
 * Under the cell rule, most counts are sums of elementary cells the files do not hold, so from the files
 * alone they have no interval of their own. Given the rounded cells as well (`cells`: more than anyone
 * outside the publish step has), the attack bounds every cell by the rule and every count by the sum of
 * its cells, and tries the same relations: what it narrows then is what the rule failed to protect.
 */
import Papa from 'papaparse'
import {
  type AttackRule,
  type CsvRow,
  cell,
  cellConstraints,
  shareConstraints,
} from './attack-constraints.ts'
import { COUNT_INDICATORS, COUNT_RELATIONS, SHARE_INDICATORS } from './attack-knowledge.ts'
import { ruleInterval } from './block-rounding.ts'
import type { RoundedCell } from './cells.ts'
import { type Constraint, type Interval, Intervals, propagate } from './interval-propagation.ts'

/** The public files, as text. */
export interface PublicFiles {
  indicatorsCsv: string
  combinationsCsv: string
  indicatorsJson: string
  programsJson: string
}

/** What the attack found. */
export interface AttackReport {
  rule: AttackRule
  /** Protected cells: withheld ones (suppression) or rounded ones (rounding), counts and combinations. */
  protectedCells: number
  /** Protected cells whose true value the attack pins, though the rule alone leaves several. */
  exact: number
  /** Protected cells narrowed below the rule's interval, not pinned. */
  narrowed: number
  /** Each narrowed cell: the rule's interval and the attack's. */
  narrowings: Array<{ cell: string; rule: Interval; attack: Interval }>
  /**
   * Constraints that contradicted each other (0 unless an attacker assumption is false), plus, given the
   * cells, published counts that are not the sum of their rounded cells.
   */
  contradictions: number
  /** A few pinned cells, `name|kode|tahun = value`, for messages. */
  examples: string[]
  /** The attacker's final interval of every variable, for tests that know the truth. */
  intervals: ReadonlyMap<string, Interval>
}

const parse = (text: string): CsvRow[] => Papa.parse<CsvRow>(text.trim(), { header: true }).data

/** The parent codes of a region: a desa's kecamatan, a kecamatan's kabupaten. */
const parentOf = (kode: string): string | null => {
  const parts = kode.split('.')
  return parts.length > 2 ? parts.slice(0, parts.length === 4 ? 3 : 2).join('.') : null
}

/** Counts published as sums of combination rows under the rounding rule (no interval of their own). */
const COMBINATION_SUMS = new Set(['kk_penerima', 'kk_bantuan_ganda', 'kk_kombinasi_terlarang'])

/** Runs the attack; `cells`, when given, are the rounded elementary cells the counts were summed from. */
export function attackPublishedFiles(files: PublicFiles, cells: readonly RoundedCell[] = []): AttackReport {
  const definitions = JSON.parse(files.indicatorsJson) as {
    disclosure?: { method?: string; cell_sums?: string[] }
    indicators: Array<{ id: string; decimals: number }>
  }
  const method = definitions.disclosure?.method ?? ''
  const rule = method.startsWith('pembulatan_') ? 'rounding' : 'suppression'
  // Counts the rule publishes as sums (of combination rows, or of elementary cells): no interval of their own.
  const sums = new Set(
    method === 'pembulatan_sel_berkunci' ? (definitions.disclosure?.cell_sums ?? []) : COMBINATION_SUMS,
  )
  const decimals = new Map(definitions.indicators.map((indicator) => [indicator.id, indicator.decimals]))
  const programs = (JSON.parse(files.programsJson) as { programs: Array<{ kode: string }> }).programs
  const combinations = allCombinations(programs.map((program) => program.kode))
  // What the rule alone says of each protected cell (before any relation), and the published values.
  const prior = new Map<string, Interval>()
  const protectedCells = new Set<string>()
  const published = new Map<string, number>()
  const publishedCount = (
    name: string,
    baseName: string,
    row: CsvRow,
    value: string,
    status: string,
  ): void => {
    if (status === 'ditahan') {
      prior.set(name, { lo: 1, hi: 4 })
      protectedCells.add(name)
      return
    }
    if (status !== 'ada' || value === '') return
    published.set(name, Number(value))
    if (rule === 'suppression') prior.set(name, { lo: Number(value), hi: Number(value) })
    else {
      protectedCells.add(name)
      if (row.level === 'desa' && !sums.has(baseName)) {
        const [lo, hi] = ruleInterval(Number(value))
        prior.set(name, { lo, hi })
      }
    }
  }
  const indicatorRows = parse(files.indicatorsCsv)
  const regions = new Set<string>()
  const years = new Set<string>()
  // A withheld share is recovered when both of its parts are (its parts, by cell name).
  const withheldShares: Array<[string, string]> = []
  for (const row of indicatorRows) {
    regions.add(row.kode)
    years.add(row.tahun)
    const share = SHARE_INDICATORS[row.indikator ?? '']
    if (share && row.status === 'ditahan' && !share.numerator.startsWith('public:'))
      withheldShares.push([
        cell(share.numerator, row.kode, row.tahun),
        cell(share.denominator, row.kode, row.tahun),
      ])
    const count = COUNT_INDICATORS[row.indikator ?? '']
    if (count) publishedCount(cell(count, row.kode, row.tahun), count, row, row.nilai ?? '', row.status ?? '')
    if (row.indikator === 'dana_desa' && row.status === 'ada')
      published.set(cell('public:dana_desa', row.kode, row.tahun), Number(row.nilai))
  }
  const combinationRows = parse(files.combinationsCsv)
  const combinationYears = new Set(combinationRows.map((row) => row.tahun))
  const terlarang = new Map<string, boolean>()
  for (const row of combinationRows) {
    const name = cell(`kombinasi:${row.kombinasi}`, row.kode, row.tahun)
    terlarang.set(row.kombinasi ?? '', row.terlarang === '1')
    publishedCount(name, 'kombinasi', row, row.jumlah_kk ?? '', row.status ?? '')
  }
  // Suppression rule: a combination nobody has is absent, so an absent row is 0.
  if (rule === 'suppression') {
    for (const kode of regions)
      for (const tahun of combinationYears)
        for (const kombinasi of combinations) {
          const name = cell(`kombinasi:${kombinasi}`, kode, tahun)
          if (!prior.has(name)) prior.set(name, { lo: 0, hi: 0 })
        }
  }
  const names = [
    ...new Set([
      ...Object.values(COUNT_INDICATORS),
      ...Object.values(SHARE_INDICATORS).flatMap((share) => [share.numerator, share.denominator]),
      ...COUNT_RELATIONS.flatMap((relation) => [relation.whole, ...relation.parts]),
      ...combinations.map((kombinasi) => `kombinasi:${kombinasi}`),
    ]),
  ].filter((name) => !name.startsWith('public:'))
  // Equalities the rule states (totals are sums of their parts; combination sums), then the rest.
  const equalities: Constraint[] = []
  const inequalities: Constraint[] = []
  for (const tahun of years) {
    const children = new Map<string, string[]>()
    for (const kode of regions) {
      const parent = parentOf(kode)
      if (!parent || !regions.has(parent)) continue
      for (const name of names) {
        const key = cell(name, parent, tahun)
        const list = children.get(key) ?? []
        list.push(cell(name, kode, tahun))
        children.set(key, list)
      }
    }
    for (const [whole, parts] of children) equalities.push({ kind: 'equal', whole, parts })
    for (const kode of regions) {
      for (const relation of COUNT_RELATIONS) {
        inequalities.push({
          kind: 'at-most',
          whole: cell(relation.whole, kode, tahun),
          parts: relation.parts.map((part) => cell(part, kode, tahun)),
        })
      }
      if (!combinationYears.has(tahun)) continue
      const of = (holds: (kombinasi: string) => boolean): string[] =>
        combinations.filter(holds).map((kombinasi) => cell(`kombinasi:${kombinasi}`, kode, tahun))
      equalities.push(
        { kind: 'equal', whole: cell('kk_penerima', kode, tahun), parts: of(() => true) },
        { kind: 'equal', whole: cell('kk_bantuan_ganda', kode, tahun), parts: of((k) => k.includes('+')) },
        {
          kind: 'equal',
          whole: cell('kk_kombinasi_terlarang', kode, tahun),
          parts: of((k) => terlarang.get(k) === true),
        },
      )
    }
  }
  const fromCells = cellConstraints(cells, names, published, prior, protectedCells, inequalities)
  equalities.push(...fromCells.equalities)
  const shares = shareConstraints(indicatorRows, rule, decimals, published, prior, sums)
  // What the rule reveals: its own intervals, and under rounding the sums it states.
  const ruleOnly = new Intervals()
  for (const [name, interval] of prior) ruleOnly.narrow(name, interval.lo, interval.hi)
  if (rule === 'rounding') propagate(ruleOnly, equalities)
  const attack = new Intervals()
  for (const [name, interval] of prior) attack.narrow(name, interval.lo, interval.hi)
  propagate(attack, [...equalities, ...inequalities, ...shares])
  let exact = 0
  let narrowed = 0
  const examples: string[] = []
  const narrowings: AttackReport['narrowings'] = []
  for (const name of protectedCells) {
    const before = ruleOnly.get(name)
    const after = attack.get(name)
    if (before.lo === before.hi) continue
    if (after.lo === after.hi) {
      exact += 1
      if (examples.length < 5) examples.push(`${name} = ${after.lo}`)
    } else if (after.lo > before.lo || after.hi < before.hi) {
      narrowed += 1
      narrowings.push({ cell: name, rule: before, attack: after })
    }
  }
  for (const parts of withheldShares) {
    const [numerator, denominator] = parts.map((name) => attack.get(name)) as [Interval, Interval]
    const wasExact = parts.every((name) => ruleOnly.get(name).lo === ruleOnly.get(name).hi)
    if (wasExact) continue
    if (numerator.lo === numerator.hi && denominator.lo === denominator.hi) {
      exact += 1
      if (examples.length < 5) examples.push(`${parts[0]} / ${parts[1]} = ${numerator.lo}/${denominator.lo}`)
    }
  }
  return {
    rule,
    protectedCells: protectedCells.size + withheldShares.length,
    exact,
    narrowed,
    narrowings,
    contradictions: attack.contradictions + fromCells.mismatches,
    examples,
    intervals: attack.map,
  }
}

/** Every non-empty combination of programs, named as in program-combinations.csv (codes sorted, `+`). */
export function allCombinations(codes: readonly string[]): string[] {
  const sorted = [...codes].sort()
  const result: string[] = []
  for (let mask = 1; mask < 2 ** sorted.length; mask += 1) {
    result.push(sorted.filter((_, index) => mask & (2 ** index)).join('+'))
  }
  return result
}
