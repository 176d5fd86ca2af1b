import type { ReactElement, ReactNode } from 'react'

/** One term and its value in a {@link FactList}. */
export interface Fact {
  term: string
  value: ReactNode
  /** Tells facts of the same term apart; the term by default. */
  key?: string
  /** The value's class, e.g. a monospaced code. */
  valueClassName?: string
  testId?: string
}

/**
 * A definition list of short facts (a village's code, kind, kecamatan, area; an indicator's unit and
 * source), each term with its value in a `div` so the screen's grid can lay them out in pairs.
 */
export function FactList({ className, facts }: { className: string; facts: readonly Fact[] }): ReactElement {
  return (
    <dl className={className}>
      {facts.map((fact) => (
        <div key={fact.key ?? fact.term}>
          <dt>{fact.term}</dt>
          <dd className={fact.valueClassName} data-testid={fact.testId}>
            {fact.value}
          </dd>
        </div>
      ))}
    </dl>
  )
}
