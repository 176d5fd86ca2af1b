import { type Dispatch, type SetStateAction, useLayoutEffect, useState } from 'react'
import type { UrlRejection, UrlState } from '../lib/define-url-state.ts'

/**
 * A screen's state held in the address bar through `codec` (src/lib/define-url-state.ts): read once when
 * the screen opens, written back (without a history entry) on every change.
 */
export function useUrlState<S>(codec: UrlState<S>): {
  state: S
  update: Dispatch<SetStateAction<S>>
  /** What the link held that could not be read (shown as a notice; the defaults stand in). */
  rejected: UrlRejection[]
} {
  const [initial] = useState(() => codec.decode(window.location.search))
  const [state, setState] = useState(initial.state)
  // A layout effect: the address bar changes in the same task as the screen, so a link copied (or a
  // reload made) right after a change already holds it.
  useLayoutEffect(() => {
    const { pathname, search, hash } = window.location
    const next = codec.encode(state, search)
    if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`)
  }, [codec, state])
  return { state, update: setState, rejected: initial.rejected }
}
