import type { LayerSpecification } from 'maplibre-gl'
import { useMemo } from 'react'
import {
  type Choropleth,
  type ChoroplethFill,
  type ChoroplethInput,
  deriveChoropleth,
} from '../indicators/choropleth.ts'
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

/** `buildChoroplethMap`, memoised on its inputs (the map view re-diffs its style on a new layer list). */
export function useChoroplethMap(choropleth: Choropleth, level: Level, fill?: ChoroplethFill): ChoroplethMap {
  return useMemo(() => buildChoroplethMap(choropleth, level, fill), [choropleth, level, fill])
}

/**
 * One indicator's map: values → classes → colours → layers and feature-state, plus the legend rows.
 * `input.getValue` must be memoised (it keys the derivation); the options are compared by content.
 */
export function useChoropleth(input: ChoroplethInput & { level: Level }): ChoroplethMap {
  const { codes, getValue, direction, level } = input
  // Options are small values a caller often rebuilds on each render: keyed by content, not identity.
  const key = JSON.stringify([input.options, input.legendColors ?? {}])
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `options` and `legendColors`
  const choropleth = useMemo(
    () =>
      deriveChoropleth({
        codes,
        getValue,
        options: input.options,
        direction,
        legendColors: input.legendColors,
      }),
    [codes, getValue, key, direction],
  )
  return useChoroplethMap(choropleth, level)
}
