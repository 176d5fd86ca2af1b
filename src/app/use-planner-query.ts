import { type Dispatch, type SetStateAction, useCallback, useEffect, useState } from 'react'
import { PlannerDataError } from '../data/planner/planner-request.ts'

/** The message of a failed request; an expired session also goes to `onSessionExpired`. */
export function failureMessage(error: unknown, onSessionExpired: () => void): string {
  if (error instanceof PlannerDataError && error.reason === 'session-expired') onSessionExpired()
  return error instanceof Error ? error.message : String(error)
}

/** What a planner card has of its rows: loading, ready with what `load` returned, or failed. */
export type PlannerQueryState<T extends object> =
  | { status: 'loading' }
  | ({ status: 'ready' } & T)
  | { status: 'error'; message: string }

/**
 * The load → act → reload cycle of a planner card. Runs `load` (null: nothing to load yet) whenever one
 * of `reloadKeys` changes or `reload()` is called, dropping the answer of a load that was overtaken;
 * with `keepReady` the rows stay on screen while they reload. `act(write)` runs a write and turns its
 * failure into an Error with the request's message (an expired session also goes to `onSessionExpired`).
 */
export function usePlannerQuery<T extends object>(
  load: (() => Promise<T>) | null,
  reloadKeys: readonly unknown[],
  onSessionExpired: () => void,
  { keepReady }: { keepReady: boolean },
): {
  state: PlannerQueryState<T>
  setState: Dispatch<SetStateAction<PlannerQueryState<T>>>
  reload: () => void
  act: <R>(write: () => Promise<R>) => Promise<R>
} {
  const [state, setState] = useState<PlannerQueryState<T>>({ status: 'loading' })
  const [version, setVersion] = useState(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: `reloadKeys` are what `load` reads; `version` is the reload trigger.
  useEffect(() => {
    if (load === null) return
    let isCurrent = true
    setState((previous) => (keepReady && previous.status === 'ready' ? previous : { status: 'loading' }))
    load().then(
      (data) => isCurrent && setState({ status: 'ready', ...data }),
      (error: unknown) =>
        isCurrent && setState({ status: 'error', message: failureMessage(error, onSessionExpired) }),
    )
    return () => {
      isCurrent = false
    }
  }, [...reloadKeys, version, keepReady, onSessionExpired])

  const reload = useCallback(() => setVersion((value) => value + 1), [])
  const act = useCallback(
    async <R>(write: () => Promise<R>): Promise<R> => {
      try {
        return await write()
      } catch (error) {
        throw new Error(failureMessage(error, onSessionExpired))
      }
    },
    [onSessionExpired],
  )
  return { state, setState, reload, act }
}
