import { fetchIndicatorData, fetchIndicatorsFile, fetchIndicatorView } from '../data/indicator-files.ts'
import {
  assembleIndicatorViews,
  hasIndicatorYears,
  type IndicatorData,
  type IndicatorRow,
} from '../data/indicators.ts'
import { getDefaultIndicatorId } from '../indicators/catalogue.ts'

/**
 * How the published indicators reach the app. The map's first view needs the definitions and one
 * indicator's values (a few kilobytes: `indicators-<id>.csv`), not every figure of every year
 * (`indicators.csv`, ~3.5 MB); the rest is fetched once the first map is drawn. Other screens need
 * every indicator and load everything at once.
 */
export interface IndicatorLoader {
  /**
   * What the first screen shows: on the map, the definitions with the linked (or default) indicator's
   * values; elsewhere, or for a snapshot without per-view files, every value. `null`: no indicators
   * are published (the map then shows area only).
   */
  readonly first: Promise<IndicatorData | null>
  /** One indicator's per-view rows, fetched once; `null` when the snapshot has no such file. */
  view(id: string): Promise<IndicatorRow[] | null>
  /** Every value, fetched once. */
  all(): Promise<IndicatorData | null>
}

/** Where and what the loader fetches. */
export interface IndicatorLoaderOptions {
  /** Base URL of the snapshot, ending with `/` (config.dataBaseUrl). */
  baseUrl: string
  /** Whether the first screen is the map (it needs one indicator), else every value loads at once. */
  isMap: boolean
  /** The indicator the link asks for (`i`), or the default; checked against the definitions. */
  indicatorId: string
  fetchFn?: typeof fetch
}

/** Starts fetching at once (call it before React mounts, so no request waits for a render). */
export function startIndicatorLoader(options: IndicatorLoaderOptions): IndicatorLoader {
  const { baseUrl, fetchFn = fetch } = options
  // On the map the definitions leave first, and every value reuses them; elsewhere both leave together.
  const definitions = options.isMap ? fetchIndicatorsFile(baseUrl, fetchFn) : undefined
  let allLoading: Promise<IndicatorData | null> | undefined
  const all = (): Promise<IndicatorData | null> => {
    allLoading ??= fetchIndicatorData(baseUrl, fetchFn, definitions)
    return allLoading
  }
  const views = new Map<string, Promise<IndicatorRow[] | null>>()
  const view = (id: string): Promise<IndicatorRow[] | null> => {
    const cached = views.get(id)
    if (cached) return cached
    const loading = fetchIndicatorView(baseUrl, id, fetchFn)
    // A failed fetch may be retried by the next request for it.
    loading.catch(() => views.delete(id))
    views.set(id, loading)
    return loading
  }
  if (!definitions) return { first: all(), view, all }

  // The view leaves with the definitions; index.html has preloaded both (scripts/build/preload-first-view.ts).
  view(options.indicatorId)
  const first = (async (): Promise<IndicatorData | null> => {
    const file = await definitions
    if (!file) return null
    // A snapshot from before the per-view files: its definitions carry no years.
    if (!hasIndicatorYears(file)) return all()
    const isListed = file.indicators.some((item) => item.id === options.indicatorId)
    // An unknown id in the link: the map falls back to the default indicator (url-state.ts).
    const shown = isListed ? options.indicatorId : getDefaultIndicatorId(file.indicators)
    const rows = await view(shown)
    return rows ? assembleIndicatorViews(file, new Map([[shown, rows]])) : all()
  })()
  return { first, view, all }
}
