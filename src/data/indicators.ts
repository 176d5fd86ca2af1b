import { z } from 'zod/mini'

/**
 * The published indicator files: `indicators.json` (what each figure means) and `indicators.csv` (the
 * values, long form). Validated once here; the rest of the app trusts the types.
 */

const localized = z.object({ id: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) })

/** Theme of an indicator: the groups of the picker. */
export const INDICATOR_THEMES = [
  'kemiskinan',
  'bantuan_sosial',
  'dana_desa',
  'idm',
  'mata_pencaharian',
  'kependudukan',
] as const

/** Publication status of one value. */
export const VALUE_STATUSES = ['ada', 'ditahan', 'tidak_ada', 'tidak_berlaku'] as const

/** Publication status of one value: present, withheld (small number), no data, does not apply. */
export type ValueStatus = (typeof VALUE_STATUSES)[number]

const indicatorDefinitionSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9_]+$/)),
  theme: z.enum(INDICATOR_THEMES),
  label: localized,
  description: localized,
  unit: localized,
  kind: z.string(),
  direction: z.enum(['higher-is-worse', 'higher-is-better', 'neutral']),
  decimals: z.int().check(z.gte(0), z.lte(6)),
  source: z.string(),
  synthetic: z.boolean(),
  levels: z.array(z.enum(['desa', 'kecamatan', 'kabupaten'])),
  /**
   * Years with at least one present village value (`getVillageYears`), ascending. Lets the map offer
   * every indicator's years before `indicators.csv` has loaded; absent in snapshots built before it.
   */
  years: z.optional(z.array(z.int())),
  /**
   * The default classification of its map where it is not quantiles in 5 classes, and its palette where
   * not the one its direction implies (checked against the known methods and palettes where they are
   * used, `defaultChoroplethOptions`); absent in snapshots built before them.
   */
  classification: z.optional(
    z.union([
      z.object({ method: z.literal('manual'), breaks: z.readonly(z.array(z.number())) }),
      z.object({ method: z.string(), classes: z.int() }),
    ]),
  ),
  palette: z.optional(z.string()),
})

/** `indicators.json`. */
export const indicatorsFileSchema = z.object({
  years: z.array(z.int()),
  statuses: z.record(z.enum(VALUE_STATUSES), localized),
  indicators: z.array(indicatorDefinitionSchema).check(z.minLength(1)),
})

/** One published indicator definition. */
export type IndicatorDefinition = z.infer<typeof indicatorDefinitionSchema>
/** The validated `indicators.json`. */
export type IndicatorsFile = z.infer<typeof indicatorsFileSchema>

/** One published value; `nilai` is `null` unless the status is `ada`. */
export interface IndicatorValue {
  nilai: number | null
  status: ValueStatus
}

/** One row of `indicators.csv`. */
export interface IndicatorRow extends IndicatorValue {
  kode: string
  level: 'desa' | 'kecamatan' | 'kabupaten'
  tahun: number
  indikator: string
  sintetis: boolean
}

/** Why the CSV could not be read, with its 1-based line number. */
export class IndicatorDataError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'IndicatorDataError'
  }
}

const HEADER = 'kode,level,tahun,indikator,nilai,status,sintetis'
const LEVELS = new Set(['desa', 'kecamatan', 'kabupaten'])
const STATUSES = new Set<string>(VALUE_STATUSES)

/**
 * Parses `indicators.csv`, or a per-view file of the same columns (`fileName` then names it in errors).
 * The pipeline writes plain fields (codes, ids, numbers; never a comma or a quote), so a split per line
 * is exact and ~10× faster than a general CSV parser on 55k rows.
 * Throws `IndicatorDataError` naming the file and its first bad line.
 */
export function parseIndicatorCsv(text: string, fileName = 'indicators.csv'): IndicatorRow[] {
  const lines = text.split(/\r?\n/)
  if (lines[0]?.trim() !== HEADER) throw new IndicatorDataError(`${fileName}: header is not "${HEADER}"`)
  const rows: IndicatorRow[] = []
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (line.trim() === '') continue
    const [kode = '', level = '', tahun = '', indikator = '', nilai = '', status = '', sintetis = ''] =
      line.split(',')
    const year = Number(tahun)
    const value = nilai === '' ? null : Number(nilai)
    const fail = (why: string): never => {
      throw new IndicatorDataError(`${fileName} line ${index + 1}: ${why}`)
    }
    if (!LEVELS.has(level)) fail(`unknown level "${level}"`)
    if (!STATUSES.has(status)) fail(`unknown status "${status}"`)
    if (!/^\d{4}$/.test(tahun)) fail(`bad year "${tahun}"`)
    if (kode === '' || indikator === '') fail('empty code or indicator')
    if (value !== null && !Number.isFinite(value)) fail(`bad value "${nilai}"`)
    if (status === 'ada' && value === null) fail('status ada without a value')
    rows.push({
      kode,
      level: level as IndicatorRow['level'],
      tahun: year,
      indikator,
      // A value is only published with status `ada`; anything else is treated as missing.
      nilai: status === 'ada' ? value : null,
      status: status as ValueStatus,
      sintetis: sintetis === '1',
    })
  }
  return rows
}

