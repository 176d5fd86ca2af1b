import { scaleLog } from 'd3-scale'
import { type ReactElement, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { type FittedPoint, type NeedFit, OUTLIER_Z } from '../../dana-desa/need-fit.ts'
import { useLanguage } from '../../i18n/use-language.ts'
import { formatRupiah, formatValue } from '../../indicators/format.ts'
import './need-scatter.css'

const WIDTH = 680
const HEIGHT = 380
const MARGIN = { top: 16, right: 20, bottom: 46, left: 86 }
/** Name labels on the plot for the farthest outliers only; the list below names them all. */
const MAX_LABELS = 6
const COLORS = { above: '#2166ac', below: '#b2182b', other: '#8a96a3' } as const

/**
 * Need against money: poor households (x, log) against Dana Desa per poor household (y, log), the robust
 * trend line, and the villages far from it called out in colour, labelled and listed. Clicking a point or
 * a listed name selects the village (the map and breakdown follow).
 */
export function NeedScatter({
  fit,
  names,
  selected,
  excluded,
  onSelect,
}: {
  fit: NeedFit | null
  names: ReadonlyMap<string, string>
  selected: string | null
  /** Desa left out (no poor household published, or withheld). */
  excluded: number
  onSelect: (kode: string) => void
}): ReactElement {
  const language = useLanguage()
  const { t } = useTranslation()
  const scales = useMemo(() => {
    if (!fit) return null
    const xs = fit.points.map((point) => point.poorHouseholds)
    const ys = fit.points.map((point) => point.perPoorHousehold)
    const x = scaleLog()
      .domain([Math.min(...xs) * 0.8, Math.max(...xs) * 1.25])
      .range([MARGIN.left, WIDTH - MARGIN.right])
    const y = scaleLog()
      .domain([Math.min(...ys) * 0.8, Math.max(...ys) * 1.25])
      .range([HEIGHT - MARGIN.bottom, MARGIN.top])
    return { x, y }
  }, [fit])
  if (!fit || !scales) {
    return <p className="dd-muted">{t('dana-desa.scatter.tooFew')}</p>
  }
  const { x, y } = scales
  const [x0, x1] = x.domain() as [number, number]
  const trendAt = (value: number): number => 10 ** (fit.intercept + fit.slope * Math.log10(value))
  const outliers = fit.points
    .filter((point) => point.outlier !== null)
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z))
  const colorOf = (point: FittedPoint): string => COLORS[point.outlier ?? 'other']
  const xTicks = x.ticks(8).filter((tick) => isRoundTick(tick))
  const yTicks = y.ticks(8).filter((tick) => isRoundTick(tick))
  const ordered = [...fit.points].sort((a, b) => Number(a.outlier !== null) - Number(b.outlier !== null))
  return (
    <div className="dd-scatter">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="dd-scatter__svg" data-testid="dd-scatter">
        <title>{t('dana-desa.scatter.label')}</title>
        {xTicks.map((tick) => (
          <g key={`x${tick}`}>
            <line
              className="dd-scatter__grid"
              x1={x(tick)}
              x2={x(tick)}
              y1={MARGIN.top}
              y2={HEIGHT - MARGIN.bottom}
            />
            <text
              className="dd-scatter__tick"
              x={x(tick)}
              y={HEIGHT - MARGIN.bottom + 16}
              textAnchor="middle"
            >
              {formatValue(tick, language, 0)}
            </text>
          </g>
        ))}
        {yTicks.map((tick) => (
          <g key={`y${tick}`}>
            <line
              className="dd-scatter__grid"
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(tick)}
              y2={y(tick)}
            />
            <text className="dd-scatter__tick" x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end">
              {formatRupiah(tick, language, { isCompact: true })}
            </text>
          </g>
        ))}
        <text
          className="dd-scatter__axis"
          x={(MARGIN.left + WIDTH - MARGIN.right) / 2}
          y={HEIGHT - 8}
          textAnchor="middle"
        >
          {t('dana-desa.scatter.x')}
        </text>
        <text
          className="dd-scatter__axis"
          transform={`translate(14 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {t('dana-desa.scatter.y')}
        </text>
        <line className="dd-scatter__trend" x1={x(x0)} y1={y(trendAt(x0))} x2={x(x1)} y2={y(trendAt(x1))} />
        {ordered.map((point) => {
          const name = names.get(point.kode) ?? point.kode
          const isSelected = point.kode === selected
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG mark cannot be a <button>; it acts as one
            <circle
              key={point.kode}
              role="button"
              tabIndex={0}
              aria-label={`${name}: ${formatValue(point.poorHouseholds, language, 0)} ${t('dana-desa.scatter.kk')}, ${formatRupiah(point.perPoorHousehold, language, { isCompact: true })}`}
              aria-pressed={isSelected}
              className={`dd-scatter__point${isSelected ? ' dd-scatter__point--selected' : ''}`}
              data-kode={point.kode}
              cx={x(point.poorHouseholds)}
              cy={y(point.perPoorHousehold)}
              r={isSelected ? 7 : point.outlier ? 5.5 : 4}
              fill={colorOf(point)}
              onClick={() => onSelect(point.kode)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault()
                  onSelect(point.kode)
                }
              }}
            >
              <title>{name}</title>
            </circle>
          )
        })}
        {outliers.slice(0, MAX_LABELS).map((point) => {
          // Labels of points in the right quarter go to their left, so they stay inside the plot.
          const isRight = x(point.poorHouseholds) > MARGIN.left + 0.75 * (WIDTH - MARGIN.left - MARGIN.right)
          return (
            <text
              key={`label-${point.kode}`}
              className="dd-scatter__label"
              x={x(point.poorHouseholds) + (isRight ? -8 : 8)}
              y={y(point.perPoorHousehold) + 4}
              textAnchor={isRight ? 'end' : 'start'}
            >
              {names.get(point.kode) ?? point.kode}
            </text>
          )
        })}
      </svg>
      <p className="dd-muted dd-scatter__method">
        {t('dana-desa.scatter.method', { z: formatValue(OUTLIER_Z, language, 1) })}
        {excluded > 0 && ` ${t('dana-desa.scatter.excluded', { n: excluded })}`}
      </p>
      {outliers.length === 0 ? (
        <p className="dd-muted">{t('dana-desa.scatter.noOutliers')}</p>
      ) : (
        <ul className="dd-outliers" data-testid="dd-outliers">
          {outliers.map((point) => (
            <li key={point.kode}>
              <button
                type="button"
                className={`dd-outlier dd-outlier--${point.outlier}`}
                aria-pressed={point.kode === selected}
                onClick={() => onSelect(point.kode)}
              >
                <span className="dd-outlier__name">{names.get(point.kode) ?? point.kode}</span>
                <span className="dd-outlier__text">
                  {t(`dana-desa.scatter.${point.outlier}`, {
                    actual: formatRupiah(point.perPoorHousehold, language, { isCompact: true }),
                    expected: formatRupiah(point.expected, language, { isCompact: true }),
                    kk: formatValue(point.poorHouseholds, language, 0),
                  })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** Log ticks worth a label: 1, 2 and 5 times a power of ten. */
function isRoundTick(value: number): boolean {
  const leading = value / 10 ** Math.floor(Math.log10(value))
  return [1, 2, 5].some((digit) => Math.abs(leading - digit) < 1e-9)
}
