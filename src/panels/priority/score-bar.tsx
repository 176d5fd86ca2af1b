import type { ReactElement } from 'react'
import { segmentColor } from './criterion-info.ts'

/** The score as a bar of 100 points, one coloured segment per weighted criterion's contribution. */
export function ScoreBar({
  contributions,
  label,
}: {
  contributions: readonly number[]
  label: string
}): ReactElement {
  return (
    <span className="score-bar" role="img" aria-label={label}>
      {contributions.map((points, position) => (
        <span
          // Positions are stable for one ranking: the criteria order does not change within it.
          // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their position
          key={position}
          className="score-bar__segment"
          style={{ width: `${Math.max(0, Math.min(100, points))}%`, background: segmentColor(position) }}
        />
      ))}
    </span>
  )
}
