import { useCallback, useMemo, useState } from 'react'
import type { Snapshot, Village } from '../data/snapshot.ts'
import type { CameraRequest } from '../map/map-view.tsx'
import type { ViewAction } from '../state/updaters.ts'
import type { Camera, Level } from '../state/view-state.ts'
import { buildKecamatanBBoxes, cameraPadding } from './explorer-camera.ts'
import { useCameraRequest } from './use-camera-request.ts'

// Zoom at which a searched village is shown: close enough for its name, with its neighbours around.
const VILLAGE_MAX_ZOOM = 11.5

/** How the explorer's selection changes, from the map, the search and the table, and where the camera goes. */
export interface ExplorerSelection {
  camera: CameraRequest | null
  /** Counts the picks from search: the details panel takes keyboard focus on each. */
  focusRequest: number
  select: (kode: string | null) => void
  selectFromMap: (kode: string | null) => void
  pickFromSearch: (village: Village) => void
  selectFromTable: (kode: string) => void
}

/** The explorer's selection: the view's `selected`, and the camera moves and focus that go with a pick. */
export function useExplorerSelection({
  snapshot,
  villagesByKode,
  level,
  selected,
  linkCamera,
  isCompact,
  dispatch,
}: {
  snapshot: Snapshot
  villagesByKode: ReadonlyMap<string, Village>
  level: Level
  /** The view's selected code, read once to frame a linked village. */
  selected: string | null
  /** The link's camera, read once: it wins over framing the selected village. */
  linkCamera: Camera | null
  isCompact: boolean
  dispatch: (action: ViewAction) => void
}): ExplorerSelection {
  const kecamatanBBoxes = useMemo(() => buildKecamatanBBoxes(snapshot), [snapshot])
  const padding = useCallback(() => cameraPadding(isCompact), [isCompact])
  const { camera, frame } = useCameraRequest({
    initialBBox: () => {
      const village = selected === null ? undefined : villagesByKode.get(selected)
      return linkCamera === null ? village?.bbox : undefined
    },
    padding,
    maxZoom: VILLAGE_MAX_ZOOM,
  })
  const [focusRequest, setFocusRequest] = useState(0)

  const select = useCallback((kode: string | null) => dispatch({ type: 'select', code: kode }), [dispatch])
  // Keyboard focus moves to the panel only when the village came from search; a click on the map
  // leaves focus where the pointer user has it.
  // In the kecamatan view a click drills in: back to villages, framed on the clicked district.
  const selectFromMap = useCallback(
    (kode: string | null) => {
      setFocusRequest(0)
      const bbox = kode === null || level !== 'kecamatan' ? undefined : kecamatanBBoxes.get(kode)
      if (!bbox) {
        select(kode)
        return
      }
      dispatch({ type: 'set-level', level: 'desa' })
      frame(bbox)
    },
    [select, dispatch, level, kecamatanBBoxes, frame],
  )
  const pickFromSearch = useCallback(
    (village: Village) => {
      select(village.kode)
      frame(village.bbox)
      setFocusRequest((count) => count + 1)
    },
    [select, frame],
  )
  // A row picked in the table selects it on the map too, framed there for when the reader switches back.
  const selectFromTable = useCallback(
    (kode: string) => {
      const village = level === 'desa' ? villagesByKode.get(kode) : undefined
      select(kode)
      if (village) frame(village.bbox)
    },
    [select, level, villagesByKode, frame],
  )
  return { camera, focusRequest, select, selectFromMap, pickFromSearch, selectFromTable }
}
