import type { ReactElement } from 'react'

/** The states of a planner card's rows that say something: still loading, or failed with a message. */
export type LoadStatusState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready' }

/**
 * What a planner card says while its rows load (a status line) or when they failed (an alert in the
 * card's error style); nothing once they are ready. `error` words the failure with its message.
 */
export function LoadStatus({
  state,
  loading,
  error,
}: {
  state: LoadStatusState
  loading: string
  error: (message: string) => string
}): ReactElement | null {
  if (state.status === 'loading') return <p role="status">{loading}</p>
  if (state.status === 'error') {
    return (
      <p role="alert" className="planner-error">
        {error(state.message)}
      </p>
    )
  }
  return null
}
