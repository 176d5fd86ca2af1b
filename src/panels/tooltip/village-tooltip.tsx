import type { ReactElement } from 'react'
import './village-tooltip.css'

/** Distance between the pointer and the card, in CSS pixels. */
const OFFSET = 14
// Room the card needs right of and below the pointer before it flips (its largest size, by eye).
const ROOM = { width: 280, height: 110 }

/** Where the pointer is, relative to the map area's top-left corner, and the area's size (CSS pixels). */
export interface TooltipPointer {
  x: number
  y: number
  width: number
  height: number
}

/**
 * The hover card: the area's name, what and where it is, and the indicator value, beside the pointer (flipped to
 * the other side near the map's edges). Hidden from assistive technology, which reaches the same facts
 * through search and the details panel.
 */
export function VillageTooltip({
  name,
  meta,
  indicatorLabel,
  valueText,
  pointer,
}: {
  /** The area's name. */
  name: string
  /** What the area is and where: "Desa · Kec. Sangatta Utara", or "Kecamatan". */
  meta: string
  indicatorLabel: string
  valueText: string
  /** The card sits beside it, on the side with room. */
  pointer: TooltipPointer
}): ReactElement {
  const { x, y } = pointer
  const isFlippedX = x > pointer.width - ROOM.width
  const isFlippedY = y > pointer.height - ROOM.height
  const shiftX = isFlippedX ? `calc(-100% - ${OFFSET}px)` : `${OFFSET}px`
  const shiftY = isFlippedY ? `calc(-100% - ${OFFSET}px)` : `${OFFSET}px`
  return (
    <div
      className="tooltip"
      style={{ left: x, top: y, transform: `translate(${shiftX}, ${shiftY})` }}
      aria-hidden="true"
    >
      <p className="tooltip__name">{name}</p>
      <p className="tooltip__meta">{meta}</p>
      <p className="tooltip__value">
        <span>{indicatorLabel}</span> <strong>{valueText}</strong>
      </p>
    </div>
  )
}
