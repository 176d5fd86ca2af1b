import type { ReactElement } from 'react'

/**
 * A labelled select of years, the one every screen uses: `years` in the order given, `value` selected.
 * `className` is the screen's own label style; `testId` names the select for tests.
 */
export function YearSelect({
  label,
  years,
  value,
  onChange,
  testId,
  className,
}: {
  label: string
  years: readonly number[]
  value: number | null
  onChange: (year: number) => void
  testId?: string
  className?: string
}): ReactElement {
  return (
    <label className={className}>
      <span>{label}</span>{' '}
      <select
        value={value ?? ''}
        onChange={(event) => onChange(Number(event.target.value))}
        data-testid={testId}
      >
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  )
}
