import { useMemo } from 'react'
import type { IndicatorDefinition } from '../data/indicators.ts'
import type { IndicatorCatalogue } from '../indicators/catalogue.ts'
import { type ChangeUnit, deriveChangeClasses, getChangeUnit } from '../indicators/change-classes.ts'
import { buildChoropleth, type ChoroplethOptions } from '../indicators/choropleth.ts'
import { derivePairedClasses } from '../indicators/paired-classes.ts'
import { deriveValueClasses, type ValueClasses } from '../indicators/value-classes.ts'
import type { CompareMode, Level } from '../state/view-state.ts'
import { buildChoroplethMap, type ChoroplethMap } from './use-choropleth.ts'

/** How the map shows the chosen year(s). */
export type MapMode = 'single' | 'change' | 'split'

/** The classes and layers of the explorer's map(s). Derived, never stored. */
export interface MapClasses {
  mode: MapMode
  /** The main map: the shown year, or the change between the two years. */
  classes: ValueClasses
  /** The second map of the split view (the compare year), on the same breaks; else `null`. */
  compareClasses: ValueClasses | null
  /** The earlier and later year of a comparison, or `null`. */
  period: { from: number; to: number } | null
  changeUnit: ChangeUnit | null
  /** The main map's choropleth: layers, feature-state and legend rows. */
  main: ChoroplethMap
  /** The split view's second map, or `null`. */
  compare: ChoroplethMap | null
}

/** What the explorer's classes depend on. */
export interface MapClassesParams {
  catalogue: IndicatorCatalogue
  indicator: IndicatorDefinition
  codes: readonly string[]
  tahun: number
  /** Ignored unless the indicator has data that year and it differs from `tahun`. */
  compareTahun: number | null
  compareMode: CompareMode
  /** The classification and palette: the indicator's default, or the reader's classification. */
  options: ChoroplethOptions
  level: Level
}

/**
 * One year, the change between two years (centred on zero, in percentage points for percentages),
 * or two years side by side on shared breaks. The map view keeps the same geometry for every layer
 * list, so MapLibre's style diff only updates paint: a recolour never re-uploads geometry.
 */
export function useMapClasses(params: MapClassesParams): MapClasses {
  const { catalogue, indicator, codes, tahun, compareMode, options, level } = params
  const { classification, palette } = options
  const years = catalogue.yearsOf(indicator.id)
  const compareTahun =
    params.compareTahun !== null && params.compareTahun !== tahun && years.includes(params.compareTahun)
      ? params.compareTahun
      : null
  const mode: MapMode = compareTahun === null ? 'single' : compareMode
  const derived = useMemo(() => {
    const valueIn = (year: number) => (kode: string) => catalogue.valueOf(indicator.id, year, kode)
    if (compareTahun === null || mode === 'single') {
      const classes = deriveValueClasses(codes, valueIn(tahun), classification, palette, indicator.direction)
      return { classes, compareClasses: null, period: null }
    }
    const period = { from: Math.min(tahun, compareTahun), to: Math.max(tahun, compareTahun) }
    if (mode === 'change') {
      const classes = deriveChangeClasses(
        codes,
        valueIn(period.from),
        valueIn(period.to),
        classification,
        indicator.direction,
      )
      return { classes, compareClasses: null, period }
    }
    const [compareClasses, classes] = derivePairedClasses(
      codes,
      valueIn(compareTahun),
      valueIn(tahun),
      classification,
      palette,
      indicator.direction,
    )
    return { classes, compareClasses, period }
  }, [catalogue, indicator, codes, tahun, compareTahun, mode, classification, palette])
  const main = useMemo(() => buildChoroplethMap(buildChoropleth(derived.classes), level), [derived, level])
  const compare = useMemo(
    () =>
      derived.compareClasses ? buildChoroplethMap(buildChoropleth(derived.compareClasses), level) : null,
    [derived, level],
  )
  return {
    mode,
    ...derived,
    changeUnit: mode === 'change' ? getChangeUnit(indicator.kind) : null,
    main,
    compare,
  }
}
