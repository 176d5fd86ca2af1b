import type { ReactElement, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** The states of a planner card's rows that say something: still loading, or failed with a message. */
export type LoadStatusState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready' }

/** A failure in a planner card, in the card's error style. */
export function PlannerAlert({ children }: { children: ReactNode }): ReactElement {
  return (
    <p role="alert" className="planner-error">
      {children}
    </p>
  )
}

/**
 * What a planner card says while its rows load (a status line, the i18n text `loading`) or when they
 * failed (an alert, the i18n text `error` with the failure's `message`); nothing once they are ready.
 */
export function LoadStatus({
  state,
  loading,
  error,
}: {
  state: LoadStatusState
  loading: string
  error: string
}): ReactElement | null {
  const { t } = useTranslation()
  if (state.status === 'loading') return <p role="status">{t(loading)}</p>
  if (state.status === 'error') return <PlannerAlert>{t(error, { message: state.message })}</PlannerAlert>
  return null
}