/** Values by indicator, year and area code, and the years each indicator has village values for. */
export interface IndicatorIndex {
  /** The value of one area, or `undefined` when the CSV has no row for it. */
  value(kode: string, tahun: number, indikator: string): IndicatorValue | undefined
  /** Years with at least one present village value, ascending. */
  yearsOf(indikator: string): number[]
}

function key(kode: string, tahun: number, indikator: string): string {
  return `${indikator}|${tahun}|${kode}`
}

/** What `getVillageYears` reads of a row (the export's rows and the app's share it). */
export interface YearRow {
  level: string
  tahun: number
  indikator: string
  status: string
}

/**
 * The years each indicator has a present village value for, ascending: the years the map offers.
 * One rule for the export (`indicators.json`) and the app (`IndicatorIndex.yearsOf`).
 */
export function getVillageYears(rows: readonly YearRow[]): Map<string, number[]> {
  const years = new Map<string, Set<number>>()
  for (const row of rows) {
    if (row.level !== 'desa' || row.status !== 'ada') continue
    const set = years.get(row.indikator) ?? new Set<number>()
    set.add(row.tahun)
    years.set(row.indikator, set)
  }
  return new Map([...years].map(([id, set]) => [id, [...set].sort((a, b) => a - b)]))
}

/** Builds the lookup from parsed rows. */
export function buildIndicatorIndex(rows: readonly IndicatorRow[]): IndicatorIndex {
  const values = new Map<string, IndicatorValue>()
  for (const row of rows) {
    values.set(key(row.kode, row.tahun, row.indikator), { nilai: row.nilai, status: row.status })
  }
  const years = getVillageYears(rows)
  return {
    value: (kode, tahun, indikator) => values.get(key(kode, tahun, indikator)),
    yearsOf: (indikator) => years.get(indikator) ?? [],
  }
}

/** The published indicators: definitions, statuses and the value index. */
export interface IndicatorData {
  file: IndicatorsFile
  index: IndicatorIndex
  /**
   * Whose values `index` holds: every indicator (`'all'`, from `indicators.csv`), or the per-view files
   * loaded so far (`indicators-<id>.csv`), by indicator id. Years come from the definitions then.
   */
  loaded: 'all' | ReadonlyMap<string, readonly IndicatorRow[]>
}

/** Whether `data` holds the values of indicator `id` (every level and year). */
export function hasIndicatorValues(data: IndicatorData, id: string): boolean {
  return data.loaded === 'all' || data.loaded.has(id)
}

/** Validates `indicators.json`. Throws `IndicatorDataError` naming the first problem. */
export function parseIndicatorsFile(definitionsJson: unknown): IndicatorsFile {
  const file = indicatorsFileSchema.safeParse(definitionsJson)
  if (!file.success) throw new IndicatorDataError(`indicators.json: ${file.error.message}`)
  return file.data
}

/** Whether the definitions say which years each indicator has (snapshots with per-view files do). */
export function hasIndicatorYears(file: IndicatorsFile): boolean {
  return file.indicators.every((indicator) => indicator.years !== undefined)
}

/** Indexes every value of `indicators.csv` under validated definitions. */
export function indexEveryValue(file: IndicatorsFile, csvText: string): IndicatorData {
  return { file, index: buildIndicatorIndex(parseIndicatorCsv(csvText)), loaded: 'all' }
}

/** Validates the definitions and indexes every value of `indicators.csv`. Pure: the caller fetches. */
export function assembleIndicatorData(definitionsJson: unknown, csvText: string): IndicatorData {
  return indexEveryValue(parseIndicatorsFile(definitionsJson), csvText)
}

/**
 * The indicators with only some per-view files loaded: values of those, years of every indicator from
 * the definitions (`hasIndicatorYears`), so the picker and the timeline know every indicator's years.
 */
export function assembleIndicatorViews(
  file: IndicatorsFile,
  views: ReadonlyMap<string, readonly IndicatorRow[]>,
): IndicatorData {
  const values = buildIndicatorIndex([...views.values()].flat())
  const years = new Map(file.indicators.map((indicator) => [indicator.id, indicator.years ?? []]))
  return {
    file,
    index: { value: values.value, yearsOf: (indikator) => years.get(indikator) ?? [] },
    loaded: views,
  }
}

/**
 * `data` with one more indicator's per-view rows. Data that already holds every value, or this
 * indicator's, comes back as it is.
 */
export function withIndicatorView(
  data: IndicatorData,
  id: string,
  rows: readonly IndicatorRow[],
): IndicatorData {
  if (data.loaded === 'all' || data.loaded.has(id)) return data
  return assembleIndicatorViews(data.file, new Map([...data.loaded, [id, rows]]))
}
