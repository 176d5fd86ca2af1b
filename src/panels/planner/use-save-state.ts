import { useCallback, useState } from 'react'

/** Where a planner form's save stands: not started, running, done, or failed with the request's message. */
export type SaveState = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }

/**
 * The state of a form that saves through one async action: `save(action)` marks it saving, runs the
 * action and ends in `done` (`saved` to say so, `idle` where the saved value itself shows it), or in
 * `error` with the action's message.
 */
export function useSaveState(done: 'saved' | 'idle' = 'saved'): {
  state: SaveState
  save: (action: () => Promise<void>) => Promise<void>
} {
  const [state, setState] = useState<SaveState>({ kind: 'idle' })
  const save = useCallback(
    async (action: () => Promise<void>) => {
      setState({ kind: 'saving' })
      try {
        await action()
        setState({ kind: done })
      } catch (error) {
        setState({ kind: 'error', message: (error as Error).message })
      }
    },
    [done],
  )
  return { state, save }
}
