import { type ReactElement, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { RegionName } from '../data/region-name.ts'
import type { Language } from '../lib/language.ts'
import { AppHeader } from './app-header.tsx'
import { MapScreen } from './map-screen.tsx'
import { NotFoundScreen } from './not-found-screen.tsx'
import { ProgramScreen } from './program-screen.tsx'
import type { Route } from './routes.ts'
import { SnapshotStatus } from './snapshot-status.tsx'
import type { IndicatorDataState } from './use-indicator-data.ts'
import { useIndicatorData } from './use-indicator-data.ts'
import { useLanguage } from './use-language.ts'
import { useRoute } from './use-route.ts'
import { type SnapshotState, useSnapshot } from './use-snapshot.ts'

/** Shown before the manifest names the region: the default region (ARCHITECTURE.md, property 4). */
const DEFAULT_REGION: RegionName = { kind: 'kabupaten', name: 'Kutai Timur' }

/** What every screen is given: the published snapshot and indicators, once both are loaded. */
interface ScreenContext {
  route: Route
  snapshotState: SnapshotState
  indicatorState: IndicatorDataState
  regionTitle: string
  language: Language
}

/** The screen of a route. Screens that read the snapshot wait for it here. */
function renderScreen({
  route,
  snapshotState,
  indicatorState,
  regionTitle,
  language,
}: ScreenContext): ReactElement {
  if (route.name === 'not-found') return <NotFoundScreen path={route.path} />
  if (snapshotState.status !== 'ready' || indicatorState.status !== 'settled') {
    return <SnapshotStatus state={snapshotState.status === 'ready' ? { status: 'loading' } : snapshotState} />
  }
  switch (route.name) {
    case 'explorer':
      return (
        <MapScreen
          snapshot={snapshotState.snapshot}
          indicatorData={indicatorState.data}
          regionTitle={regionTitle}
          language={language}
        />
      )
    case 'program':
      return (
        <ProgramScreen
          snapshot={snapshotState.snapshot}
          indicatorData={indicatorState.data}
          regionTitle={regionTitle}
          language={language}
        />
      )
  }
}

/** The app shell: header, then the screen of the current route once the snapshot is loaded. */
export function App(): ReactElement {
  const { t } = useTranslation()
  const [language, setLanguage] = useLanguage()
  const route = useRoute()
  const snapshotState = useSnapshot()
  const indicatorState = useIndicatorData()
  const region = snapshotState.status === 'ready' ? snapshotState.snapshot.region : DEFAULT_REGION
  // A bare name is taken as a kabupaten, the kind of region this app is made for.
  const regionTitle = t(`app.region.${region.kind ?? 'kabupaten'}`, { name: region.name })

  useEffect(() => {
    document.title = `${t('app.name')} — ${regionTitle}`
  }, [t, regionTitle])

  return (
    <div className="app">
      <AppHeader regionTitle={regionTitle} route={route} language={language} onLanguageChange={setLanguage} />
      <main className="app-main">
        {renderScreen({ route, snapshotState, indicatorState, regionTitle, language })}
      </main>
    </div>
  )
}
