import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl'
import type { ReactElement } from 'react'
import type { Snapshot } from '../data/snapshot.ts'
import type { AreaState } from '../map/layers/feature-state.ts'
import { getMapData } from '../map/map-data.ts'
import { MapView, type MapViewProps } from '../map/map-view.tsx'
import { isMapExposed } from './is-map-exposed.ts'

/** What a screen's map model hands the map: its layers, their sources and each area's feature-state. */
export interface ScreenMapModel {
  layers: readonly LayerSpecification[]
  sources?: Readonly<Record<string, GeoJSONSourceSpecification>>
  areaStates: ReadonlyMap<string, AreaState>
}

/** The props a screen gives: the snapshot and its map model stand for the map's data, layers and bounds. */
export type SnapshotMapProps = Omit<
  MapViewProps,
  'data' | 'layers' | 'sources' | 'areaStates' | 'initialBounds' | 'isExposed' | 'onHover' | 'onSelect'
> & {
  snapshot: Snapshot
  map: ScreenMapModel
  /** Omitted by a map that reacts to neither (the program map). */
  onHover?: MapViewProps['onHover']
  onSelect?: MapViewProps['onSelect']
}

const ignore = (): void => undefined

/**
 * The one way a screen draws the snapshot's boundaries: `MapView` with the snapshot's map data, opening
 * on the region's box, exposed to tests with `?e2e`, painting the screen's map model.
 */
export function SnapshotMap({
  snapshot,
  map,
  onHover = ignore,
  onSelect = ignore,
  ...view
}: SnapshotMapProps): ReactElement {
  return (
    <MapView
      {...view}
      data={getMapData(snapshot)}
      layers={map.layers}
      sources={map.sources}
      areaStates={map.areaStates}
      initialBounds={snapshot.bbox}
      isExposed={isMapExposed}
      onHover={onHover}
      onSelect={onSelect}
    />
  )
}
