import type { StyleSpecification } from 'maplibre-gl'
import { useMemo } from 'react'
import type { IndicatorDefinition } from '../data/indicators.ts'
import type { IndicatorCatalogue } from '../indicators/catalogue.ts'
import { type ChangeUnit, deriveChangeClasses, getChangeUnit } from '../indicators/change-classes.ts'
import type { Classification } from '../indicators/classify.ts'
import { derivePairedClasses } from '../indicators/paired-classes.ts'
import { NO_DATA_COLOR, type PaletteId, WITHHELD_COLOR } from '../indicators/palettes.ts'
import { deriveValueClasses, type ValueClasses } from '../indicators/value-classes.ts'
import { buildMapStyle, type MapData } from '../map/basemap.ts'
import { MAP_FONT_FACES } from '../map/map-fonts.ts'
import type { CompareMode, Level } from '../state/view-state.ts'

/** How the map shows the chosen year(s). */
export type MapMode = 'single' | 'change' | 'split'

/** The classes and styles of the explorer's map(s). Derived, never stored. */
export interface MapClasses {
  mode: MapMode
  /** The main map: the shown year, or the change between the two years. */
  classes: ValueClasses
  /** The second map of the split view (the compare year), on the same breaks; else `null`. */
  compareClasses: ValueClasses | null
  /** The earlier and later year of a comparison, or `null`. */
  period: { from: number; to: number } | null
  changeUnit: ChangeUnit | null
  style: StyleSpecification
  compareStyle: StyleSpecification | null
}

/** What the explorer's classes depend on. */
export interface MapClassesParams {
  mapData: MapData
  catalogue: IndicatorCatalogue
  indicator: IndicatorDefinition
  codes: readonly string[]
  tahun: number
  /** Ignored unless the indicator has data that year and it differs from `tahun`. */
  compareTahun: number | null
  compareMode: CompareMode
  classification: Classification
  palette: PaletteId
  level: Level
}

function buildStyle(mapData: MapData, classes: ValueClasses, level: Level): StyleSpecification {
  return buildMapStyle({
    data: mapData,
    fill: {
      thresholds: classes.breaks?.thresholds ?? [],
      colors: classes.colors,
      noDataColor: NO_DATA_COLOR,
      withheldColor: WITHHELD_COLOR,
    },
    fontFaces: MAP_FONT_FACES,
    level,
  })
}

/**
 * One year, the change between two years (centred on zero, in percentage points for percentages),
 * or two years side by side on shared breaks. Geometry is the same `mapData` object in every style,
 * so MapLibre's style diff only updates paint: a recolour never re-uploads geometry.
 */
export function useMapClasses(params: MapClassesParams): MapClasses {
  const { mapData, catalogue, indicator, codes, tahun, compareMode, classification, palette, level } = params
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
  const style = useMemo(() => buildStyle(mapData, derived.classes, level), [mapData, derived, level])
  const compareStyle = useMemo(
    () => (derived.compareClasses ? buildStyle(mapData, derived.compareClasses, level) : null),
    [mapData, derived, level],
  )
  return {
    mode,
    ...derived,
    changeUnit: mode === 'change' ? getChangeUnit(indicator.kind) : null,
    style,
    compareStyle,
  }
}
