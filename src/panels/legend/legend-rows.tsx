import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'

/** One worded legend row: a swatch, a label and, optionally, how many areas it holds. */
export interface LegendRow {
  key: string
  color: string
  label: string
  /** Worded count ("12 desa"), or `null` for none. */
  count: string | null
  /** A status row (withheld, no data…): set apart from the classes. */
  isStatus: boolean
  /** Nothing to highlight (no area in it). */
  isEmpty?: boolean
  /** An extra class for the swatch (the bivariate legend's outline swatches). */
  swatchClassName?: string
  /** An extra class for the row (the bivariate legend's priority corner). */
  className?: string
}

/**
 * The rows every map legend shares: swatch, label, count. With `onHighlight` each row is a toggle
 * button that highlights its areas on the map (Escape clears).
 */
export function LegendRows({
  rows,
  className,
  highlightedKey = null,
  onHighlight,
}: {
  rows: readonly LegendRow[]
  className?: string
  highlightedKey?: string | null
  onHighlight?: (key: string | null) => void
}): ReactElement {
  const { t } = useTranslation()
  return (
    <ul
      className={`legend__rows${className ? ` ${className}` : ''}`}
      aria-label={onHighlight ? t('explorer-tools.legend.rowsLabel') : undefined}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && highlightedKey !== null) onHighlight?.(null)
      }}
    >
      {rows.map((row) => {
        const content = (
          <>
            <span
              className={`legend__swatch${row.swatchClassName ? ` ${row.swatchClassName}` : ''}`}
              style={{ background: row.color }}
              aria-hidden="true"
            />
            <span className="legend__label">{row.label}</span>
            {row.count !== null && <span className="legend__count">{row.count}</span>}
          </>
        )
        const rowClass = ['legend__row', row.isStatus ? 'legend__row--no-data' : '', row.className ?? '']
          .filter(Boolean)
          .join(' ')
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
                disabled={row.isEmpty === true}
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
  )
}
