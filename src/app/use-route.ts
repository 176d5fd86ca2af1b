import { useCallback, useEffect, useState } from 'react'
import { config } from '../config.ts'
import { LANGUAGE_PARAM } from './language-sync.ts'
import { parseRoute, type Route, routePath } from './routes.ts'

/** Query parameters that belong to the whole app, not to one screen: they survive a change of screen. */
const APP_PARAMS = [LANGUAGE_PARAM, 'e2e'] as const

/** The query string to carry to another screen: only the app-wide parameters of the current one. */
export function carriedSearch(search: string): string {
  const current = new URLSearchParams(search)
  const next = new URLSearchParams()
  for (const key of APP_PARAMS) {
    const value = current.get(key)
    if (value !== null) next.set(key, value)
  }
  const text = next.toString()
  return text === '' ? '' : `?${text}`
}

/** The href of a route, carrying the app-wide parameters (language) of the current page. */
export function routeHref(route: Route, search: string = window.location.search): string {
  return `${routePath(route, config.basePath)}${carriedSearch(search)}`
}

const ROUTE_CHANGE = 'ppd:route-change'

/**
 * Goes to a screen with a new history entry. `search` replaces the query string (a screen's own
 * state, e.g. a copied view); by default only the app-wide parameters are carried over.
 */
export function navigate(route: Route, search?: string): void {
  const query = search ?? carriedSearch(window.location.search)
  window.history.pushState(null, '', `${routePath(route, config.basePath)}${query}`)
  window.dispatchEvent(new Event(ROUTE_CHANGE))
  window.scrollTo(0, 0)
}

/** The current route, updated on back/forward and on `navigate`. */
export function useRoute(): Route {
  const read = useCallback(() => parseRoute(window.location.pathname, config.basePath), [])
  const [route, setRoute] = useState(read)
  useEffect(() => {
    const update = (): void => setRoute(read())
    window.addEventListener('popstate', update)
    window.addEventListener(ROUTE_CHANGE, update)
    return () => {
      window.removeEventListener('popstate', update)
      window.removeEventListener(ROUTE_CHANGE, update)
    }
  }, [read])
  return route
}
