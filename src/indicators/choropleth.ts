import type { IndicatorDefinition, IndicatorValue } from '../data/indicators.ts'
import { type Classification, DATA_METHODS, isValidClassification } from './classify.ts'
import { buildLegendItems, type LegendColors, type LegendItem } from './legend-items.ts'
import { NO_DATA_COLOR, type PaletteId, palettes, WITHHELD_COLOR } from './palettes.ts'
import { deriveValueClasses, type PublishedDirection, type ValueClasses } from './value-classes.ts'

/**
 * How a map classifies and colours one indicator. The same shape as an indicator's default
 * classification and palette, so a dictionary entry that states them feeds a map as it is.
 */
export interface ChoroplethOptions {
  classification: Classification
  palette: PaletteId
}

/** Quantiles in 5 classes: the default of every indicator whose definition states none (below). */
const DEFAULT_CLASSIFICATION: Classification = { method: 'quantile', classes: 5 }

function isPaletteId(id: string): id is PaletteId {
  return Object.hasOwn(palettes, id)
}

/** A stated classification this build knows: a known method with 3–9 classes, or 2–8 ascending breaks. */
function knownClassification(stated: IndicatorDefinition['classification']): Classification | null {
  if (stated === undefined) return null
  if ('breaks' in stated) return isValidClassification(stated) ? stated : null
  const method = DATA_METHODS.find((known) => known === stated.method)
  if (method === undefined) return null
  const classification: Classification = { method, classes: stated.classes }
  return isValidClassification(classification) ? classification : null
}

/**
 * The default of an indicator, decided here and nowhere else (screens never hard-code one):
 * - the classification and palette its definition states (the indicator dictionary,
 *   `src/indicators/dictionary/`), when they are ones this build knows;
 * - else quantiles in 5 classes: village figures are skewed, and quantiles keep every class populated
 *   (README, "Why quantiles are the default"); 5 classes are told apart at a glance;
 * - else YlGnBu for a figure that is better or worse (flipped so dark is worse, `getClassColors`), Blues
 *   for a neutral one (a count, an area, money): dark then means "more", and a different hue says it
 *   does not mean "worse".
 */
export function defaultChoroplethOptions(
  definition: Pick<IndicatorDefinition, 'direction' | 'kind' | 'classification' | 'palette'>,
): ChoroplethOptions {
  const { classification, palette } = definition
  return {
    classification: knownClassification(classification) ?? DEFAULT_CLASSIFICATION,
    palette:
      palette !== undefined && isPaletteId(palette)
        ? palette
        : definition.direction === 'neutral'
          ? 'blues'
          : 'yl_gn_bu',
  }
}

/** What the map's fill layers need from the classes: thresholds, one colour per class, the greys. */
export interface ChoroplethFill {
  /** Ascending thresholds; class i starts at `thresholds[i - 1]`. */
  thresholds: readonly number[]
  /** One colour per class (`thresholds.length + 1`), lowest class first. */
  colors: readonly string[]
  noDataColor: string
  withheldColor: string
  /** Areas the figure does not apply to, in the colour of the legend's not-applicable row. */
  notApplicableColor: string
}

/** One choropleth, derived and never stored: the classes, what the map paints and the legend rows. */
export interface Choropleth {
  classes: ValueClasses
  fill: ChoroplethFill
  legend: LegendItem[]
}

/** The fill and legend of classes derived elsewhere too (a change map, two years on shared breaks). */
export function buildChoropleth(classes: ValueClasses, legendColors: LegendColors = {}): Choropleth {
  return {
    classes,
    fill: {
      thresholds: classes.breaks?.thresholds ?? [],
      colors: classes.colors,
      noDataColor: NO_DATA_COLOR,
      withheldColor: WITHHELD_COLOR,
      notApplicableColor: legendColors.notApplicable ?? NO_DATA_COLOR,
    },
    legend: buildLegendItems(classes, legendColors),
  }
}

/** What one choropleth is derived from. */
export interface ChoroplethInput {
  /** Every area drawn; one without a value counts as no data. */
  codes: readonly string[]
  getValue: (kode: string) => IndicatorValue | undefined
  options: ChoroplethOptions
  direction: PublishedDirection
  legendColors?: LegendColors
}

/** Values → classes → colours → fill and legend, for one indicator and year. Pure: callers memoise it. */
export function deriveChoropleth(input: ChoroplethInput): Choropleth {
  const { classification, palette } = input.options
  const classes = deriveValueClasses(input.codes, input.getValue, classification, palette, input.direction)
  return buildChoropleth(classes, input.legendColors)
}
