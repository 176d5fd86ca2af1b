import type { ReactElement } from 'react'
import './village-tooltip.css'

/** Distance between the pointer and the card, in CSS pixels. */
const OFFSET = 14

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
  x,
  y,
  isFlippedX,
  isFlippedY,
}: {
  /** The area's name. */
  name: string
  /** What the area is and where: "Desa · Kec. Sangatta Utara", or "Kecamatan". */
  meta: string
  indicatorLabel: string
  valueText: string
  x: number
  y: number
  isFlippedX: boolean
  isFlippedY: boolean
}): ReactElement {
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
