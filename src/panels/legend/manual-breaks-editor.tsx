import { type ReactElement, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_MANUAL_BREAKS, MIN_MANUAL_BREAKS } from '../../indicators/classify.ts'
import { type BreaksError, parseBreaks } from './parse-breaks.ts'
// The legend's look first: the editor's rules follow it in the cascade.
import './map-legend.css'
import './manual-breaks-editor.css'

/** Starting text of each break: the current thresholds, without thousands separators. */
function toTexts(thresholds: readonly number[], decimals: number): string[] {
  return thresholds.map((value) => String(Number(value.toFixed(Math.max(decimals, 2)))))
}

/**
 * Editing the class limits by hand: one field per limit, prefilled with the current ones, add and
 * remove, apply (as a manual classification in the URL) or go back to the automatic one. A wrong
 * entry is named by its position and nothing changes until it is fixed.
 */
export function ManualBreaksEditor({
  thresholds,
  decimals,
  isManual,
  onApply,
}: {
  /** The breaks shown now, to start from. */
  thresholds: readonly number[]
  decimals: number
  /** Whether the shown breaks are already manual (then "back to automatic" is offered). */
  isManual: boolean
  /** Manual breaks to use, or `null` for the indicator's own classification. */
  onApply: (breaks: number[] | null) => void
}): ReactElement {
  const { t } = useTranslation()
  const id = useId()
  const [texts, setTexts] = useState<string[] | null>(null)
  const [error, setError] = useState<BreaksError | null>(null)
  if (texts === null) {
    return (
      <div className="legend__breaks-actions">
        <button
          type="button"
          className="legend__link"
          data-testid="breaks-edit"
          onClick={() => {
            const start = toTexts(thresholds, decimals)
            setTexts(
              start.length >= MIN_MANUAL_BREAKS ? start : [...start, '', ''].slice(0, MIN_MANUAL_BREAKS),
            )
            setError(null)
          }}
        >
          {t('explorer-tools.breaks.edit')}
        </button>
        {isManual && (
          <button
            type="button"
            className="legend__link"
            data-testid="breaks-reset"
            onClick={() => onApply(null)}
          >
            {t('explorer-tools.breaks.reset')}
          </button>
        )}
      </div>
    )
  }
  const apply = (): void => {
    const parsed = parseBreaks(texts)
    if (!parsed.ok) {
      setError(parsed.error)
      return
    }
    onApply(parsed.breaks)
    setTexts(null)
  }
  const errorPosition = error && 'position' in error ? error.position : null
  return (
    <form
      className="legend__breaks"
      data-testid="breaks-editor"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault()
        apply()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setTexts(null)
      }}
    >
      <p id={`${id}-title`} className="legend__breaks-title">
        {t('explorer-tools.breaks.title')}
      </p>
      <ol className="legend__breaks-list">
        {texts.map((text, index) => {
          const position = index + 1
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the fields are positions, not items
            <li key={index}>
              <label>
                <span>{t('explorer-tools.breaks.label', { position })}</span>
                <input
                  type="text"
                  inputMode="decimal"
                  data-testid="breaks-input"
                  value={text}
                  aria-invalid={errorPosition === position}
                  aria-describedby={errorPosition === position ? `${id}-error` : undefined}
                  onChange={(event) =>
                    setTexts(texts.map((old, at) => (at === index ? event.target.value : old)))
                  }
                />
              </label>
              <button
                type="button"
                className="legend__breaks-remove"
                aria-label={t('explorer-tools.breaks.remove', { position })}
                title={t('explorer-tools.breaks.remove', { position })}
                disabled={texts.length <= MIN_MANUAL_BREAKS}
                onClick={() => setTexts(texts.filter((_, at) => at !== index))}
              >
                ×
              </button>
            </li>
          )
        })}
      </ol>
      {error && (
        <p id={`${id}-error`} className="legend__breaks-error" role="alert" data-testid="breaks-error">
          {t(`explorer-tools.breaks.errors.${error.reason}`, { ...error })}
        </p>
      )}
      <p className="legend__breaks-hint">{t('explorer-tools.breaks.hint')}</p>
      <div className="legend__breaks-actions">
        <button
          type="button"
          className="legend__link"
          disabled={texts.length >= MAX_MANUAL_BREAKS}
          onClick={() => setTexts([...texts, ''])}
        >
          {t('explorer-tools.breaks.add')}
        </button>
        <span className="legend__breaks-spacer" />
        <button type="button" className="legend__button" onClick={() => setTexts(null)}>
          {t('explorer-tools.breaks.cancel')}
        </button>
        <button type="submit" className="legend__button legend__button--primary" data-testid="breaks-apply">
          {t('explorer-tools.breaks.apply')}
        </button>
      </div>
    </form>
  )
}
