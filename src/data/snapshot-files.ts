/**
 * The file names of a published snapshot, relative to its base URL (README, "The published snapshot").
 * One place for the data build that writes them, the app that reads them and the build step that
 * preloads the first view's files.
 */
export const SNAPSHOT_FILES = {
  manifest: 'manifest.json',
  regions: 'regions.topojson',
  /** What each indicator means, with the years it has village values for. */
  definitions: 'indicators.json',
  /** Every published figure in long form: the open-data file. */
  values: 'indicators.csv',
} as const

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`
}

/**
 * Where the snapshot is read from, ending with `/`: `dataUrl` (VITE_DATA_URL, e.g. a CDN folder)
 * or `data/` under the app's base path. The app (`config.ts`) and the build's preload tags use it.
 */
export function getSnapshotBaseUrl(basePath: string, dataUrl?: string): string {
  return withTrailingSlash(dataUrl ?? `${withTrailingSlash(basePath)}data/`)
}

/** Indicator ids are snake_case (`src/indicators/dictionary/indicators.ts`), so they are safe in a file name. */
const INDICATOR_ID = /^[a-z0-9_]+$/

/** A per-view file's name around the indicator id: `indicators-<id>.csv`. */
export const INDICATOR_FILE = { prefix: 'indicators-', suffix: '.csv' } as const

/**
 * The per-view file of one indicator: the rows of `indicators.csv` for that indicator (every level and
 * year, same columns), so the map's first view needs a few kilobytes instead of the whole file.
 * Throws on an id that is not snake_case (it could not name a file).
 */
export function getIndicatorFile(id: string): string {
  if (!INDICATOR_ID.test(id)) throw new Error(`not an indicator id: "${id}"`)
  return `${INDICATOR_FILE.prefix}${id}${INDICATOR_FILE.suffix}`
}

/** Whether a string can be an indicator id (e.g. the `i` of a shared link). */
export function isIndicatorId(text: string): boolean {
  return INDICATOR_ID.test(text)
}
