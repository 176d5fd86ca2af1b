import type { MouseEvent, ReactElement, ReactNode } from 'react'
import type { Route } from './routes.ts'
import { navigate, routeHref } from './use-route.ts'

/**
 * A link to another screen: a real `<a href>` (so it opens in a new tab, copies and works without
 * script), navigating in place on a plain left click.
 */
export function RouteLink({
  route,
  search,
  className,
  isCurrent = false,
  children,
}: {
  route: Route
  /** The target's own query string; by default only the language is carried. */
  search?: string
  className?: string
  isCurrent?: boolean
  children: ReactNode
}): ReactElement {
  const href = search === undefined ? routeHref(route) : `${routeHref(route, '')}${search}`
  const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    navigate(route, search)
  }
  return (
    <a href={href} className={className} aria-current={isCurrent ? 'page' : undefined} onClick={onClick}>
      {children}
    </a>
  )
}
