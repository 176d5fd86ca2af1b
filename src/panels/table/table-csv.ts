import type { IndicatorDefinition } from '../../data/indicators.ts'
import type { ClassBreaks } from '../../indicators/classify.ts'
import { buildCsvFile } from '../../lib/csv-file.ts'
import type { Language } from '../../lib/language.ts'
import type { Level } from '../../state/view-state.ts'
import { describeRow, type Translate } from './table-cells.ts'
import type { SortKey, TableQuery, TableRow } from './table-rows.ts'

/** How each language's spreadsheets read a CSV: Excel in id-ID splits on `;` and reads `12,5`. */
const CSV_LOCALE = {
  id: { delimiter: ';', decimal: ',' },
  en: { delimiter: ',', decimal: '.' },
} as const satisfies Record<Language, { delimiter: string; decimal: string }>

/** Everything the CSV says: the rows as shown and what they are. */
export interface TableCsvInput {
  /** The rows in the order shown (already filtered and sorted). */
  rows: readonly TableRow[]
  indicator: Pick<IndicatorDefinition, 'id' | 'label' | 'unit' | 'decimals' | 'synthetic' | 'direction'>
  tahun: number | null
  level: Level
  breaks: ClassBreaks | null
  /** The classification as the legend names it, e.g. "Jenks (natural breaks), 5 kelas". */
  classificationLabel: string
  query: TableQuery
  /** The name of the district filtered on, when there is one. */
  kecamatanName: string | null
  snapshotId: string
  /** The credit lines of the snapshot. */
  attribution: readonly string[]
  language: Language
  t: Translate
}

/** A number as the language's spreadsheets read it: no grouping, the indicator's decimals. */
export function formatCsvNumber(value: number | null, decimals: number, language: Language): string {
  if (value === null || !Number.isFinite(value)) return ''
  return value.toFixed(decimals).replace('.', CSV_LOCALE[language].decimal)
}

const SORT_LABEL_KEYS: Record<SortKey, string> = {
  nama: 'table.column.nama',
  kecamatan: 'table.column.kecamatan',
  value: 'table.column.value',
  rank: 'table.column.rank',
}

/**
 * The table as CSV: `#` note lines (indicator, year, unit, filter, order, snapshot id, sources), then
 * a header row in the reader's language and one row per shown row, in the shown order. Fields are
 * quoted by papaparse when they hold the delimiter, a quote or a line break. Indonesian files use `;`
 * and a decimal comma, English files `,` and a decimal point (see `CSV_LOCALE`).
 */
export function buildTableCsv(input: TableCsvInput): string {
  const { t, language, indicator, query } = input
  const { delimiter } = CSV_LOCALE[language]
  const filters = [
    query.text.trim() === '' ? null : t('table.csv.filterText', { text: query.text.trim() }),
    input.kecamatanName === null ? null : t('table.csv.filterKecamatan', { name: input.kecamatanName }),
  ].filter((item): item is string => item !== null)
  const order = `${t(SORT_LABEL_KEYS[query.sort])}, ${t(query.isDescending ? 'table.csv.descending' : 'table.csv.ascending')}`
  const notes: [string, string][] = [
    [t('table.csv.indicator'), `${indicator.label[language]} (${indicator.id})`],
    [t('table.csv.year'), input.tahun === null ? '–' : String(input.tahun)],
    [t('table.csv.unit'), indicator.unit[language]],
    [t('table.csv.level'), t(`picker.levels.${input.level}`)],
    [t('table.csv.classification'), input.classificationLabel],
    [t('table.csv.filter'), filters.length === 0 ? t('table.csv.noFilter') : filters.join(', ')],
    [t('table.csv.sort'), order],
    [t('table.csv.rows'), String(input.rows.length)],
    [t('table.csv.snapshot'), input.snapshotId],
    ...input.attribution.map((line): [string, string] => [t('table.csv.source'), line]),
  ]
  const isDesa = input.level === 'desa'
  const header = [
    t('table.column.kode'),
    t(isDesa ? 'table.column.namaDesa' : 'table.column.namaKecamatan'),
    ...(isDesa ? [t('table.column.kecamatan')] : []),
    t('table.column.value'),
    t('table.column.unit'),
    t('table.column.class'),
    t('table.column.status'),
    t('table.column.rank'),
    t('table.column.indicator'),
    t('table.column.year'),
  ]
  const data = input.rows.map((row) => {
    const cells = describeRow(row, indicator, input.breaks, language, t)
    return [
      cells.kode,
      cells.nama,
      ...(isDesa ? [cells.kecamatan] : []),
      formatCsvNumber(row.value, indicator.decimals, language),
      row.value === null ? '' : indicator.unit[language],
      cells.class,
      cells.status,
      cells.rank,
      indicator.id,
      input.tahun === null ? '' : String(input.tahun),
    ]
  })
  return buildCsvFile({
    notes: [...notes, t('table.csv.format'), ...(indicator.synthetic ? [t('table.csv.synthetic')] : [])],
    header,
    rows: data,
    delimiter,
  })
}

/** The file name of a download: indicator, year and level, e.g. `persen_kk_desil_1_4-2023-desa.csv`. */
export function getTableCsvFileName(indicatorId: string, tahun: number | null, level: Level): string {
  return `${[indicatorId, tahun, level].filter((part) => part !== null).join('-')}.csv`
}
