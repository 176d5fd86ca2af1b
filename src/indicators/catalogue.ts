import {
  hasIndicatorValues,
  type IndicatorData,
  type IndicatorDefinition,
  type IndicatorValue,
} from '../data/indicators.ts'
import { AREA_INDICATOR } from './area-definition.ts'
import { DEFAULT_PUBLISHED_INDICATOR_ID } from './default-indicator.ts'
import { toPublishedIndicator } from './dictionary/to-published-indicator.ts'

/** The indicators the map can show, with where their values come from. */
export interface IndicatorCatalogue {
  indicators: readonly IndicatorDefinition[]
  defaultId: string
  /** Years with village values of an indicator, ascending; empty for a figure without years (area). */
  yearsOf: (id: string) => number[]
  /** The value of one village, or `undefined` when the data has no row. */
  valueOf: (id: string, tahun: number, kode: string) => IndicatorValue | undefined
  /**
   * Whether the values of an indicator are loaded. The first map loads one indicator's values; the
   * others follow (`src/app/indicator-loader.ts`), while `yearsOf` knows every indicator's years.
   */
  hasValues: (id: string) => boolean
  /** Whether the catalogue is the published one (false: the area-only fallback). */
  isPublished: boolean
}

/** A village as the area fallback reads it. */
export interface AreaRow {
  kode: string
  luas_km2: number | null
}

/** The indicator a link without one shows: the default, or the first published when it is absent. */
export function getDefaultIndicatorId(indicators: readonly IndicatorDefinition[]): string {
  const hasDefault = indicators.some((item) => item.id === DEFAULT_PUBLISHED_INDICATOR_ID)
  return hasDefault ? DEFAULT_PUBLISHED_INDICATOR_ID : (indicators[0]?.id ?? '')
}

/** The catalogue of the published indicators. */
export function buildPublishedCatalogue(data: IndicatorData): IndicatorCatalogue {
  const { indicators } = data.file
  return {
    indicators,
    defaultId: getDefaultIndicatorId(indicators),
    yearsOf: (id) => data.index.yearsOf(id),
    valueOf: (id, tahun, kode) => data.index.value(kode, tahun, id),
    hasValues: (id) => hasIndicatorValues(data, id),
    isPublished: true,
  }
}

/**
 * The fallback when the snapshot has no `indicators.csv` (built with `--no-demo`): the village area
 * from the boundaries, the only figure the map then has.
 */
export function buildAreaCatalogue(rows: readonly AreaRow[]): IndicatorCatalogue {
  const byKode = new Map(rows.map((row) => [row.kode, row.luas_km2]))
  const area = toPublishedIndicator(AREA_INDICATOR)
  const definition: IndicatorDefinition = { ...area, levels: [...area.levels] }
  return {
    indicators: [definition],
    defaultId: definition.id,
    yearsOf: () => [],
    valueOf: (_id, _tahun, kode) => {
      const value = byKode.get(kode)
      return value === undefined || value === null
        ? { nilai: null, status: 'tidak_ada' }
        : { nilai: value, status: 'ada' }
    },
    hasValues: () => true,
    isPublished: false,
  }
}

/** The definition of an indicator in the catalogue, or the default one for an unknown id. */
export function findIndicator(catalogue: IndicatorCatalogue, id: string): IndicatorDefinition | undefined {
  return (
    catalogue.indicators.find((item) => item.id === id) ??
    catalogue.indicators.find((item) => item.id === catalogue.defaultId)
  )
}
