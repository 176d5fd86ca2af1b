import type { ReactElement, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A card of the planner workspace: a section named by its heading, the i18n text `<texts>.title`, with
 * the line `<texts>.intro` under it unless `hasIntro` is false, then the card's own content.
 */
export function PlannerCard({
  texts,
  hasIntro = true,
  testId,
  children,
}: {
  /** The i18n group of the card's texts, e.g. `planner.rules`. */
  texts: string
  hasIntro?: boolean
  testId?: string
  children: ReactNode
}): ReactElement {
  const { t } = useTranslation()
  const titleId = `${texts.replaceAll('.', '-')}-title`
  return (
    <section className="planner-card" aria-labelledby={titleId} data-testid={testId}>
      <h3 id={titleId} className="planner-subtitle">
        {t(`${texts}.title`)}
      </h3>
      {hasIntro && <p className="planner-banner__meta">{t(`${texts}.intro`)}</p>}
      {children}
    </section>
  )
}
