import { type ReactElement, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IndicatorDefinition } from '../../data/indicators.ts'
import { getClassRanges } from '../../indicators/classify.ts'
import { formatRange } from '../../indicators/format.ts'
import { NO_DATA_COLOR, WITHHELD_COLOR } from '../../indicators/palettes.ts'
import type { ValueClasses } from '../../indicators/value-classes.ts'
import type { Language } from '../../lib/language.ts'
import './indicator-legend.css'

/** One row of the legend. */
interface LegendRow {
  key: string
  color: string
  label: string
  count: number
  isStatus: boolean
}

/**
 * The legend rows: one per class, then withheld and not-applicable (only when some village has them)
 * and no data (always, so the grey is explained).
 */
function buildLegendRows(
  classes: ValueClasses,
  decimals: number,
  language: Language,
  labels: { withheld: string; noData: string; notApplicable: string },
): LegendRow[] {
  const ranges = classes.breaks ? getClassRanges(classes.breaks) : []
  const rows: LegendRow[] = ranges.map(([lower, upper], index) => ({
    key: `class-${index}`,
    color: classes.colors[index] ?? NO_DATA_COLOR,
    label: formatRange(lower, upper, language, decimals),
    count: classes.counts[index] ?? 0,
    isStatus: false,
  }))
  const { ditahan, tidak_ada, tidak_berlaku } = classes.statusCounts
  if (ditahan > 0) {
    rows.push({
      key: 'withheld',
      color: WITHHELD_COLOR,
      label: labels.withheld,
      count: ditahan,
      isStatus: true,
    })
  }
  rows.push({ key: 'no-data', color: NO_DATA_COLOR, label: labels.noData, count: tidak_ada, isStatus: true })
  if (tidak_berlaku > 0) {
    rows.push({
      key: 'not-applicable',
      color: NO_DATA_COLOR,
      label: labels.notApplicable,
      count: tidak_berlaku,
      isStatus: true,
    })
  }
  return rows
}

/** The legend of the choropleth: indicator, year and unit, a swatch and range per class, counts. */
export function IndicatorLegend({
  indicator,
  tahun,
  classes,
  method,
  language,
  level = 'desa',
}: {
  indicator: IndicatorDefinition
  /** The year shown, or `null` for a figure without years. */
  tahun: number | null
  classes: ValueClasses
  /** The classification method, for the note under the rows. */
  method: string
  language: Language
  /** What the counts count: villages (default) or districts. */
  level?: 'desa' | 'kecamatan'
}): ReactElement {
  const { t } = useTranslation()
  const id = useId()
  const [isExpanded, setIsExpanded] = useState(true)
  const rows = buildLegendRows(classes, indicator.decimals, language, {
    withheld: t('legend.withheld'),
    noData: t('legend.noData'),
    notApplicable: t('legend.notApplicable'),
  })
  return (
    <section className="legend" data-testid="legend" aria-labelledby={`${id}-title`}>
      <div className="legend__header">
        <h2 id={`${id}-title`} className="legend__title">
          {indicator.label[language]}{' '}
          <span className="legend__unit">
            ({indicator.unit[language]}){tahun !== null && ` · ${tahun}`}
          </span>
        </h2>
        <button
          type="button"
          className="legend__toggle"
          aria-expanded={isExpanded}
          aria-controls={`${id}-body`}
          aria-label={t(isExpanded ? 'legend.hide' : 'legend.show')}
          title={t(isExpanded ? 'legend.hide' : 'legend.show')}
          onClick={() => setIsExpanded((value) => !value)}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path
              d={isExpanded ? 'M4 10 L8 6 L12 10' : 'M4 6 L8 10 L12 6'}
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
            />
          </svg>
        </button>
      </div>
      <div id={`${id}-body`} hidden={!isExpanded}>
        <ul className="legend__rows">
          {rows.map((row) => (
            <li key={row.key} className={`legend__row${row.isStatus ? ' legend__row--no-data' : ''}`}>
              <span className="legend__swatch" style={{ background: row.color }} aria-hidden="true" />
              <span className="legend__label">{row.label}</span>
              <span className="legend__count">
                {t(level === 'kecamatan' ? 'legend.kecamatanCount' : 'legend.villageCount', {
                  count: row.count,
                })}
              </span>
            </li>
          ))}
        </ul>
        <p className="legend__note">{t(`legend.method.${method}`)}</p>
      </div>
    </section>
  )
}
