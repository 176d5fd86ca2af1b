import { scaleBand, scaleLinear } from 'd3-scale'
import type { ReactElement } from 'react'
import type { ProgramCode } from '../../data/programs.ts'
import type { Upset } from './build-upset.ts'

/** Text the chart shows, already translated. */
export interface UpsetLabels {
  title: string
  withheld: string
  disallowed: string
  /** Accessible label of one bar's button: combination and count. */
  barLabel: (programs: string, count: string) => string
}

// Layout in SVG units (the chart scales to its container's width).
const WIDTH = 600
const BAR_HEIGHT = 150
const ROW = 20
const LEFT = 74
const DOT = 6

/**
 * An UpSet chart (Lex et al. 2014): bars of households per combination of programs above a matrix whose
 * filled dots name the combination's programs. A bar is a button: choosing it highlights its villages.
 */
export function UpsetChart({
  upset,
  programs,
  programLabel,
  selectedKey,
  formatCount,
  labels,
  onSelect,
}: {
  upset: Upset
  programs: readonly ProgramCode[]
  programLabel: (program: ProgramCode) => string
  selectedKey: string | null
  formatCount: (count: number) => string
  labels: UpsetLabels
  onSelect: (key: string | null) => void
}): ReactElement {
  const height = BAR_HEIGHT + 16 + programs.length * ROW + 8
  const x = scaleBand<string>()
    .domain(upset.bars.map((bar) => bar.key))
    .range([LEFT, WIDTH - 8])
    .padding(0.25)
  const y = scaleLinear()
    .domain([0, Math.max(1, upset.maxCount)])
    .range([BAR_HEIGHT, 14])
  const rowY = (index: number): number => BAR_HEIGHT + 16 + index * ROW + ROW / 2
  return (
    <figure className="upset" data-testid="upset-chart">
      <figcaption className="upset__title">{labels.title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`}>
        <title>{labels.title}</title>
        {programs.map((program, index) => (
          <g key={program}>
            <rect
              x={LEFT}
              y={rowY(index) - ROW / 2}
              width={WIDTH - LEFT - 8}
              height={ROW}
              className={index % 2 ? 'upset__row' : 'upset__row upset__row--alt'}
            />
            <text x={LEFT - 6} y={rowY(index) + 4} textAnchor="end" className="upset__program">
              {programLabel(program)}
            </text>
          </g>
        ))}
        {upset.bars.map((bar) => {
          const left = x(bar.key) ?? 0
          const center = left + x.bandwidth() / 2
          const top = bar.count === null ? BAR_HEIGHT - 2 : y(bar.count)
          const isSelected = bar.key === selectedKey
          const members = programs.flatMap((program, index) =>
            bar.programs.includes(program) ? [index] : [],
          )
          const countText = bar.count === null ? labels.withheld : formatCount(bar.count)
          const names = bar.programs.map(programLabel).join(' + ')
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it carries the role, key handling and label
            <g
              key={bar.key}
              role="button"
              tabIndex={0}
              aria-pressed={isSelected}
              aria-label={labels.barLabel(names, countText)}
              data-testid="upset-bar"
              data-combination={bar.key}
              className={`upset__bar${isSelected ? ' upset__bar--selected' : ''}${bar.isDisallowed ? ' upset__bar--disallowed' : ''}`}
              onClick={() => onSelect(isSelected ? null : bar.key)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter' && event.key !== ' ') return
                event.preventDefault()
                onSelect(isSelected ? null : bar.key)
              }}
            >
              <title>{`${names}: ${countText}${bar.isDisallowed ? ` (${labels.disallowed})` : ''}`}</title>
              <rect x={left - 2} y={0} width={x.bandwidth() + 4} height={height} className="upset__hit" />
              <rect
                x={left}
                y={top}
                width={x.bandwidth()}
                height={Math.max(2, BAR_HEIGHT - top)}
                className="upset__fill"
              />
              <text x={center} y={top - 4} textAnchor="middle" className="upset__count">
                {bar.count === null ? '1–4' : formatCount(bar.count)}
              </text>
              {programs.map((program, index) => (
                <circle
                  key={program}
                  cx={center}
                  cy={rowY(index)}
                  r={DOT}
                  className={members.includes(index) ? 'upset__dot upset__dot--on' : 'upset__dot'}
                />
              ))}
              {members.length > 1 && (
                <line
                  x1={center}
                  x2={center}
                  y1={rowY(members[0] ?? 0)}
                  y2={rowY(members[members.length - 1] ?? 0)}
                  className="upset__link"
                />
              )}
            </g>
          )
        })}
        <line x1={LEFT} x2={WIDTH - 8} y1={BAR_HEIGHT} y2={BAR_HEIGHT} className="upset__axis" />
      </svg>
    </figure>
  )
}
