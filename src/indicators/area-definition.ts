/**
 * The village area: the one figure every snapshot has (from the boundaries), so also the map's fallback
 * when a snapshot has no indicator files (built with `--no-demo`, catalogue.ts). Its own module so the
 * fallback does not pull the whole dictionary into the first screen's JavaScript.
 */
import type { IndicatorEntry } from './dictionary/types.ts'

/** The id of the area figure. */
export const AREA_INDICATOR_ID = 'luas_km2'

/** The area as the dictionary declares it (dictionary/indicators.ts lists this very entry). */
export const AREA_INDICATOR: IndicatorEntry = {
  id: AREA_INDICATOR_ID,
  numerator: 'luas_km2',
  appliesTo: 'all',
  theme: 'kependudukan',
  label: { id: 'Luas wilayah', en: 'Area' },
  description: {
    id: 'Luas poligon batas wilayah (indikatif), dihitung dari data batas.',
    en: 'Area of the (indicative) boundary polygon, computed from the boundary data.',
  },
  unit: { id: 'km²', en: 'km²' },
  kind: 'rate',
  direction: 'neutral',
  decimals: 1,
  source: 'boundaries',
  synthetic: false,
}
