import type { Localized } from '../lib/language.ts'
import type { Direction } from './class-colors.ts'
import type { Classification } from './classify.ts'
import type { Formula } from './formula.ts'
import type { PaletteId } from './palettes.ts'

/** One entry per indicator; read by the map layers, the legend, the panels and the docs. */
export interface IndicatorDef {
  /** snake_case and stable: used in the URL and the database. Never renamed once published. */
  id: string
  /** Name shown in the legend and the panels. */
  label: Localized
  /** Unit shown after values, e.g. `km²`. */
  unit: Localized
  /** Short explanation of what the figure means and how it was computed. */
  description: Localized
  /** How the value is computed from a village row. */
  formula: Formula
  /** How values are split into classes. */
  classification: Classification
  /** Sequential palette, stored light → dark. */
  palette: PaletteId
  /** Decides whether the palette is flipped, so that dark always means worse. */
  direction: Direction
  /** Decimals shown in values and class ranges. */
  decimals: number
  /** Id of the manifest source the figure derives from. */
  source: string
}

/** All indicators of the app. Adding one here is enough for the map, legend and panels to show it. */
export const indicators = [
  {
    id: 'luas_km2',
    label: { id: 'Luas wilayah', en: 'Area' },
    unit: { id: 'km²', en: 'km²' },
    description: {
      id: 'Luas poligon batas desa, dihitung dari data batas wilayah.',
      en: 'Area of the village boundary polygon, computed from the boundary data.',
    },
    formula: { kind: 'field', field: 'luas_km2' },
    // Quantiles give each class about the same number of villages; village areas in Kutai Timur
    // span three orders of magnitude, so equal intervals would put almost all of them in one class.
    classification: { method: 'quantile', classes: 5 },
    palette: 'yl_gn_bu',
    // A larger village costs more to serve (the Dana Desa allocation formula weighs area for that
    // reason), so a larger area is read as the harder case and drawn darker.
    direction: 'higher-is-worse',
    decimals: 1,
    source: 'boundaries',
  },
] as const satisfies readonly IndicatorDef[]

/** The id of a registered indicator. */
export type IndicatorId = (typeof indicators)[number]['id']

/** The indicator shown when the app opens. */
export const DEFAULT_INDICATOR_ID: IndicatorId = 'luas_km2'

/** The definition of a registered indicator. */
export function getIndicator(id: IndicatorId): IndicatorDef {
  const found = indicators.find((indicator) => indicator.id === id)
  if (!found) throw new Error(`Unknown indicator ${id}`)
  return found
}
