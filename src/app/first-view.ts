import { config } from '../config.ts'
import { fetchSnapshot, type Snapshot } from '../data/snapshot.ts'
import { isIndicatorId } from '../data/snapshot-files.ts'
import { DEFAULT_PUBLISHED_INDICATOR_ID } from '../indicators/default-indicator.ts'
import { migrateSearch } from '../lib/define-url-state.ts'
import { prewarmMap } from '../map/map-view.tsx'
import { URL_MIGRATIONS } from '../state/url-migrations.ts'
import { type IndicatorLoader, startIndicatorLoader } from './indicator-loader.ts'
import { parseRoute } from './routes.ts'

/** The data requests of the first screen, started before React mounts. */
export interface FirstView {
  snapshot: Promise<Snapshot>
  indicators: IndicatorLoader
}

/**
 * Starts every fetch the first screen needs at once, from the address alone: the snapshot (manifest,
 * boundaries) and, on the map, the definitions and the values of the indicator the link names (`i`
 * after the URL migrations, as `url-state.ts` reads it) or of the default, and MapLibre's worker.
 * index.html preloads the same files, so these requests pick up responses already on their way.
 */
export function startFirstView(location: Pick<Location, 'pathname' | 'search'>): FirstView {
  const isMap = parseRoute(location.pathname, config.basePath).name === 'explorer'
  const linked = migrateSearch(location.search, URL_MIGRATIONS).get('i')
  if (isMap) prewarmMap()
  const snapshot = fetchSnapshot(config.dataBaseUrl)
  // Rejections are reported by the screens (useSnapshot); this keeps an early one from being "unhandled".
  snapshot.catch(() => undefined)
  return {
    snapshot,
    indicators: startIndicatorLoader({
      baseUrl: config.dataBaseUrl,
      isMap,
      indicatorId: linked !== null && isIndicatorId(linked) ? linked : DEFAULT_PUBLISHED_INDICATOR_ID,
    }),
  }
}
