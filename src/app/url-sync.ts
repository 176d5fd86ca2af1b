import { decodeUrlState, encodeUrlState, type UrlState } from '../state/url-state.ts'

/** Merges part of the shareable state into the address bar, without adding a history entry. */
export function replaceUrlState(change: Partial<UrlState>): void {
  const { search, pathname, hash } = window.location
  const next = encodeUrlState({ ...decodeUrlState(search).state, ...change }, search)
  if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`)
}

/** The shareable state in the address bar when the app started. */
export function readInitialUrlState(): UrlState {
  const { state, rejected } = decodeUrlState(window.location.search)
  if (rejected.length > 0) console.warn('Ignored URL parameters:', rejected.join(', '))
  return state
}
