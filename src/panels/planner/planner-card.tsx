import type { ReactElement, ReactNode } from 'react'

/**
 * A card of the planner workspace: a section named by its heading (`titleId`), an optional intro line
 * under the heading, then the card's own content.
 */
export function PlannerCard({
  titleId,
  title,
  intro,
  testId,
  children,
}: {
  titleId: string
  title: string
  intro?: string
  testId?: string
  children: ReactNode
}): ReactElement {
  return (
    <section className="planner-card" aria-labelledby={titleId} data-testid={testId}>
      <h3 id={titleId} className="planner-subtitle">
        {title}
      </h3>
      {intro !== undefined && <p className="planner-banner__meta">{intro}</p>}
      {children}
    </section>
  )
}
