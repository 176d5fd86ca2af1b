import { lazy, type ReactElement, Suspense, useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RegionName } from '../data/region-name.ts'
import { AppHeader } from './app-header.tsx'
import { DataBuildNote } from './data-build-note.tsx'
import type { FirstView } from './first-view.ts'
import { MapScreen } from './map-screen.tsx'
import { NotFoundScreen } from './not-found-screen.tsx'
import { getDocumentTitle, getRouteParams, type Route, SCREENS } from './routes.ts'
import { SnapshotStatus } from './snapshot-status.tsx'
import type { IndicatorDataState } from './use-indicator-data.ts'
import { hasEveryValue, useIndicatorData } from './use-indicator-data.ts'
import { useRoute } from './use-route.ts'
import { type SnapshotState, useSnapshot } from './use-snapshot.ts'

/**
 * The components of the screens that load on their first visit, one per loader of the screen table (paths
 * that share a loader share the component), made once so a screen keeps its identity between renders.
 */
const LAZY_SCREENS = new Map(
  [...new Set(Object.values(SCREENS).map((screen) => screen.load))].flatMap((load) =>
    load === null ? [] : [[load, lazy(() => load().then((component) => ({ default: component })))] as const],
  ),
)

/** Shown before the manifest names the region: the region the data build makes by default (64.08). */
const DEFAULT_REGION: RegionName = { kind: 'kabupaten', name: 'Kutai Timur' }

/** What every screen is given: the published snapshot and indicators, once both are loaded. */
interface ScreenContext {
  route: Route
  snapshotState: SnapshotState
  indicatorState: IndicatorDataState
  regionTitle: string
  /** The map's first frame is drawn: the remaining indicator values may load now. */
  onMapDrawn: () => void
  requestIndicator: (id: string) => void
}

/** The screen of a route. Screens that read the snapshot wait for it here. */
function renderScreen({
  route,
  snapshotState,
  indicatorState,
  regionTitle,
  onMapDrawn,
  requestIndicator,
}: ScreenContext): ReactElement {
  if (route.name === 'not-found') return <NotFoundScreen path={route.path} />
  const isExplorer = route.name === 'explorer'
  if (
    snapshotState.status !== 'ready' ||
    indicatorState.status !== 'settled' ||
    // Screens other than the map read every indicator: they wait until all values are loaded.
    (!isExplorer && !hasEveryValue(indicatorState))
  ) {
    return <SnapshotStatus state={snapshotState.status === 'ready' ? { status: 'loading' } : snapshotState} />
  }
  if (route.name === 'explorer') {
    return (
      <MapScreen
        snapshot={snapshotState.snapshot}
        indicatorData={indicatorState.data}
        regionTitle={regionTitle}
        onMapDrawn={onMapDrawn}
        requestIndicator={requestIndicator}
      />
    )
  }
  const { load } = SCREENS[route.name]
  const Screen = load === null ? undefined : LAZY_SCREENS.get(load)
  if (Screen === undefined) throw new Error(`The screen table has no component for ${route.name}`)
  const params = getRouteParams(route)
  return (
    <Screen
      // Other parameters (another village) make a new screen, with its own state.
      key={Object.values(params).join('/')}
      snapshot={snapshotState.snapshot}
      indicatorData={indicatorState.data}
      regionTitle={regionTitle}
      {...params}
      {...SCREENS[route.name].props}
    />
  )
}

/**
 * The app shell: header, then the screen of the current route once the snapshot is loaded. The data
 * requests started before React mounted (`firstView`, see `first-view.ts`).
 */
export function App({ firstView }: { firstView: FirstView }): ReactElement {
  const { t } = useTranslation()
  const route = useRoute()
  const snapshotState = useSnapshot(firstView.snapshot)
  // The rest of the indicators loads after the first map is drawn, or at once on another screen.
  const [isMapDrawn, setIsMapDrawn] = useState(false)
  const onMapDrawn = useCallback(() => setIsMapDrawn(true), [])
  const isFirstScreenDrawn = route.name !== 'explorer' || isMapDrawn
  const indicators = useIndicatorData(firstView.indicators, isFirstScreenDrawn)
  // The interface fonts too (ui-fonts.ts): text shows in the system sans until then.
  useEffect(() => {
    if (isFirstScreenDrawn) void import('./ui-fonts.ts')
  }, [isFirstScreenDrawn])
  const indicatorState = indicators.state
  const region = snapshotState.status === 'ready' ? snapshotState.snapshot.region : DEFAULT_REGION
  // A bare name is taken as a kabupaten, the kind of region this app is made for.
  const regionTitle = t(`app.region.${region.kind ?? 'kabupaten'}`, { name: region.name })

  // As the screen table says; a village profile titles the page itself (its name first).
  const documentTitle = getDocumentTitle(route, `${t('app.name')} — ${regionTitle}`, t)
  useEffect(() => {
    if (documentTitle !== null) document.title = documentTitle
  }, [documentTitle])

  return (
    <div className="app">
      <AppHeader regionTitle={regionTitle} route={route} />
      <main className="app-main">
        <DataBuildNote />
        {/* Screens other than the map load on their first visit (React.lazy). */}
        <Suspense fallback={<SnapshotStatus state={{ status: 'loading' }} />}>
          {renderScreen({
            route,
            snapshotState,
            indicatorState,
            regionTitle,
            onMapDrawn,
            requestIndicator: indicators.requestIndicator,
          })}
        </Suspense>
      </main>
    </div>
  )
}
