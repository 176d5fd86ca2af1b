import { type RefObject, useCallback, useRef, useState } from 'react'
import type { HoverInfo } from '../map/map-view.tsx'

/** The area under the pointer, placed in the whole map area, and which of the split view's maps it is on. */
export type ExplorerHover = HoverInfo & { isCompare: boolean }

/** The explorer's hover: one for both maps of the split view, offset into the whole map area. */
export function useExplorerHover(): {
  hover: ExplorerHover | null
  /** The main map's pane: in the split view it is the right one. */
  mainPaneRef: RefObject<HTMLDivElement | null>
  onMainHover: (info: HoverInfo | null) => void
  onCompareHover: (info: HoverInfo | null) => void
} {
  const [hover, setHover] = useState<ExplorerHover | null>(null)
  const mainPaneRef = useRef<HTMLDivElement>(null)
  const onMainHover = useCallback((info: HoverInfo | null) => {
    // In the split view the main map is the right pane: the tooltip is placed in the whole map area.
    const offset = mainPaneRef.current?.offsetLeft ?? 0
    setHover(info && { ...info, x: info.x + offset, width: info.width + offset, isCompare: false })
  }, [])
  const onCompareHover = useCallback(
    (info: HoverInfo | null) => setHover(info && { ...info, isCompare: true }),
    [],
  )
  return { hover, mainPaneRef, onMainHover, onCompareHover }
}
