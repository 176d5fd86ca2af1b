import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { PlannerAlert } from './planner-alert.tsx'

/** The states of a planner card's rows that say something: still loading, or failed with a message. */
export type LoadStatusState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready' }

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
