import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl'
import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Village } from '../data/snapshot.ts'
import { useLanguage } from '../i18n/use-language.ts'
import { NO_DATA_COLOR, WITHHELD_COLOR } from '../indicators/palettes.ts'
import { capitaliseFirst } from '../lib/capitalise-first.ts'
import { buildBaseLayers } from '../map/basemap.ts'
import type { AreaState } from '../map/layers/feature-state.ts'
import { buildPriorityLayers } from '../map/layers/priority-layers.ts'
import { MAP_FONTS, MAP_THEME } from '../map/map-theme.ts'
import {
  BIVARIATE_COLORS,
  BIVARIATE_THRESHOLDS,
  type BivariateClasses,
  tiersOf,
} from '../priority/bivariate.ts'
import type { PriorityVillage } from '../priority/priority-table.ts'
import type { RankedVillage } from '../priority/rank-villages.ts'

/** Villages outside the filters: paler than the lightest class, so the selection stands out (by eye). */
export const OUTSIDE_COLOR = '#f7f7f5'
// The ring of the village hovered in the list: the app's accent blue, apart from the near-black top outline.
const LIST_HOVER_COLOR = '#1d6fb8'
/** The bivariate classes as the choropleth's fill: 9 colours on the class index; a missing class withheld. */
const BIVARIATE_FILL = {
  thresholds: BIVARIATE_THRESHOLDS,
  colors: BIVARIATE_COLORS,
  noDataColor: NO_DATA_COLOR,
  withheldColor: WITHHELD_COLOR,
}

/** What the priority map draws, and how a village's bivariate class reads. */
export interface PriorityMap {
  layers: LayerSpecification[]
  sources: Record<string, GeoJSONSourceSpecification>
  areaStates: ReadonlyMap<string, AreaState>
  /** "High need, low coverage" for a village's class, or null when it has none. */
  quadrantOf: (kode: string) => string | null
}

/**
 * The priority screen's map: the bivariate class as the choropleth's value (a missing one is drawn
 * withheld), the filters as their own `outside` feature-state, read by the overlay's pale fill, and the
 * overlay of the top villages (outline, rank badges, the ring of the village hovered in the list).
 */
export function usePriorityMap({
  villages,
  bivariate,
  include,
  topItems,
  villagesByKode,
  listHover,
}: {
  villages: readonly PriorityVillage[]
  bivariate: BivariateClasses
  /** Per village (in `villages` order): whether it passes the filters. */
  include: readonly boolean[]
  topItems: readonly RankedVillage[]
  villagesByKode: ReadonlyMap<string, Village>
  listHover: string | null
}): PriorityMap {
  const language = useLanguage()
  const { t } = useTranslation()
  const { values, areaStates } = useMemo(() => {
    const classValues = new Map<string, number | null>()
    const states = new Map<string, AreaState>()
    villages.forEach((village, index) => {
      const classIndex = bivariate.classes[index] ?? null
      classValues.set(village.kode, classIndex)
      states.set(village.kode, {
        value: classIndex,
        status: classIndex === null ? 'ditahan' : 'ada',
        outside: !include[index],
      })
    })
    return { values: classValues, areaStates: states }
  }, [villages, bivariate, include])

  const baseLayers = useMemo(() => buildBaseLayers({ fill: BIVARIATE_FILL }), [])
  const topKey = topItems.map((item) => `${item.village.kode}:${item.rank}`).join(',')
  // biome-ignore lint/correctness/useExhaustiveDependencies: `topKey` stands for `topItems`, rebuilt on every ranking
  const overlay = useMemo(
    () =>
      buildPriorityLayers({
        topCodes: topItems.map((item) => item.village.kode),
        rankPoints: {
          type: 'FeatureCollection',
          features: topItems.flatMap((item) => {
            const village = villagesByKode.get(item.village.kode)
            return village
              ? [
                  {
                    type: 'Feature' as const,
                    geometry: { type: 'Point' as const, coordinates: [village.label_lng, village.label_lat] },
                    properties: { kode: item.village.kode, rank: item.rank },
                  },
                ]
              : []
          }),
        },
        hoverCode: listHover,
        hoverColor: LIST_HOVER_COLOR,
        outsideColor: OUTSIDE_COLOR,
        lineColor: MAP_THEME.highlight,
        badgeTextColor: '#ffffff',
        font: MAP_FONTS.semibold,
      }),
    [topKey, villagesByKode, listHover],
  )
  const layers = useMemo(() => [...baseLayers, ...overlay.layers], [baseLayers, overlay])

  const quadrantOf = useCallback(
    (kode: string): string | null => {
      const classIndex = values.get(kode)
      if (classIndex === null || classIndex === undefined) return null
      const tiers = tiersOf(classIndex)
      const label = t('prioritas.bivariate.cell', {
        need: t(`prioritas.bivariate.tier.${tiers.need}`),
        coverage: t(`prioritas.bivariate.tier.${tiers.coverage}`),
      })
      return capitaliseFirst(label, language)
    },
    [values, t, language],
  )
  return { layers, sources: overlay.sources, areaStates, quadrantOf }
}
