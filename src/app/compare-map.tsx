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
export function CompareMap({ tahun, onCameraChange, ...view }: CompareMapProps): ReactElement {
  const { t } = useTranslation()
  return (
    <div className="map-pane map-pane--compare" data-testid="compare-pane">
      <SnapshotMap
        {...view}
        label={t('explorer-tools.split.label', { year: tahun })}
        exposedName="compare"
        onCameraChange={(camera, reason) => reason === 'move' && onCameraChange(camera)}
      />
      <p className="map-pane__year map-pane__year--compare" data-testid="compare-year-badge">
        {tahun}
      </p>
    </div>
  )
}
