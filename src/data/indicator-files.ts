import {
  type IndicatorData,
  IndicatorDataError,
  type IndicatorRow,
  type IndicatorsFile,
  indexEveryValue,
  parseIndicatorCsv,
  parseIndicatorsFile,
} from './indicators.ts'
import { getIndicatorFile, SNAPSHOT_FILES } from './snapshot-files.ts'

/**
 * Fetching the published indicator files. A file the snapshot does not have (HTTP error, or a static
 * host's SPA fallback page in its place) is `null`; a file that is there but malformed throws
 * `IndicatorDataError`, naming it.
 */

/** A file's text, or null when the host does not have it (`isExpected` tells the real file from a fallback page). */
async function fetchText(
  url: string,
  fetchFn: typeof fetch,
  isExpected: (text: string) => boolean,
): Promise<string | null> {
  try {
    const response = await fetchFn(url)
    if (!response.ok) return null
    const text = await response.text()
    // A static host with an SPA fallback answers a missing file with index.html.
    return isExpected(text) ? text : null
  } catch {
    return null
  }
}

const isCsv = (text: string): boolean => text.startsWith('kode,')
const isJson = (text: string): boolean => /^\s*[{[]/.test(text)

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new IndicatorDataError(`${SNAPSHOT_FILES.definitions} is not valid JSON: ${String(error)}`)
  }
}

/** `indicators.json`, validated, or null when the snapshot publishes no indicators (`--no-demo`). */
export async function fetchIndicatorsFile(
  baseUrl: string,
  fetchFn: typeof fetch = fetch,
): Promise<IndicatorsFile | null> {
  const text = await fetchText(`${baseUrl}${SNAPSHOT_FILES.definitions}`, fetchFn, isJson)
  return text === null ? null : parseIndicatorsFile(parseJson(text))
}

/** The rows of one indicator's per-view file, or null when the snapshot has none for it. */
export async function fetchIndicatorView(
  baseUrl: string,
  id: string,
  fetchFn: typeof fetch = fetch,
): Promise<IndicatorRow[] | null> {
  const file = getIndicatorFile(id)
  const text = await fetchText(`${baseUrl}${file}`, fetchFn, isCsv)
  return text === null ? null : parseIndicatorCsv(text, file)
}

/**
 * Every published value (`indicators.json` + `indicators.csv`), or `null` when the snapshot has none
 * (built with `--no-demo`): the map then shows area only. `definitions`: the definitions already on
 * their way (the first view fetched them), else they are fetched here.
 */
export async function fetchIndicatorData(
  baseUrl: string,
  fetchFn: typeof fetch = fetch,
  definitions: Promise<IndicatorsFile | null> = fetchIndicatorsFile(baseUrl, fetchFn),
): Promise<IndicatorData | null> {
  const [file, csv] = await Promise.all([
    definitions,
    fetchText(`${baseUrl}${SNAPSHOT_FILES.values}`, fetchFn, isCsv),
  ])
  return file === null || csv === null ? null : indexEveryValue(file, csv)
}
