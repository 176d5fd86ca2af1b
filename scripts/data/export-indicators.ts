/**
 * Formats the published figures: the rows disclosure control produced (scripts/data/disclosure/, from the
 * SQL figures read as the publishing role) become `indicators.csv` in long form; the definitions of
 * entries of the indicator dictionary (`src/indicators/dictionary/`) and the disclosure rule become
 * `indicators.json`. SQL defines
 * every value; this module only changes the format and checks that both sides name the same ids.
 * The same rows also go out as one small file per indicator (`indicators-<id>.csv`), so the map's first
 * view loads a few kilobytes instead of every figure of every year.
 */
import Papa from 'papaparse'
import { getVillageYears } from '../../src/data/indicators.ts'
import { getIndicatorFile, SNAPSHOT_FILES } from '../../src/data/snapshot-files.ts'
import { INDICATORS } from '../../src/indicators/dictionary/indicators.ts'
import { toPublishedIndicator } from '../../src/indicators/dictionary/to-published-indicator.ts'
import { BuildError } from './build-error.ts'
import { disclosureRule } from './disclosure/disclosure-rule.ts'
import type { InformationLoss } from './disclosure/information-loss.ts'

/** One row of indicators.csv. `nilai` is null unless `status` is 'ada'. */
export interface IndicatorRow {
  kode: string
  level: 'desa' | 'kecamatan' | 'kabupaten'
  tahun: number
  indikator: string
  nilai: number | null
  status: 'ada' | 'ditahan' | 'tidak_ada' | 'tidak_berlaku'
}

/**
 * The columns of indicators.csv, in order. A public interface: documented in the README. `sintetis` is 1
 * when the value comes from the synthetic demo data, so the file itself says which figures are real.
 */
export const INDICATOR_COLUMNS = [
  'kode',
  'level',
  'tahun',
  'indikator',
  'nilai',
  'status',
  'sintetis',
] as const

/** Stops the build when the view and the definitions disagree on the set of indicator ids. */
export function assertDefinitionsMatch(rows: readonly IndicatorRow[]): void {
  const fromSql = new Set(rows.map((row) => row.indikator))
  const defined = new Set(INDICATORS.map((indicator) => indicator.id))
  const undefinedIds = [...fromSql].filter((id) => !defined.has(id)).sort()
  const missing = [...defined].filter((id) => !fromSql.has(id)).sort()
  if (undefinedIds.length > 0 || missing.length > 0) {
    throw new BuildError(
      `indicator ids differ: computed by SQL but not defined: [${undefinedIds.join(', ')}]; defined but not computed: [${missing.join(', ')}]`,
      {
        file: 'src/indicators/dictionary/indicators.ts',
        hint: 'private.kamus_indikator and the dictionary differ: run npm run gen:dictionary and apply its migration',
      },
    )
  }
}

/** Long-form CSV: a value with up to 4 decimals, an empty cell when withheld or missing. */
export function formatIndicatorsCsv(rows: readonly IndicatorRow[]): string {
  const synthetic = new Map(INDICATORS.map((indicator) => [indicator.id, indicator.synthetic ? 1 : 0]))
  return `${Papa.unparse(
    {
      fields: [...INDICATOR_COLUMNS],
      data: rows.map((row) => [
        row.kode,
        row.level,
        row.tahun,
        row.indikator,
        row.nilai ?? '',
        row.status,
        synthetic.get(row.indikator) ?? 1,
      ]),
    },
    { newline: '\n' },
  )}\n`
}

/**
 * The definitions file: every indicator, with the years it has village values for in `rows`, plus the
 * years of the snapshot, the meaning of each status and the disclosure rule with what it changed (`loss`,
 * when the figures went through disclosure control).
 */
export function formatIndicatorsJson(rows: readonly IndicatorRow[], loss?: InformationLoss): string {
  const villageYears = getVillageYears(rows)
  const document = {
    columns: INDICATOR_COLUMNS,
    years: [...new Set(rows.map((row) => row.tahun))].sort((a, b) => a - b),
    statuses: {
      ada: { id: 'Ada nilai', en: 'Value present' },
      ditahan: {
        id: 'Ditahan: persentase atau rasio yang penyebutnya (jumlah KK yang dipublikasikan) kurang dari 5 tidak dihitung',
        en: 'Withheld: a share or ratio whose denominator (the published household count) is below 5 is not computed',
      },
      tidak_ada: { id: 'Tidak ada data', en: 'No data' },
      tidak_berlaku: {
        id: 'Tidak berlaku (mis. Dana Desa untuk kelurahan)',
        en: 'Does not apply (e.g. Dana Desa for a kelurahan)',
      },
    },
    disclosure: { ...disclosureRule(), ...(loss ? { information_loss: loss } : {}) },
    indicators: INDICATORS.map((entry) => ({
      ...toPublishedIndicator(entry),
      years: villageYears.get(entry.id) ?? [],
    })),
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

/**
 * Every indicator file of the snapshot from the published rows: `indicators.csv` (the open-data long
 * form), `indicators.json` and, per indicator, `indicators-<id>.csv` holding exactly that indicator's
 * rows of `indicators.csv`, in the same order and columns. Formatting only: every file says the same.
 */
export function formatIndicatorFiles(
  rows: readonly IndicatorRow[],
  loss?: InformationLoss,
): { path: string; content: Buffer }[] {
  const byIndicator = new Map<string, IndicatorRow[]>()
  for (const row of rows) {
    const list = byIndicator.get(row.indikator) ?? []
    list.push(row)
    byIndicator.set(row.indikator, list)
  }
  const views = [...byIndicator]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, list]) => ({ path: getIndicatorFile(id), content: Buffer.from(formatIndicatorsCsv(list)) }))
  return [
    { path: SNAPSHOT_FILES.values, content: Buffer.from(formatIndicatorsCsv(rows)) },
    { path: SNAPSHOT_FILES.definitions, content: Buffer.from(formatIndicatorsJson(rows, loss)) },
    ...views,
  ]
}
