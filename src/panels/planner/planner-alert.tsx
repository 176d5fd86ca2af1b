import type { ReactElement, ReactNode } from 'react'

/** A failure on the planner screen, announced to screen readers, in the cards' error style. */
export function PlannerAlert({ children }: { children: ReactNode }): ReactElement {
  return (
    <p role="alert" className="planner-error">
      {children}
    </p>
  )
}
