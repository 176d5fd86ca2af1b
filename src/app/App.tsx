import { type ReactElement, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { RegionName } from '../data/region-name.ts'
import { AppHeader } from './app-header.tsx'
import { MapScreen } from './map-screen.tsx'
import { SnapshotStatus } from './snapshot-status.tsx'
import { useIndicatorData } from './use-indicator-data.ts'
import { useLanguage } from './use-language.ts'
import { useSnapshot } from './use-snapshot.ts'

/** Shown before the manifest names the region: the default region (ARCHITECTURE.md, property 4). */
const DEFAULT_REGION: RegionName = { kind: 'kabupaten', name: 'Kutai Timur' }

/** The app shell: header, then the map screen once the snapshot is loaded. */
export function App(): ReactElement {
  const { t } = useTranslation()
  const [language, setLanguage] = useLanguage()
  const state = useSnapshot()
  const indicatorState = useIndicatorData()
  const region = state.status === 'ready' ? state.snapshot.region : DEFAULT_REGION
  // A bare name is taken as a kabupaten, the kind of region this app is made for.
  const regionTitle = t(`app.region.${region.kind ?? 'kabupaten'}`, { name: region.name })

  useEffect(() => {
    document.title = `${t('app.name')} — ${regionTitle}`
  }, [t, regionTitle])

  return (
    <div className="app">
      <AppHeader regionTitle={regionTitle} language={language} onLanguageChange={setLanguage} />
      <main className="app-main">
        {state.status === 'ready' && indicatorState.status === 'settled' ? (
          <MapScreen
            snapshot={state.snapshot}
            indicatorData={indicatorState.data}
            regionTitle={regionTitle}
            language={language}
          />
        ) : (
          <SnapshotStatus state={state.status === 'ready' ? { status: 'loading' } : state} />
        )}
      </main>
    </div>
  )
}
