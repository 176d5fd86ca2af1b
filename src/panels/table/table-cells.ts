import type { IndicatorDefinition } from '../../data/indicators.ts'
import { type ClassBreaks, countClasses } from '../../indicators/classify.ts'
import { formatValue } from '../../indicators/format.ts'
import type { Rank } from '../../indicators/rank.ts'
import type { Language } from '../../lib/language.ts'
import type { TableRow } from './table-rows.ts'

/** A translation function (i18next's `t`, narrowed to what these builders call). */
export type Translate = (key: string, options?: Record<string, string | number>) => string

/** The text of each column of one row, exactly as the table shows it (and the CSV writes it). */
export interface TableCells {
  kode: string
  nama: string
  kecamatan: string
  /** The formatted value, or what stands in for it (withheld, no data, does not apply). */
  value: string
  /** "3 dari 5", or empty for the no-data class. */
  class: string
  status: string
  rank: string
}

/** The short label of each status (`table.status.*`). */
export function describeStatus(status: TableRow['status'], t: Translate): string {
  return t(`table.status.${status}`)
}

/**
 * A rank as text: "3", "3 (seri)" when tied, or "tidak diperingkat: ditahan" with the reason. The
 * count of compared areas is said once, in the column header or the profile line.
 */
export function describeRank(rank: Rank, t: Translate): string {
  if (rank.kind === 'not-ranked') return t('table.notRanked', { reason: t(`table.reason.${rank.reason}`) })
  return rank.isTied ? t('table.rankTied', { rank: rank.rank }) : String(rank.rank)
}

/** The class of a value ("3 dari 5"; the legend beside the table holds the ranges), or `''` for no data. */
export function describeClass(classIndex: number | null, breaks: ClassBreaks | null, t: Translate): string {
  if (classIndex === null || breaks === null) return ''
  return t('table.classOf', { index: classIndex + 1, count: countClasses(breaks) })
}

/** Every cell of a row as shown. */
export function describeRow(
  row: TableRow,
  indicator: Pick<IndicatorDefinition, 'decimals'>,
  breaks: ClassBreaks | null,
  language: Language,
  t: Translate,
): TableCells {
  return {
    kode: row.kode,
    nama: row.nama,
    kecamatan: row.kecamatanNama ?? '',
    value:
      row.value === null
        ? describeStatus(row.status, t)
        : formatValue(row.value, language, indicator.decimals),
    class: describeClass(row.classIndex, breaks, t),
    status: describeStatus(row.status, t),
    rank: describeRank(row.rank, t),
  }
}
