import type { ComponentType } from 'react'
import type { ScreenProps } from './screen-props.ts'

/**
 * The screens of the app, each declared once in `SCREENS`: its path, whether the header lists it, how the
 * page is titled and how its component loads. `parseRoute`/`routePath` (here), `App.tsx` (loading and
 * titles) and `app-header.tsx` (navigation) all read this table, so a new screen is one entry (plus its
 * `route.<name>` label in both dictionaries when it is listed or titled by its label).
 *
 * A path is part of the public interface (people bookmark and share them), so a screen's path never
 * changes once published; add a new entry instead.
 */

/** The parameters of a path pattern: `desa/:kode` → `{ kode: string }`. */
export type PathParams<P extends string> = P extends `${infer Head}/${infer Tail}`
  ? SegmentParams<Head> & PathParams<Tail>
  : SegmentParams<P>

type SegmentParams<S extends string> = S extends `:${infer Name}` ? Record<Name, string> : unknown

/** How the page (tab, bookmark, history) is titled on a screen. */
export type DocumentTitle =
  /** The app and region: "Peta Prioritas Desa — Kabupaten Kutai Timur" (the first screen). */
  | 'app'
  /** The screen's label `route.<name>` first, then the app and region: "Prioritas — Peta Prioritas Desa — …". */
  | 'label'
  /** The screen titles the page itself (a village profile: the village's name first). */
  | 'screen'

/** One screen of the table, as the app reads it. */
export interface ScreenEntry<P extends string = string> {
  /**
   * The path under the app's base path: segments separated by `/`, `:name` a parameter (a non-empty
   * segment, passed to the screen as the prop `name`); `''` is the base path itself.
   */
  path: P
  /** Listed in the header's navigation (label `route.<name>`), in table order. A listed path has no parameter. */
  isInNav: boolean
  title: DocumentTitle
  /** Props the screen always gets on this path (the planner's two views share one component). */
  props: Readonly<Record<string, string>>
  /**
   * The screen's component, loaded on the first visit (`React.lazy` in `App.tsx`), so a public screen never
   * downloads another's code; `null` for the first screen, the map, which `App.tsx` bundles and renders itself
   * so it draws without waiting for a second chunk.
   */
  load: (() => Promise<ComponentType<ScreenProps & Readonly<Record<string, unknown>>>>) | null
}

/**
 * One entry, its component checked against what the app passes on its path (`ScreenProps`, the path's
 * parameters and `props`), then stored as the table's common shape.
 */
function declareScreen<
  const P extends string,
  const X extends Record<string, string> = Record<never, never>,
>(declaration: {
  path: P
  isInNav: keyof PathParams<P> extends never ? boolean : false
  title: DocumentTitle
  props?: X
  load: (() => Promise<ComponentType<ScreenProps & PathParams<P> & NoInfer<X>>>) | null
}): ScreenEntry<P> {
  const { load, props, ...rest } = declaration
  // The checks above are per entry; the app reads every entry alike, handing each the props of its route.
  const common = load as ScreenEntry['load']
  return { ...rest, props: props ?? {}, load: common }
}

/**
 * A screen the header lists, titled by its label, at a path without parameters: the public screens and
 * the planner's workspace.
 */
function navScreen<const P extends string, const X extends Record<string, string> = Record<never, never>>(
  path: P & (keyof PathParams<P> extends never ? unknown : never),
  load: () => Promise<ComponentType<ScreenProps & PathParams<P> & NoInfer<X>>>,
  props?: X,
): ScreenEntry<P> {
  // `path` has no parameter (its type says so at the call), so the header may list it.
  const isInNav = true as keyof PathParams<P> extends never ? boolean : false
  return declareScreen<P, X>({ path, isInNav, title: 'label', props, load })
}

/**
 * The planner's two paths share one loader, so `App.tsx` makes one component of it: going from the
 * workspace to the import workbench keeps the screen, and the local database it opened, in place.
 */
const loadPlannerScreen = () => import('./planner-screen.tsx').then((module) => module.PlannerScreen)

