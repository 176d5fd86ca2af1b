import { type Dispatch, type SetStateAction, useCallback, useLayoutEffect, useState } from 'react'
import type { UrlRejection, UrlState } from '../lib/define-url-state.ts'

/** A screen's state in the link, how to change it, and what the link held that could not be read. */
export interface UrlStateController<S> {
  state: S
  update: Dispatch<SetStateAction<S>>
  /** What the link held that could not be read (shown as a notice; the defaults stand in). */
  rejected: UrlRejection[]
  /** Hides the notice. */
  dismissRejected: () => void
}

/**
 * A screen's state held in the address bar through `codec` (src/lib/define-url-state.ts): read once when
 * the screen opens (old links through the codec's migrations), written back (without a history entry) on
 * every change. Every screen's shareable state goes through here.
 */
export function useUrlState<S>(codec: UrlState<S>): UrlStateController<S> {
  const [initial] = useState(() => {
    const decoded = codec.decode(window.location.search)
    if (decoded.rejected.length > 0) {
      console.warn(
        'Ignored URL parameters:',
        decoded.rejected.map((rejection) => `${rejection.key}=${rejection.value}`),
      )
    }
    return decoded
  })
  const [state, setState] = useState(initial.state)
  const [rejected, setRejected] = useState(initial.rejected)
  // A layout effect: the address bar changes in the same task as the screen, so a link copied (or a
  // reload made) right after a change already holds it.
  useLayoutEffect(() => {
    const { pathname, search, hash } = window.location
    const next = codec.encode(state, search)
    if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`)
  }, [codec, state])
  return { state, update: setState, rejected, dismissRejected: useCallback(() => setRejected([]), []) }
}
