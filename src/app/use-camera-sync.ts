import { useCallback, useEffect, useRef, useState } from 'react'
import type { CameraChangeReason } from '../map/map-view.tsx'
import type { ViewAction } from '../state/updaters.ts'
import type { Camera } from '../state/view-state.ts'

/**
 * A camera at rest is written to the URL this long after the last move: a pan that comes to rest
 * many times a second (a synced map follows the other frame by frame) writes the address bar once.
 * Browsers throttle `history.replaceState` beyond ~100 calls in 10 s.
 */
const URL_WRITE_DELAY_MS = 250

/** The cameras of the explorer's map(s) and the callbacks that keep them in step and in the URL. */
export interface CameraSync {
  /** The main map's last known camera (on load and after every move). */
  mainCamera: () => Camera | null
  /** Where the main map must jump to follow the second map, or `null`. */
  mainSynced: Camera | null
  /** Where the second map must jump to follow the main map, or `null`. */
  compareSynced: Camera | null
  onMainCamera: (camera: Camera, reason: CameraChangeReason) => void
  onMainUserMove: (camera: Camera) => void
  onCompareMove: (camera: Camera) => void
}

/**
 * Keeps the URL's `cam` equal to where the main map rests (not on load: the opening view stays "fit
 * the kabupaten", so a link without `cam` fits any screen) and, in the split view, each map following
 * the other.
 */
export function useCameraSync(isSplit: boolean, dispatch: (action: ViewAction) => void): CameraSync {
  const mainRef = useRef<Camera | null>(null)
  const timerRef = useRef<number | undefined>(undefined)
  const [mainSynced, setMainSynced] = useState<Camera | null>(null)
  const [compareSynced, setCompareSynced] = useState<Camera | null>(null)
  useEffect(() => () => window.clearTimeout(timerRef.current), [])
  const onMainCamera = useCallback(
    (camera: Camera, reason: CameraChangeReason) => {
      mainRef.current = camera
      // A jump that followed the second map is not sent back to it.
      if (isSplit && reason === 'move') setCompareSynced(camera)
      if (reason === 'load') return
      window.clearTimeout(timerRef.current)
      timerRef.current = window.setTimeout(() => dispatch({ type: 'set-camera', camera }), URL_WRITE_DELAY_MS)
    },
    [isSplit, dispatch],
  )
  const onMainUserMove = useCallback(
    (camera: Camera) => {
      mainRef.current = camera
      if (isSplit) setCompareSynced(camera)
    },
    [isSplit],
  )
  return {
    mainCamera: useCallback(() => mainRef.current, []),
    mainSynced,
    compareSynced,
    onMainCamera,
    onMainUserMove,
    onCompareMove: setMainSynced,
  }
}
