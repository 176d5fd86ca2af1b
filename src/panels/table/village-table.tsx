import { type MouseEvent, type ReactElement, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IndicatorDefinition } from '../../data/indicators.ts'
import type { ClassBreaks } from '../../indicators/classify.ts'
import { NO_DATA_COLOR, WITHHELD_COLOR } from '../../indicators/palettes.ts'
import { localeOf } from '../../lib/language.ts'
import type { Level } from '../../state/view-state.ts'
import { describeRow, type Translate } from './table-cells.ts'
import { buildTableCsv, getTableCsvFileName } from './table-csv.ts'
import {
  applyTableQuery,
  DEFAULT_TABLE_QUERY,
  type SortKey,
  type TableQuery,
  type TableRow,
} from './table-rows.ts'
import './village-table.css'
import { useLanguage } from '../../i18n/use-language.ts'
import { downloadFile } from '../../ui/download-file.ts'
import { LabeledSelect } from '../../ui/labeled-select.tsx'

/** Everything the table shows; rows and classes are derived by the caller from the map's state. */
export interface VillageTableProps {
  rows: readonly TableRow[]
  indicator: IndicatorDefinition
  tahun: number | null
  level: Level
  breaks: ClassBreaks | null
  /** One colour per class, lowest class first (the map's). */
  colors: readonly string[]
  classificationLabel: string
  /** The districts offered by the district filter (villages only). */
  kecamatan: readonly { kode: string; nama: string }[]
  selectedKode: string | null
  snapshotId: string
  attribution: readonly string[]
  onSelect: (kode: string) => void
  /** The profile page of a village, for its link; absent for districts. */
  getProfileHref?: (kode: string) => string
  onOpenProfile?: (kode: string) => void
}

const COLUMNS: { key: SortKey | null; labelKey: string; isNumeric?: boolean }[] = [
  { key: 'nama', labelKey: 'table.column.nama' },
  { key: 'kecamatan', labelKey: 'table.column.kecamatan' },
  { key: 'value', labelKey: 'table.column.value', isNumeric: true },
  { key: null, labelKey: 'table.column.class' },
  { key: null, labelKey: 'table.column.status' },
  { key: 'rank', labelKey: 'table.column.rank', isNumeric: true },
]

/** Saves a CSV text (it carries its own byte-order mark, src/lib/csv-file.ts). */
function downloadText(text: string, fileName: string): void {
  downloadFile(text, fileName, 'text/csv;charset=utf-8')
}

/**
 * The table view of the explorer: the same areas, values, classes and selection as the map, with a
 * text and district filter, sortable columns and a CSV download of exactly the rows shown.
 */
