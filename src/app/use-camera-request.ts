import { useCallback, useRef, useState } from 'react'
import type { BBox } from '../lib/geometry-bbox.ts'
import type { CameraPadding, CameraRequest } from '../map/map-view.tsx'

/** A screen's camera requests, and how it asks for a new one. */
export interface CameraRequests {
  /** The last request, for MapView's `camera`; null until one is made (the map shows the region). */
  camera: CameraRequest | null
  /** Moves the camera to a box, clear of the panels; a new key repeats the move for the same box. */
  frame: (bbox: BBox) => void
}

/**
 * The camera a map screen asks MapView for: framed on `initialBBox` at first (a link's selected village
 * or district), then on every box `frame` is given. The key counts the requests, so asking twice for the
 * same box moves the camera back after the reader panned away.
 */
export function useCameraRequest({
  initialBBox,
  padding,
  maxZoom,
}: {
  /** Read once, on the first render. */
  initialBBox: () => BBox | undefined
  /** Read at each request (the explorer's depends on the window's height). */
  padding: () => CameraPadding
  maxZoom: number
}): CameraRequests {
  const cameraKey = useRef(0)
  const [camera, setCamera] = useState<CameraRequest | null>(() => {
    const bbox = initialBBox()
    return bbox ? { bbox, key: 0, padding: padding(), maxZoom } : null
  })
  const frame = useCallback(
    (bbox: BBox) => {
      cameraKey.current += 1
      setCamera({ bbox, key: cameraKey.current, padding: padding(), maxZoom })
    },
    [padding, maxZoom],
  )
  return { camera, frame }
}
