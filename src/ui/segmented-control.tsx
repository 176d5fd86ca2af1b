import type { ReactElement } from 'react'

/** One choice of a segmented control. */
export interface Segment<T extends string> {
  value: T
  label: string
  testId?: string
  /** A longer name, as tooltip and accessible name (the language switch's "Bahasa Indonesia"). */
  title?: string
  /** The language the label is written in, when it differs from the page's. */
  lang?: string
}

/**
 * A row of toggle buttons of which exactly one is pressed (`aria-pressed`), in a fieldset named by
 * `label`: a visible (or visually hidden) legend when `labelClassName` is given, else `aria-label`.
 * The one control behind the level, Map | Table, compare-mode and language switches; class names stay
 * the caller's, so each keeps its look.
 */
export function SegmentedControl<T extends string>({
  label,
  labelClassName,
  segments,
  value,
  onChange,
  className,
  buttonClassName,
  testId,
}: {
  label: string
  labelClassName?: string
  segments: readonly Segment<T>[]
  value: T
  onChange: (value: T) => void
  className?: string
  buttonClassName?: string
  testId?: string
}): ReactElement {
  return (
    <fieldset className={className} data-testid={testId} aria-label={labelClassName ? undefined : label}>
      {labelClassName && <legend className={labelClassName}>{label}</legend>}
      {segments.map((segment) => (
        <button
          key={segment.value}
          type="button"
          lang={segment.lang}
          className={buttonClassName}
          data-testid={segment.testId}
          aria-pressed={segment.value === value}
          title={segment.title}
          aria-label={segment.title}
          onClick={() => onChange(segment.value)}
        >
          {segment.label}
        </button>
      ))}
    </fieldset>
  )
}
