import { type ReactElement, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IndicatorDefinition } from '../../data/indicators.ts'
import { getClassRanges } from '../../indicators/classify.ts'
import { formatRange } from '../../indicators/format.ts'
import { NO_DATA_COLOR, WITHHELD_COLOR } from '../../indicators/palettes.ts'
import type { ValueClasses } from '../../indicators/value-classes.ts'
import type { Language } from '../../lib/language.ts'
import { LegendHistogram } from './legend-histogram.tsx'
import { getLegendRowCodes, type LegendRowKey } from './legend-row-codes.ts'
import { ManualBreaksEditor } from './manual-breaks-editor.tsx'
import './indicator-legend.css'
import { useLanguage } from '../../i18n/use-language.ts'

/** One row of the legend. */
interface LegendRow {
  key: LegendRowKey
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
    key: `class-${index}` as const,
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

/**
 * The legend of the choropleth: indicator, year and unit, a small histogram, a swatch, range and count
 * per class. Each row is a toggle button: picking it highlights its areas on the map (Escape clears).
 * Class limits can be set by hand when `onManualBreaks` is given.
 */
export function IndicatorLegend({
  indicator,
  tahun,
  classes,
  method,
  level = 'desa',
  title,
  detail,
  note,
  highlightedKey = null,
  onHighlight,
  onManualBreaks,
}: {
  indicator: IndicatorDefinition
  /** The year shown, or `null` for a figure without years. */
  tahun: number | null
  classes: ValueClasses
  /** The classification method, for the note under the rows. */
  method: string
  /** What the counts count: villages (default) or districts. */
  level?: 'desa' | 'kecamatan'
  /** Replaces the indicator label as the title (a change map says what is compared). */
  title?: string
  /** Replaces `(unit) · year` next to the title. */
  detail?: string
  /** Replaces the method's note under the rows. */
  note?: string
  /** The row whose areas are highlighted on the map, or `null`. */
  highlightedKey?: LegendRowKey | null
  /** Makes the rows toggle buttons that highlight their areas. */
  onHighlight?: (key: LegendRowKey | null) => void
  /** Shows the class-limit editor; `null` goes back to the automatic classification. */
  onManualBreaks?: (breaks: number[] | null) => void
}): ReactElement {
  const language = useLanguage()
  const { t } = useTranslation()
  const id = useId()
  const [isExpanded, setIsExpanded] = useState(true)
  const highlightedClass =
    highlightedKey?.startsWith('class-') === true ? Number(highlightedKey.slice('class-'.length)) : null
  const rows = buildLegendRows(classes, indicator.decimals, language, {
    withheld: t('legend.withheld'),
    noData: t('legend.noData'),
    notApplicable: t('legend.notApplicable'),
  })
  return (
    <section className="legend" data-testid="legend" aria-labelledby={`${id}-title`}>
      <div className="legend__header">
        <h2 id={`${id}-title`} className="legend__title">
          {title ?? indicator.label[language]}{' '}
          <span className="legend__unit">
            {detail ?? `(${indicator.unit[language]})${tahun === null ? '' : ` · ${tahun}`}`}
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
        <LegendHistogram
          values={classes.values.values()}
          breaks={classes.breaks}
          colors={classes.colors}
          label={t('explorer-tools.legend.histogram', { count: classes.counts.reduce((a, b) => a + b, 0) })}
          highlightedClass={highlightedClass}
        />
        <ul
          className="legend__rows"
          aria-label={onHighlight ? t('explorer-tools.legend.rowsLabel') : undefined}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && highlightedKey !== null) onHighlight?.(null)
          }}
        >
          {rows.map((row) => {
            const content = (
              <>
                <span className="legend__swatch" style={{ background: row.color }} aria-hidden="true" />
                <span className="legend__label">{row.label}</span>
                <span className="legend__count">
                  {t(level === 'kecamatan' ? 'legend.kecamatanCount' : 'legend.villageCount', {
                    count: row.count,
                  })}
                </span>
              </>
            )
            const rowClass = `legend__row${row.isStatus ? ' legend__row--no-data' : ''}`
            return (
              <li key={row.key} className={rowClass}>
                {onHighlight ? (
                  <button
                    type="button"
                    className={`legend__row-button${highlightedKey === row.key ? ' legend__row-button--on' : ''}`}
                    data-testid="legend-row"
                    data-row-key={row.key}
                    aria-pressed={highlightedKey === row.key}
                    title={t('explorer-tools.legend.highlight', { label: row.label })}
                    disabled={row.count === 0}
                    onClick={() => onHighlight(highlightedKey === row.key ? null : row.key)}
                  >
                    {content}
                  </button>
                ) : (
                  content
                )}
              </li>
            )
          })}
        </ul>
        <p className="legend__status" aria-live="polite" data-testid="legend-highlight-status">
          {highlightedKey === null
            ? ''
            : t('explorer-tools.legend.highlighted', {
                count: getLegendRowCodes(classes, highlightedKey).size,
              })}
        </p>
        <p className="legend__note">
          {note ?? t(`legend.method.${method}`, { areas: t(`explorer-tools.areas.${level}`) })}
        </p>
        {onManualBreaks && (
          <ManualBreaksEditor
            key={classes.breaks?.thresholds.join('_') ?? ''}
            thresholds={classes.breaks?.thresholds ?? []}
            decimals={indicator.decimals}
            isManual={method === 'manual'}
            onApply={onManualBreaks}
          />
        )}
      </div>
    </section>
  )
}
