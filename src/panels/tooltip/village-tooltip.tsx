import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { Village } from '../../data/snapshot.ts'
import './village-tooltip.css'

/** Distance between the pointer and the card, in CSS pixels. */
const OFFSET = 14

/**
 * The hover card: village name, its kecamatan and the indicator value, beside the pointer (flipped to
 * the other side near the map's edges). Hidden from assistive technology, which reaches the same facts
 * through search and the details panel.
 */
export function VillageTooltip({
  village,
  indicatorLabel,
  valueText,
  x,
  y,
  isFlippedX,
  isFlippedY,
}: {
  village: Village
  indicatorLabel: string
  valueText: string
  x: number
  y: number
  isFlippedX: boolean
  isFlippedY: boolean
}): ReactElement {
  const { t } = useTranslation()
  const shiftX = isFlippedX ? `calc(-100% - ${OFFSET}px)` : `${OFFSET}px`
  const shiftY = isFlippedY ? `calc(-100% - ${OFFSET}px)` : `${OFFSET}px`
  return (
    <div
      className="tooltip"
      style={{ left: x, top: y, transform: `translate(${shiftX}, ${shiftY})` }}
      aria-hidden="true"
    >
      <p className="tooltip__name">{village.nama}</p>
      <p className="tooltip__meta">
        {t(`region.${village.jenis}`)} · {t('region.kecamatanOf', { name: village.kecamatan_nama })}
      </p>
      <p className="tooltip__value">
        <span>{indicatorLabel}</span> <strong>{valueText}</strong>
      </p>
    </div>
  )
}
