import type { ReactElement, ReactNode } from 'react'

/** One choice of a {@link LabeledSelect}; `null` is the "all" or "none" choice. */
export interface SelectOption<T extends string | number | null> {
  value: T
  label: string
}

/**
 * A labelled select of typed options: the filters, pickers and lists choose with it. `onChange` gets
 * the chosen option's own value (not the DOM string), so a caller never parses or casts it. `noneLabel`
 * names the `null` choice ("all kecamatan", "no comparison"), listed first; it stands as the empty
 * string in the DOM.
 */
export function LabeledSelect<T extends string | number | null>({
  label,
  options: given,
  noneLabel,
  value,
  onChange,
  testId,
  className,
  labelClassName,
  children,
}: {
  label: string
  options: readonly SelectOption<T>[]
  /** The name of the `null` choice put first, for a select whose value may be `null`. */
  noneLabel?: null extends T ? string : never
  value: T
  onChange: (value: T) => void
  testId?: string
  /** The label's class (the screen's own field style). */
  className?: string
  /** The class of the text naming the select. */
  labelClassName?: string
  /** Shown after the select inside the label, e.g. a help line. */
  children?: ReactNode
}): ReactElement {
  const options: readonly SelectOption<T>[] =
    noneLabel === undefined ? given : [{ value: null as T, label: noneLabel }, ...given]
  return (
    <label className={className}>
      <span className={labelClassName}>{label}</span>
      <select
        data-testid={testId}
        value={value ?? ''}
        onChange={(event) => {
          const chosen = options.find((option) => String(option.value ?? '') === event.target.value)
          if (chosen) onChange(chosen.value)
        }}
      >
        {options.map((option) => (
          <option key={option.value ?? ''} value={option.value ?? ''}>
            {option.label}
          </option>
        ))}
      </select>
      {children}
    </label>
  )
}
