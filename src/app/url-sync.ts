import {
  type DecodedViewState,
  decodeViewState,
  encodeViewState,
  type ViewStateContext,
} from '../state/url-state.ts'
import type { ViewState } from '../state/view-state.ts'

/** Puts a query string in the address bar, without adding a history entry. */
function replaceSearch(next: string): void {
  const { search, pathname, hash } = window.location
  if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`)
}

/**
 * Writes the shareable view into the address bar, only where it differs from `defaults`; other
 * parameters (e.g. `e2e`) are kept.
 */
export function replaceViewState(state: ViewState, defaults: ViewState): void {
  replaceSearch(encodeViewState(state, defaults, window.location.search))
}

/** The shareable view in the address bar; links of the first release (`lang`, `desa`) read unchanged. */
export function readViewState(context: ViewStateContext): DecodedViewState {
  const decoded = decodeViewState(window.location.search, context)
  if (decoded.notices.length > 0) {
    console.warn(
      'Ignored URL parameters:',
      decoded.notices.map((notice) => `${notice.key}=${notice.value}`),
    )
  }
  return decoded
}
