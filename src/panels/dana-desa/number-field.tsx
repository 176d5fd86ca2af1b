import { type ReactElement, useEffect, useId, useState } from 'react'

/**
 * A number input that commits on blur or Enter, not on every keystroke: typing "60" must not first apply
 * 6 (a share group rebalances on each commit). Escape restores the committed value. The draft shows the
 * value the parent holds after a commit (it may clamp or rebalance).
 */
export function NumberField({
  label,
  value,
  onCommit,
  step = 1,
  min = 0,
  max,
  suffix,
  testId,
}: {
  label: string
  value: number
  onCommit: (value: number) => void
  step?: number
  min?: number
  max?: number
  /** Unit shown after the field, e.g. `%` or `Rp`. */
  suffix?: string
  testId?: string
}): ReactElement {
  const id = useId()
  const [draft, setDraft] = useState(String(value))
  useEffect(() => setDraft(String(value)), [value])
  const commit = (): void => {
    const parsed = Number(draft.replace(',', '.'))
    if (draft.trim() === '' || !Number.isFinite(parsed)) setDraft(String(value))
    else if (parsed !== value) onCommit(parsed)
  }
  return (
    <div className="dd-field">
      <label htmlFor={id} className="dd-field__label">
        {label}
      </label>
      <span className="dd-field__control">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          className={`dd-field__input${suffix === 'Rp' ? ' dd-field__input--rupiah' : ''}`}
          value={draft}
          step={step}
          min={min}
          max={max}
          data-testid={testId}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit()
            if (event.key === 'Escape') setDraft(String(value))
          }}
        />
        {suffix && <span className="dd-field__suffix">{suffix}</span>}
      </span>
    </div>
  )
}
