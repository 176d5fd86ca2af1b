import type { ReactElement } from 'react'
import type { ClassBreaks } from '../../indicators/classify.ts'
import { NO_DATA_COLOR } from '../../indicators/palettes.ts'
import { buildHistogramBins } from './histogram-bins.ts'

// Drawing size in SVG units; the SVG scales to the legend's width.
const WIDTH = 220
const HEIGHT = 44
const GAP = 1

/**
 * A small histogram of the shown values, each bar in its class colour, with a tick at every class
 * break: how the areas spread across the classes at a glance. Decorative next to the class counts,
 * so screen readers get one sentence (`label`) instead of the bars.
 */
export function LegendHistogram({
  values,
  breaks,
  colors,
  label,
  highlightedClass,
}: {
  values: Iterable<number | null>
  breaks: ClassBreaks | null
  colors: readonly string[]
  label: string
  /** The class highlighted in the legend: its bars stay vivid, the others fade. */
  highlightedClass: number | null
}): ReactElement | null {
  const bins = buildHistogramBins(values, breaks)
  if (breaks === null || bins.length === 0) return null
  const span = breaks.max - breaks.min || 1
  const x = (value: number): number => ((value - breaks.min) / span) * WIDTH
  const tallest = Math.max(...bins.map((bin) => bin.count), 1)
  const y = (count: number): number => (count / tallest) * (HEIGHT - 2)
  return (
    <svg
      className="legend__histogram"
      data-testid="legend-histogram"
      viewBox={`0 0 ${WIDTH} ${HEIGHT + 4}`}
      role="img"
      aria-label={label}
    >
      {bins.map((bin) => {
        const left = breaks.min === breaks.max ? 0 : x(bin.x0)
        const width = breaks.min === breaks.max ? WIDTH : Math.max(x(bin.x1) - x(bin.x0) - GAP, 1)
        const height = bin.count === 0 ? 0 : Math.max(y(bin.count), 2)
        const isFaded = highlightedClass !== null && highlightedClass !== bin.classIndex
        return (
          <rect
            key={bin.x0}
            x={left}
            y={HEIGHT - height}
            width={width}
            height={height}
            fill={colors[bin.classIndex] ?? NO_DATA_COLOR}
            opacity={isFaded ? 0.25 : 1}
          />
        )
      })}
      {breaks.thresholds.map((threshold) => (
        <line
          key={threshold}
          x1={x(threshold)}
          x2={x(threshold)}
          y1={HEIGHT - 2}
          y2={HEIGHT + 4}
          stroke="currentColor"
          strokeWidth={1}
        />
      ))}
      <line x1={0} x2={WIDTH} y1={HEIGHT + 0.5} y2={HEIGHT + 0.5} stroke="currentColor" strokeWidth={0.5} />
    </svg>
  )
}