export function VillageTable(props: VillageTableProps): ReactElement {
  const { indicator, level, rows } = props
  const language = useLanguage()
  const { t } = useTranslation()
  const translate: Translate = (key, options) => t(key, options)
  const id = useId()
  const [query, setQuery] = useState<TableQuery>(DEFAULT_TABLE_QUERY)
  const isDesa = level === 'desa'
  // Districts have no district filter: a filter chosen on the village level does not apply to them.
  const effectiveQuery = useMemo(() => (isDesa ? query : { ...query, kecamatan: null }), [isDesa, query])
  const shown = useMemo(
    () => applyTableQuery(rows, effectiveQuery, localeOf(language)),
    [rows, effectiveQuery, language],
  )
  const selectedRef = useRef<HTMLTableRowElement>(null)
  // A village selected on the map is scrolled into view when the table opens or the selection changes.
  const { selectedKode } = props
  useEffect(() => {
    if (selectedKode !== null) selectedRef.current?.scrollIntoView({ block: 'nearest' })
  }, [selectedKode])

  const rankedCount = rows.find((row) => row.rank.kind === 'ranked')?.rank
  const rankHeader = t(
    indicator.direction === 'neutral' ? 'table.column.rankOfNeutral' : 'table.column.rankOf',
    {
      count: rankedCount?.kind === 'ranked' ? rankedCount.rankedCount : 0,
    },
  )
  const kecamatanName = props.kecamatan.find((item) => item.kode === effectiveQuery.kecamatan)?.nama ?? null
  const caption = t(props.tahun === null ? 'table.captionNoYear' : 'table.caption', {
    indicator: indicator.label[language],
    year: props.tahun ?? '',
    unit: indicator.unit[language],
    shown: shown.length,
    total: rows.length,
  })

  const sortBy = (key: SortKey): void =>
    setQuery((current) =>
      current.sort === key
        ? { ...current, isDescending: !current.isDescending }
        : { ...current, sort: key, isDescending: key === 'value' },
    )
  const download = (): void => {
    const csv = buildTableCsv({
      rows: shown,
      indicator,
      tahun: props.tahun,
      level,
      breaks: props.breaks,
      classificationLabel: props.classificationLabel,
      query: effectiveQuery,
      kecamatanName,
      snapshotId: props.snapshotId,
      attribution: props.attribution,
      language,
      t: translate,
    })
    downloadText(csv, getTableCsvFileName(indicator.id, props.tahun, level))
  }
  const openProfile = (event: MouseEvent<HTMLAnchorElement>, kode: string): void => {
    if (!props.onOpenProfile || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return
    event.preventDefault()
    props.onOpenProfile(kode)
  }
  const columns = COLUMNS.filter((column) => isDesa || column.key !== 'kecamatan')

  return (
    <section className="village-table" data-testid="village-table" aria-labelledby={`${id}-caption`}>
      <div className="village-table__tools">
        <label className="village-table__field">
          <span>{t('table.filterText')}</span>
          <input
            type="search"
            data-testid="table-filter"
            value={query.text}
            placeholder={t('table.filterPlaceholder')}
            onChange={(event) => setQuery({ ...query, text: event.target.value })}
          />
        </label>
        {isDesa && (
          <LabeledSelect
            className="village-table__field"
            label={t('table.filterKecamatan')}
            testId="table-kecamatan"
            noneLabel={t('table.allKecamatan')}
            options={props.kecamatan.map((item) => ({ value: item.kode, label: item.nama }))}
            value={query.kecamatan}
            onChange={(kecamatan) => setQuery({ ...query, kecamatan })}
          />
        )}
        <button
          type="button"
          className="button village-table__download"
          data-testid="table-download"
          title={t('table.downloadHint')}
          onClick={download}
        >
          {t('table.download')}
        </button>
      </div>
      <div className="village-table__scroll">
        <table>
          <caption id={`${id}-caption`} data-testid="table-caption">
            {caption}
            <span className="village-table__note">{rankHeader}</span>
          </caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const label = t(
                  column.key === 'nama' && !isDesa ? 'table.column.namaKecamatan' : column.labelKey,
                )
                const isSorted = column.key !== null && column.key === effectiveQuery.sort
                return (
                  <th
                    key={column.labelKey}
                    scope="col"
                    className={column.isNumeric ? 'is-numeric' : undefined}
                    aria-sort={
                      isSorted ? (effectiveQuery.isDescending ? 'descending' : 'ascending') : undefined
                    }
                  >
                    {column.key === null ? (
                      label
                    ) : (
                      <button
                        type="button"
                        className="village-table__sort"
                        data-testid={`table-sort-${column.key}`}
                        title={column.key === 'rank' ? rankHeader : t('table.sortBy', { column: label })}
                        onClick={() => column.key && sortBy(column.key)}
                      >
                        {label}
                        <span aria-hidden="true" className="village-table__arrow">
                          {isSorted ? (effectiveQuery.isDescending ? '▼' : '▲') : '↕'}
                        </span>
                      </button>
                    )}
                  </th>
                )
              })}
              {props.getProfileHref && (
                <th scope="col">
                  <span className="visually-hidden">{t('table.profile')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => {
              const cells = describeRow(row, indicator, props.breaks, language, translate)
              const isSelected = row.kode === props.selectedKode
              const swatch =
                row.status === 'ditahan'
                  ? WITHHELD_COLOR
                  : row.classIndex === null
                    ? NO_DATA_COLOR
                    : (props.colors[row.classIndex] ?? NO_DATA_COLOR)
              return (
                <tr
                  key={row.kode}
                  ref={isSelected ? selectedRef : undefined}
                  className={isSelected ? 'is-selected' : undefined}
                  data-testid="table-row"
                  data-kode={row.kode}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="village-table__name"
                      aria-pressed={isSelected}
                      title={t('table.select', { name: row.nama })}
                      onClick={() => props.onSelect(row.kode)}
                    >
                      {cells.nama}
                    </button>
                  </th>
                  {isDesa && <td>{cells.kecamatan}</td>}
                  <td className={`is-numeric${row.value === null ? ' is-missing' : ''}`}>{cells.value}</td>
                  <td>
                    <span className="village-table__class">
                      <span
                        className="village-table__swatch"
                        style={{ background: swatch }}
                        aria-hidden="true"
                      />
                      {cells.class}
                    </span>
                  </td>
                  <td>{cells.status}</td>
                  <td className={`is-numeric${row.rank.kind === 'ranked' ? '' : ' is-missing'}`}>
                    {cells.rank}
                  </td>
                  {props.getProfileHref && (
                    <td>
                      <a
                        href={props.getProfileHref(row.kode)}
                        className="village-table__profile"
                        data-testid="table-profile-link"
                        aria-label={t('table.profileOf', { name: row.nama })}
                        onClick={(event) => openProfile(event, row.kode)}
                      >
                        {t('table.profile')}
                      </a>
                    </td>
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
        {shown.length === 0 && <p className="village-table__empty">{t('table.empty')}</p>}
      </div>
    </section>
  )
}
