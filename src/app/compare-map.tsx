import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { Snapshot } from '../data/snapshot.ts'
import type { CameraRequest, HoverInfo } from '../map/map-view.tsx'
import type { Camera, Level } from '../state/view-state.ts'
import { SnapshotMap } from './snapshot-map.tsx'
import type { ChoroplethMap } from './use-choropleth.ts'

/** What the split view's second map shows: the compare year, with the main map's camera. */
export interface CompareMapProps {
  snapshot: Snapshot
  /** The compare year's choropleth, on the main map's breaks. */
  map: ChoroplethMap
  tahun: number
  level: Level
  selectedKode: string | null
  /** Where the main map looks now; the second map opens there. */
  initialCamera: Camera | null
  /** The main map's camera while it moves. */
  syncedCamera: Camera | null
  camera: CameraRequest | null
  highlighted: ReadonlySet<string> | null
  onUserMove: (camera: Camera) => void
  onCameraChange: (camera: Camera) => void
  onHover: (hover: HoverInfo | null) => void
  onSelect: (kode: string | null) => void
}

/**
 * The left map of the split view: the compare year on the same classes as the main map, its camera
 * kept in step with it. Loaded on demand (only the split view needs it); exposed to tests as
 * `window.__ppdMaps.compare`.
 */
export function CompareMap(props: CompareMapProps): ReactElement {
  const { t } = useTranslation()
  return (
    <div className="map-pane map-pane--compare" data-testid="compare-pane">
      <SnapshotMap
        snapshot={props.snapshot}
        map={props.map}
        level={props.level}
        selectedKode={props.selectedKode}
        initialCamera={props.initialCamera}
        syncedCamera={props.syncedCamera}
        camera={props.camera}
        highlighted={props.highlighted}
        label={t('explorer-tools.split.label', { year: props.tahun })}
        exposedName="compare"
        onUserMove={props.onUserMove}
        onCameraChange={(camera, reason) => reason === 'move' && props.onCameraChange(camera)}
        onHover={props.onHover}
        onSelect={props.onSelect}
      />
      <p className="map-pane__year map-pane__year--compare" data-testid="compare-year-badge">
        {props.tahun}
      </p>
    </div>
  )
}
