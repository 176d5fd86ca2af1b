import { type ReactElement, type ReactNode, useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ClassBreaks } from '../../indicators/classify.ts'
import type { LegendItem, LegendRowKey } from '../../indicators/legend-items.ts'
import { DisclosureButton, useDisclosure } from '../../ui/disclosure-button.tsx'
import { LegendHistogram } from './legend-histogram.tsx'
import { type LegendRow, LegendRows } from './legend-rows.tsx'
import './map-legend.css'

/** The i18n key of each status row's label. */
const STATUS_LABEL_KEYS = {
  withheld: 'legend.withheld',
  'no-data': 'legend.noData',
  'not-applicable': 'legend.notApplicable',
} as const

/** The small histogram above the rows: the values shown, on the classes' breaks and colours. */
export interface LegendHistogramData {
  values: Iterable<number | null>
  breaks: ClassBreaks | null
  colors: readonly string[]
}

/** What a map legend shows. */
export interface MapLegendProps {
  title: string
  /** Unit and year, next to the title. */
  detail?: string
  /** Under the rows: how the classes were made. */
  note?: string
  /** The rows as data (`buildLegendItems`, from the choropleth model). */
  items: readonly LegendItem[]
  /** Words a class range (an open end is ±Infinity). */
  formatRange: (range: readonly [number, number]) => string
  /** Words a row's count; without it the rows show none. */
  formatCount?: (count: number) => string
  /** Replaces a row's label (a status row of a screen's own, or the rows of a highlight). */
  labelOf?: (item: LegendItem) => string | undefined
  histogram?: LegendHistogramData
  /** The row whose areas are highlighted on the map, or `null`. */
  highlightedKey?: LegendRowKey | null
  /** How many areas the highlighted row holds, announced under the rows. */
  highlightedCount?: number
  /** Makes the rows toggle buttons that highlight their areas. */
  onHighlight?: (key: LegendRowKey | null) => void
  /** More content at the foot (the class-limit editor, a highlight's clear button). */
  children?: ReactNode
  testId?: string
}

/**
 * The legend of every map screen: title, unit and year, an optional histogram, a swatch, range and
 * count per class, then the withheld, no-data and not-applicable rows. Words come from i18next
 * (Indonesian first); the rows themselves from the choropleth model, so map and legend agree.
 */
export function MapLegend(props: MapLegendProps): ReactElement {
  const { t } = useTranslation()
  const id = useId()
  const body = useDisclosure(true)
  const { highlightedKey = null, onHighlight } = props
  const highlightedClass =
    highlightedKey?.startsWith('class-') === true ? Number(highlightedKey.slice('class-'.length)) : null
  const rows: LegendRow[] = props.items.map((item) => ({
    key: item.key,
    color: item.color,
    label:
      props.labelOf?.(item) ??
      (item.range === null
        ? t(STATUS_LABEL_KEYS[item.key as keyof typeof STATUS_LABEL_KEYS])
        : props.formatRange(item.range)),
    count: props.formatCount ? props.formatCount(item.count) : null,
    isStatus: item.range === null,
    isEmpty: item.count === 0,
  }))
  const classCount = props.items.reduce((sum, item) => sum + (item.range === null ? 0 : item.count), 0)
  return (
    <section className="legend" data-testid={props.testId ?? 'legend'} aria-labelledby={`${id}-title`}>
      <div className="legend__header">
        <h2 id={`${id}-title`} className="legend__title">
          {props.title} {props.detail && <span className="legend__unit">{props.detail}</span>}
        </h2>
        <DisclosureButton
          disclosure={body}
          className="legend__toggle"
          label={t(body.isExpanded ? 'legend.hide' : 'legend.show')}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path
              d={body.isExpanded ? 'M4 10 L8 6 L12 10' : 'M4 6 L8 10 L12 6'}
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
            />
          </svg>
        </DisclosureButton>
      </div>
      <div id={body.panelId} hidden={!body.isExpanded}>
        {props.histogram && (
          <LegendHistogram
            values={props.histogram.values}
            breaks={props.histogram.breaks}
            colors={props.histogram.colors}
            label={t('explorer-tools.legend.histogram', { count: classCount })}
            highlightedClass={highlightedClass}
          />
        )}
        <LegendRows
          rows={rows}
          highlightedKey={highlightedKey}
          onHighlight={onHighlight && ((key) => onHighlight(key as LegendRowKey | null))}
        />
        {onHighlight && (
          <p className="legend__status" aria-live="polite" data-testid="legend-highlight-status">
            {highlightedKey === null
              ? ''
              : t('explorer-tools.legend.highlighted', { count: props.highlightedCount ?? 0 })}
          </p>
        )}
        {props.note && <p className="legend__note">{props.note}</p>}
        {props.children}
      </div>
    </section>
  )
}
