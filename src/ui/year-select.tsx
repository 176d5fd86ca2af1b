import type { ReactElement } from 'react'

/** A labelled select of years (newest first). */
export function YearSelect({
  label,
  years,
  value,
  onChange,
  testId,
}: {
  label: string
  years: readonly number[]
  value: number
  onChange: (year: number) => void
  testId: string
}): ReactElement {
  return (
    <label className="planner-field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(Number(event.target.value))} data-testid={testId}>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  )
}