/** Every screen, the header's order. */
export const SCREENS = {
  /** The map explorer, the first screen (`/`). */
  explorer: declareScreen({ path: '', isInNav: true, title: 'app', load: null }),
  /** The profile of one village (`/desa/<kode>`); the code is checked by the screen, which says "not found". */
  desa: declareScreen({
    path: 'desa/:kode',
    isInNav: false,
    title: 'screen',
    load: () => import('./profile-screen.tsx').then((module) => module.ProfileScreen),
  }),
  /** The under-served village finder: need × coverage map and priority ranking (`/prioritas`). */
  prioritas: navScreen('prioritas', () =>
    import('./prioritas-screen.tsx').then((module) => module.PrioritasRoute),
  ),
  /** Dana Desa: allocation, need against money, the formula simulator (`/dana-desa`). */
  'dana-desa': navScreen('dana-desa', () =>
    import('./dana-desa-screen.tsx').then((module) => module.DanaDesaScreen),
  ),
  /** Social-assistance programs: coverage, targeting, overlaps (`/program`). */
  program: navScreen('program', () => import('./program-screen.tsx').then((module) => module.ProgramScreen)),
  /** The planner workspace (`/perencana`): row-level data and follow-ups, local mode or Supabase. */
  planner: navScreen('perencana', loadPlannerScreen, { view: 'workspace' }),
  /** The import workbench of the planner workspace (`/perencana/impor`): bring a file, check, preview, commit, undo. */
  'planner-import': declareScreen({
    path: 'perencana/impor',
    isInNav: false,
    title: 'label',
    props: { view: 'import' },
    load: loadPlannerScreen,
  }),
}

type Screens = typeof SCREENS

/** Screen names of the table. */
export type ScreenName = keyof Screens

/** The route of a screen: its name and its path's parameters. */
type ScreenRoute<N extends ScreenName> = { name: N } & PathParams<Screens[N]['path']>

/** Where the app is: a screen of the table, or a path that matches none (the app says so and links home). */
export type Route = { [N in ScreenName]: ScreenRoute<N> }[ScreenName] | { name: 'not-found'; path: string }

/** Screen names of the routes. */
export type RouteName = Route['name']

const SCREEN_NAMES = Object.keys(SCREENS) as ScreenName[]

/** Screens listed in the header's navigation, in order. */
export const NAV_ROUTES: readonly Route[] = SCREEN_NAMES.filter((name) => SCREENS[name].isInNav).map(
  // `isInNav` is only allowed on a path without parameters, so the name alone is the route.
  (name) => ({ name }) as Route,
)

function trimBase(pathname: string, base: string): string | null {
  const normalBase = base.endsWith('/') ? base : `${base}/`
  if (`${pathname}/` === normalBase) return ''
  if (!pathname.startsWith(normalBase)) return null
  return pathname.slice(normalBase.length).replace(/\/+$/, '')
}

function splitPattern(pattern: string): string[] {
  return pattern === '' ? [] : pattern.split('/')
}

/** The parameters of `segments` on `pattern`, or `null` when they do not match it. */
function matchPattern(pattern: string, segments: readonly string[]): Record<string, string> | null {
  const parts = splitPattern(pattern)
  if (parts.length !== segments.length) return null
  const params: Record<string, string> = {}
  for (const [index, part] of parts.entries()) {
    const segment = segments[index] ?? ''
    if (part.startsWith(':') && segment !== '') params[part.slice(1)] = segment
    else if (part !== segment) return null
  }
  return params
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
  // A static host may serve the first screen as `index.html`.
  if (segments.length === 1 && segments[0] === 'index.html') segments = []
  for (const name of SCREEN_NAMES) {
    const params = matchPattern(SCREENS[name].path, segments)
    // The pattern matched, so the parameters are exactly those of the screen's route.
    if (params !== null) return { ...params, name } as Route
  }
  return { name: 'not-found', path: pathname }
}

/** The parameters of a route (its props beyond the name). */
export function getRouteParams(route: Route): Readonly<Record<string, string>> {
  const { name: _name, ...params } = route
  return params
}

/** The pathname of a route under the app's base path; `parseRoute(routePath(r)) ≡ r`. */
export function routePath(route: Route, base = '/'): string {
  if (route.name === 'not-found') return route.path
  const root = base.endsWith('/') ? base : `${base}/`
  const params = getRouteParams(route)
  const parts = splitPattern(SCREENS[route.name].path).map((part) =>
    part.startsWith(':') ? encodeURIComponent(params[part.slice(1)] ?? '') : part,
  )
  return `${root}${parts.join('/')}`
}

/**
 * The document title on a route, or `null` when the screen sets it itself. `appTitle` is the app and
 * region ("Peta Prioritas Desa — Kabupaten Kutai Timur"); a path that names no screen gets it too.
 */
export function getDocumentTitle(
  route: Route,
  appTitle: string,
  translate: (key: string) => string,
): string | null {
  if (route.name === 'not-found') return appTitle
  switch (SCREENS[route.name].title) {
    case 'app':
      return appTitle
    case 'label':
      return `${translate(`route.${route.name}`)} — ${appTitle}`
    case 'screen':
      return null
  }
}
