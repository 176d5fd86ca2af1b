import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { YearSelect } from '../../ui/year-select.tsx'
import type { ReviewContext } from './review-context.ts'

/**
 * The year field of a review card: the review's years (newest first), labelled by the card's
 * `<texts>.year`, in the planner's field style.
 */
export function ReviewYearSelect({
  context,
  texts,
  value,
  onChange,
  testId,
}: {
  context: ReviewContext
  /** The i18n group of the card, e.g. `planner.rules`. */
  texts: string
  value: number
  onChange: (tahun: number) => void
  testId: string
}): ReactElement {
  const { t } = useTranslation()
  return (
    <YearSelect
      className="planner-field"
      label={t(`${texts}.year`)}
      years={context.years}
      value={value}
      onChange={onChange}
      testId={testId}
    />
  )
}
