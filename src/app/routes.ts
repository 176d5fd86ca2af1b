/**
 * The screens of the app and their paths. A path is part of the public interface (people bookmark and
 * share them), so a screen's path never changes once published; add a new variant instead.
 *
 * Each screen adds one variant here, one case in `parseRoute`/`routePath`, and its navigation entry in
 * `NAV_ROUTES` when it belongs in the header.
 */
export type Route =
  /** The map explorer, the first screen (`/`). */
  | { name: 'explorer' }
  /** The profile of one village (`/desa/<kode>`); the code is checked by the screen, which says "not found". */
  | { name: 'desa'; kode: string }
  /** The under-served village finder: need × coverage map and priority ranking (`/prioritas`). */
  | { name: 'prioritas' }
  /** Dana Desa: allocation, need against money, the formula simulator (`/dana-desa`). */
  | { name: 'dana-desa' }
  /** The planner workspace (`/perencana`): row-level data and follow-ups, local mode or Supabase. */
  | { name: 'planner' }
  /** The import workbench of the planner workspace (`/perencana/impor`): bring a file, check, preview, commit, undo. */
  | { name: 'planner-import' }
  /** Social-assistance programs: coverage, targeting, overlaps (`/program`). */
  | { name: 'program' }
  /** A path that matches no screen: the app says so and links home. */
  | { name: 'not-found'; path: string }

/** Screen names of the routes. */
export type RouteName = Route['name']

/** Screens listed in the header's navigation, in order. */
export const NAV_ROUTES: readonly Route[] = [
  { name: 'explorer' },
  { name: 'prioritas' },
  { name: 'dana-desa' },
  { name: 'program' },
  { name: 'planner' },
]

function trimBase(pathname: string, base: string): string | null {
  const normalBase = base.endsWith('/') ? base : `${base}/`
  if (`${pathname}/` === normalBase) return ''
  if (!pathname.startsWith(normalBase)) return null
  return pathname.slice(normalBase.length).replace(/\/+$/, '')
}

/** The route of a pathname under the app's base path (`/` or e.g. `/peta/`). Never throws. */
export function parseRoute(pathname: string, base = '/'): Route {
  const rest = trimBase(pathname, base)
  if (rest === null) return { name: 'not-found', path: pathname }
  let segments: string[]
  try {
    segments = rest === '' ? [] : rest.split('/').map((segment) => decodeURIComponent(segment))
  } catch {
    return { name: 'not-found', path: pathname }
  }
  const [first] = segments
  if (first === undefined || (first === 'index.html' && segments.length === 1)) return { name: 'explorer' }
  if (first === 'desa' && segments.length === 2 && segments[1]) return { name: 'desa', kode: segments[1] }
  if (first === 'prioritas' && segments.length === 1) return { name: 'prioritas' }
  if (first === 'dana-desa' && segments.length === 1) return { name: 'dana-desa' }
  if (first === 'perencana' && segments.length === 1) return { name: 'planner' }
  if (first === 'perencana' && segments.length === 2 && segments[1] === 'impor')
    return { name: 'planner-import' }
  if (first === 'program' && segments.length === 1) return { name: 'program' }
  return { name: 'not-found', path: pathname }
}

/** The pathname of a route under the app's base path; `parseRoute(routePath(r)) ≡ r`. */
export function routePath(route: Route, base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`
  switch (route.name) {
    case 'explorer':
      return root
    case 'desa':
      return `${root}desa/${encodeURIComponent(route.kode)}`
    case 'prioritas':
      return `${root}prioritas`
    case 'dana-desa':
      return `${root}dana-desa`
    case 'planner':
      return `${root}perencana`
    case 'planner-import':
      return `${root}perencana/impor`
    case 'program':
      return `${root}program`
    case 'not-found':
      return route.path
  }
}
