import type { ValueStatus } from '../data/indicators.ts'
import type { Localized } from '../lib/language.ts'
import type { PriorityFilters } from './filter-villages.ts'
import type { PrioritySettings } from './priority-settings.ts'
import { describeScore, type Ranking } from './rank-villages.ts'

/** Looks up a translated string (the app passes i18next's `t`). */
export type Translate = (key: string, options?: Record<string, string | number>) => string

/** One cell of the export: text, a number, or empty. */
export type ExportCell = string | number | null

/** The export, independent of the file format: the settings block and the ranked table. */
export interface ExportTable {
  /** Label–value pairs: snapshot, year, normalisation, weights, filters, counts, link. */
  settings: [string, string][]
  header: string[]
  /** Ranked villages first (by rank), then the unranked ones with their reason. */
  rows: ExportCell[][]
}

/** What the export needs besides the ranking. */
export interface ExportInput {
  ranking: Ranking
  settings: PrioritySettings
  snapshotId: string
  regionTitle: string
  exportedAt: string
  /** The link that reopens these settings. */
  link: string
  isSynthetic: boolean
  /** Label and unit of each indicator, in the export language. */
  indicatorLabel: (id: string) => string
  /** Name of a kecamatan by code. */
  kecamatanName: (kode: string) => string
  /** Decimals of each indicator, to round values the way the screen shows them. */
  decimalsOf: (id: string) => number
  t: Translate
}

const STATUS_KEYS: Record<Exclude<ValueStatus, 'ada'>, string> = {
  ditahan: 'legend.withheld',
  tidak_ada: 'legend.noData',
  tidak_berlaku: 'legend.notApplicable',
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}

function percent(share: number): string {
  return `${round(share * 100, 1)} %`
}

function describeFilters(filters: PriorityFilters, input: ExportInput): [string, string][] {
  const { t } = input
  return [
    [
      t('prioritas.export.setting.kecamatan'),
      filters.kecamatan === null
        ? t('prioritas.filters.allKecamatan')
        : input.kecamatanName(filters.kecamatan),
    ],
    [
      t('prioritas.export.setting.idm'),
      filters.idm.length === 0
        ? t('prioritas.filters.idmAll')
        : filters.idm.map((status) => t(`prioritas.filters.idmStatus.${status}`)).join(', '),
    ],
    [
      t('prioritas.export.setting.livelihood'),
      filters.livelihood === null
        ? t('prioritas.filters.livelihoodAll')
        : t(`prioritas.filters.lens.${filters.livelihood}`),
    ],
    [
      t('prioritas.export.setting.jenis'),
      filters.jenis === null
        ? t('prioritas.filters.jenisAll')
        : t(`prioritas.filters.jenisOption.${filters.jenis}`),
    ],
  ]
}

/**
 * The ranked list as a table, with every component of every score (raw value, comparable value,
 * contribution) and the settings that produced it, so the file stands on its own in a meeting.
 * Pure: the same input gives the same table. Numbers stay numbers (rounded as the screen shows them).
 */
export function buildExportTable(input: ExportInput): ExportTable {
  const { ranking, settings, t } = input
  const method = t(`prioritas.score.method.${ranking.normalisation}`)
  const settingRows: [string, string][] = [
    [t('prioritas.export.setting.region'), input.regionTitle],
    [t('prioritas.export.setting.snapshot'), input.snapshotId],
    [t('prioritas.export.setting.exportedAt'), input.exportedAt],
    [t('prioritas.export.setting.year'), String(settings.tahun)],
    [
      t('prioritas.export.setting.normalisation'),
      `${method}: ${t(`prioritas.score.methodHelp.${ranking.normalisation}`)}`,
    ],
    ...ranking.criteria.map((criterion): [string, string] => [
      t('prioritas.export.setting.weight', { name: input.indicatorLabel(criterion.id) }),
      t('prioritas.export.setting.weightValue', {
        weight: criterion.weight,
        share: percent(criterion.share),
        direction: t(
          criterion.direction === 'higher-is-worse'
            ? 'prioritas.score.higherIsWorse'
            : 'prioritas.score.higherIsBetter',
        ),
      }),
    ]),
    [
      t('prioritas.export.setting.formula'),
      t('prioritas.score.formula', { method, count: ranking.ranked.length }),
    ],
    ...describeFilters(settings.filters, input),
    [
      t('prioritas.export.setting.counts'),
      t('prioritas.export.setting.countsValue', {
        ranked: ranking.ranked.length,
        unranked: ranking.unranked.length,
      }),
    ],
    [t('prioritas.export.setting.link'), input.link],
  ]
  if (input.isSynthetic)
    settingRows.push([t('prioritas.export.setting.synthetic'), t('prioritas.export.setting.syntheticValue')])

  const header = [
    t('prioritas.export.column.rank'),
    t('prioritas.export.column.kode'),
    t('prioritas.export.column.nama'),
    t('prioritas.export.column.jenis'),
    t('prioritas.export.column.kecamatan'),
    t('prioritas.export.column.score'),
    t('prioritas.export.column.status'),
    t('prioritas.export.column.reason'),
    ...ranking.criteria.flatMap((criterion) => {
      const name = input.indicatorLabel(criterion.id)
      return [
        t('prioritas.export.column.value', { name }),
        t('prioritas.export.column.normalised', { name }),
        t('prioritas.export.column.contribution', { name }),
      ]
    }),
  ]
  const ranked = ranking.ranked.map((item): ExportCell[] => {
    const components = describeScore(ranking, item)
    return [
      item.rank,
      item.village.kode,
      item.village.nama,
      t(`region.${item.village.jenis}`),
      item.village.kecamatan_nama,
      round(item.score, 2),
      t('prioritas.export.status.ranked'),
      null,
      ...ranking.criteria.flatMap((criterion, position) => [
        round(components.values[position] ?? 0, input.decimalsOf(criterion.id)),
        round(components.normalised[position] ?? 0, 4),
        round(components.contributions[position] ?? 0, 2),
      ]),
    ]
  })
  const unranked = ranking.unranked.map((item): ExportCell[] => {
    const reasons = item.reasons.map((reason) =>
      t('prioritas.list.reason', {
        criterion: input.indicatorLabel(reason.criterion),
        status: t(STATUS_KEYS[reason.status]),
      }),
    )
    return [
      null,
      item.village.kode,
      item.village.nama,
      t(`region.${item.village.jenis}`),
      item.village.kecamatan_nama,
      null,
      t('prioritas.export.status.unranked'),
      reasons.join('; '),
      ...ranking.criteria.flatMap(() => [null, null, null]),
    ]
  })
  return { settings: settingRows, header, rows: [...ranked, ...unranked] }
}

/** The label of an indicator with its unit, e.g. "Cakupan PKH (%)". */
export function labelWithUnit(
  definition: { label: Localized; unit: Localized },
  language: keyof Localized,
): string {
  return `${definition.label[language]} (${definition.unit[language]})`
}
