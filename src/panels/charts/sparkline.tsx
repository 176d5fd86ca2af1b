import type { ReactElement } from 'react'
import { buildSparklineGeometry, type SparklinePoint } from './sparkline-geometry.ts'

/**
 * A word-sized line chart of one series (Tufte's sparkline): shape over the years, the last value
 * dotted. The label says every value, since the picture alone is not readable by all.
 */
export function Sparkline({
  series,
  label,
  width = 108,
  height = 28,
}: {
  series: readonly SparklinePoint[]
  label: string
  width?: number
  height?: number
}): ReactElement {
  const { path, marks } = buildSparklineGeometry(series, width, height)
  const last = marks.at(-1)
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
      data-testid="sparkline"
    >
      <title>{label}</title>
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      {marks.map((mark) => (
        <circle key={mark.tahun} cx={mark.x} cy={mark.y} r="1.3" fill="currentColor" opacity="0.55" />
      ))}
      {last && <circle cx={last.x} cy={last.y} r="2.6" fill="currentColor" />}
    </svg>
  )
}
