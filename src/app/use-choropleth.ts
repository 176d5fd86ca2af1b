import type { LayerSpecification } from 'maplibre-gl'
import { useMemo } from 'react'
import type { Choropleth, ChoroplethFill } from '../indicators/choropleth.ts'
import { buildBaseLayers } from '../map/basemap.ts'
import { type AreaState, buildAreaStates } from '../map/layers/feature-state.ts'
import type { Level } from '../state/view-state.ts'

/** A choropleth with what the map view takes: its layers and the feature-state of each area. */
export interface ChoroplethMap extends Choropleth {
  layers: LayerSpecification[]
  areaStates: Map<string, AreaState>
}

/**
 * The base layers and feature-state of a choropleth at a level. `fill` replaces the choropleth's own
 * (the program screen's highlight keeps two fixed classes). Pure.
 */
export function buildChoroplethMap(
  choropleth: Choropleth,
  level: Level,
  fill?: ChoroplethFill,
): ChoroplethMap {
  const { values, statuses } = choropleth.classes
  return {
    ...choropleth,
    layers: buildBaseLayers({ fill: fill ?? choropleth.fill, level }),
    areaStates: buildAreaStates(values, statuses),
  }
}

/**
 * A screen's choropleth as the map view takes it (`buildChoroplethMap`), memoised on its inputs: the map
 * view re-diffs its style on a new layer list. The choropleth itself comes from `deriveChoropleth`
 * (values → classes → colours → fill and legend rows) or `buildChoropleth`, memoised by the screen.
 */
export function useChoropleth(choropleth: Choropleth, level: Level, fill?: ChoroplethFill): ChoroplethMap {
  return useMemo(() => buildChoroplethMap(choropleth, level, fill), [choropleth, level, fill])
}
