import { type ReactElement, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { getClassRanges } from '../../indicators/classify.ts'
import type { IndicatorClasses } from '../../indicators/derive-classes.ts'
import { formatRange } from '../../indicators/format.ts'
import { NO_DATA_COLOR } from '../../indicators/palettes.ts'
import type { IndicatorDef } from '../../indicators/registry.ts'
import type { Language } from '../../lib/language.ts'
import './indicator-legend.css'

/** One row of the legend. */
interface LegendRow {
  key: string
  color: string
  label: string
  count: number
}

/** Builds the legend rows from the derived classes: one per class, then the no-data class. */
function buildLegendRows(classes: IndicatorClasses, decimals: number, language: Language, noData: string) {
  const ranges = classes.breaks ? getClassRanges(classes.breaks) : []
  const rows: LegendRow[] = ranges.map(([lower, upper], index) => ({
    key: `class-${index}`,
    color: classes.colors[index] ?? NO_DATA_COLOR,
    label: formatRange(lower, upper, language, decimals),
    count: classes.counts[index] ?? 0,
  }))
  rows.push({ key: 'no-data', color: NO_DATA_COLOR, label: noData, count: classes.noDataCount })
  return rows
}

/** The legend of the choropleth: indicator name and unit, a swatch and range per class, counts. */
export function IndicatorLegend({
  indicator,
  classes,
  language,
}: {
  indicator: IndicatorDef
  classes: IndicatorClasses
  language: Language
}): ReactElement {
  const { t } = useTranslation()
  const id = useId()
  const [isExpanded, setIsExpanded] = useState(true)
  const rows = buildLegendRows(classes, indicator.decimals, language, t('legend.noData'))
  const method = indicator.classification.method
  return (
    <section className="legend" data-testid="legend" aria-labelledby={`${id}-title`}>
      <div className="legend__header">
        <h2 id={`${id}-title`} className="legend__title">
          {indicator.label[language]} <span className="legend__unit">({indicator.unit[language]})</span>
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
            <li
              key={row.key}
              className={`legend__row${row.key === 'no-data' ? ' legend__row--no-data' : ''}`}
            >
              <span className="legend__swatch" style={{ background: row.color }} aria-hidden="true" />
              <span className="legend__label">{row.label}</span>
              <span className="legend__count">{t('legend.villageCount', { count: row.count })}</span>
            </li>
          ))}
        </ul>
        <p className="legend__note">{t(method === 'quantile' ? 'legend.quantile' : 'legend.manual')}</p>
      </div>
    </section>
  )
}
