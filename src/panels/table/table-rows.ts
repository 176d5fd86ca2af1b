import type { ValueStatus } from '../../data/indicators.ts'
import { classIndexOf } from '../../indicators/classify.ts'
import type { Rank } from '../../indicators/rank.ts'
import type { ValueClasses } from '../../indicators/value-classes.ts'
import { normalizeSearchText } from '../../lib/normalize-search-text.ts'

/** One area as the table lists it: what is shown, already derived. */
export interface TableRow {
  kode: string
  nama: string
  /** The district of a village, or `null` when the rows are districts. */
  kecamatanKode: string | null
  kecamatanNama: string | null
  /** `null` unless the status is `ada`. */
  value: number | null
  status: ValueStatus
  /** Class of the value (0 = lowest), `null` for the no-data class. */
  classIndex: number | null
  rank: Rank
}

/** An area the table can list: a village (with its district) or a district. */
export interface TableArea {
  kode: string
  nama: string
  kecamatan_kode?: string
  kecamatan_nama?: string
}

/** The columns a reader can sort by. The class column sorts with the value. */
export const SORT_KEYS = ['nama', 'kecamatan', 'value', 'rank'] as const

/** A column to sort by. */
export type SortKey = (typeof SORT_KEYS)[number]

/** What the reader chose to see: a text and district filter and one sort column. */
export interface TableQuery {
  /** Matched against the name, the district name and the start of the code; ignores case and accents. */
  text: string
  /** Code of a district to keep, or `null` for all. */
  kecamatan: string | null
  sort: SortKey
  isDescending: boolean
}

/** The table as it opens: most in need first. */
export const DEFAULT_TABLE_QUERY: TableQuery = {
  text: '',
  kecamatan: null,
  sort: 'rank',
  isDescending: false,
}

/** One row per area, in the order given, from the classes the map uses and the ranks. */
export function buildTableRows(
  areas: readonly TableArea[],
  classes: Pick<ValueClasses, 'values' | 'statuses' | 'breaks'>,
  ranks: ReadonlyMap<string, Rank>,
): TableRow[] {
  return areas.map((area) => {
    const value = classes.values.get(area.kode) ?? null
    return {
      kode: area.kode,
      nama: area.nama,
      kecamatanKode: area.kecamatan_kode ?? null,
      kecamatanNama: area.kecamatan_nama ?? null,
      value,
      status: classes.statuses.get(area.kode) ?? 'tidak_ada',
      classIndex: classIndexOf(value, classes.breaks),
      rank: ranks.get(area.kode) ?? { kind: 'not-ranked', reason: 'tidak_ada', total: areas.length },
    }
  })
}

function matchesText(row: TableRow, folded: string, raw: string): boolean {
  if (folded === '') return true
  if (normalizeSearchText(row.nama).includes(folded)) return true
  if (row.kecamatanNama !== null && normalizeSearchText(row.kecamatanNama).includes(folded)) return true
  return /^\d/.test(raw) && row.kode.startsWith(raw)
}

/** The sortable number of a row for a numeric column, or `null` (always listed last). */
function numberOf(row: TableRow, key: 'value' | 'rank'): number | null {
  if (key === 'value') return row.value
  return row.rank.kind === 'ranked' ? row.rank.rank : null
}

/**
 * The rows the reader asked for: filtered, then sorted. Rows without a value (or rank) stay at the
 * bottom in either direction, so "descending" never opens on a screen of blanks. Equal keys fall back
 * to the name, then the code, so the order is the same on every run.
 */
export function applyTableQuery(rows: readonly TableRow[], query: TableQuery, locale: string): TableRow[] {
  const folded = normalizeSearchText(query.text)
  const raw = query.text.trim()
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })
  const byName = (a: TableRow, b: TableRow): number =>
    collator.compare(a.nama, b.nama) || a.kode.localeCompare(b.kode)
  const sign = query.isDescending ? -1 : 1
  const compare = (a: TableRow, b: TableRow): number => {
    if (query.sort === 'nama') return sign * byName(a, b)
    if (query.sort === 'kecamatan') {
      return sign * collator.compare(a.kecamatanNama ?? '', b.kecamatanNama ?? '') || byName(a, b)
    }
    const left = numberOf(a, query.sort)
    const right = numberOf(b, query.sort)
    if (left === null || right === null)
      return (left === null ? 1 : 0) - (right === null ? 1 : 0) || byName(a, b)
    return sign * (left - right) || byName(a, b)
  }
  return rows
    .filter((row) => query.kecamatan === null || row.kecamatanKode === query.kecamatan)
    .filter((row) => matchesText(row, folded, raw))
    .sort(compare)
}
