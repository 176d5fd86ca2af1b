import { lazy, type ReactElement, type RefObject, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import type { Snapshot } from '../data/snapshot.ts'
import type { CameraRequest, HoverInfo } from '../map/map-view.tsx'
import type { Camera, Level } from '../state/view-state.ts'
import { SnapshotMap } from './snapshot-map.tsx'
import type { CameraSync } from './use-camera-sync.ts'
import type { MapClasses } from './use-map-classes.ts'

// Only the split view needs the second map: loaded on demand, off the first screen.
const CompareMap = lazy(() => import('./compare-map.tsx').then((module) => ({ default: module.CompareMap })))

/** The explorer's map panes: the main map and, in the split view, the compare year's map on its left. */
export function ExplorerMaps({
  snapshot,
  maps,
  level,
  tahun,
  compareTahun,
  selectedKode,
  linkCamera,
  camera,
  cameras,
  highlighted,
  label,
  mainPaneRef,
  onMapDrawn,
  onMainHover,
  onCompareHover,
  onSelect,
}: {
  snapshot: Snapshot
  maps: MapClasses
  level: Level
  tahun: number
  compareTahun: number | null
  selectedKode: string | null
  /** The link's camera, where the main map opens. */
  linkCamera: Camera | null
  camera: CameraRequest | null
  cameras: CameraSync
  highlighted: ReadonlySet<string> | null
  label: string
  mainPaneRef: RefObject<HTMLDivElement | null>
  onMapDrawn?: () => void
  onMainHover: (info: HoverInfo | null) => void
  onCompareHover: (info: HoverInfo | null) => void
  onSelect: (kode: string | null) => void
}): ReactElement {
  const { t } = useTranslation()
  const isSplit = maps.mode === 'split'
  // Both panes draw the same areas at the same level, selection, camera request and highlight.
  const shared = { snapshot, level, selectedKode, camera, highlighted, onSelect }
  return (
    <div className={`map-panes${isSplit ? ' map-panes--split' : ''}`}>
      <div ref={mainPaneRef} className="map-pane">
        <SnapshotMap
          {...shared}
          map={maps.main}
          initialCamera={linkCamera}
          syncedCamera={isSplit ? cameras.mainSynced : null}
          label={label}
          onReady={onMapDrawn}
          onHover={onMainHover}
          onCameraChange={cameras.onMainCamera}
          onUserMove={cameras.onMainUserMove}
        />
        {isSplit && <p className="map-pane__year">{tahun}</p>}
      </div>
      {isSplit && maps.compare && compareTahun !== null && (
        <Suspense
          fallback={<p className="map-pane map-pane--loading">{t('explorer-tools.split.loading')}</p>}
        >
          <CompareMap
            {...shared}
            map={maps.compare}
            tahun={compareTahun}
            initialCamera={cameras.mainCamera()}
            syncedCamera={cameras.compareSynced}
            onUserMove={cameras.onCompareMove}
            onCameraChange={cameras.onCompareMove}
            onHover={onCompareHover}
          />
        </Suspense>
      )}
    </div>
  )
}
