import type { ReactElement } from 'react'

/** One part of a stacked bar. */
export interface BarSegment {
  key: string
  label: string
  value: number
  color: string
  /** The value as the reader should read it, e.g. `Rp 650,2 jt`. */
  valueText: string
}

/**
 * A horizontal 100 % bar of parts with a legend listing each part's value and share. `total` may exceed
 * the parts' sum (e.g. a pagu of which only some was disbursed): the rest is drawn as an empty track.
 */
export function StackedBar({
  segments,
  total,
  label,
  percentText,
}: {
  segments: readonly BarSegment[]
  total: number
  /** Accessible name of the bar. */
  label: string
  /** Formats a share (0–100) for the legend. */
  percentText: (percent: number) => string
}): ReactElement {
  const share = (value: number): number => (total > 0 ? (100 * value) / total : 0)
  return (
    <div className="dd-bar">
      <div className="dd-bar__track" role="img" aria-label={label}>
        {segments.map((segment) => (
          <span
            key={segment.key}
            className="dd-bar__segment"
            style={{ width: `${share(segment.value)}%`, background: segment.color }}
          />
        ))}
      </div>
      <ul className="dd-bar__legend">
        {segments.map((segment) => (
          <li key={segment.key} className="dd-bar__item">
            <span className="dd-bar__swatch" style={{ background: segment.color }} aria-hidden="true" />
            <span className="dd-bar__name">{segment.label}</span>
            <span className="dd-bar__value">{segment.valueText}</span>
            <span className="dd-bar__share">{percentText(share(segment.value))}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
