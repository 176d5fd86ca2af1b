/**
 * The first map against its floor, side by side in one run: a bare MapLibre page (`floor/index.html`:
 * the same MapLibre build from node_modules, the same 141 village polygons from regions.topojson, coloured
 * from the default indicator's 141 values) and the app, both served gzip by one small server
 * (`gzip-server.ts`), loaded in headless Chromium in a fresh browser context each time. Measured:
 * navigation → the first idle frame after the map loaded with the choropleth drawn (both pages set
 * `<html data-map-ready="true">` then; the app draws its kecamatan and kabupaten boundaries and labels
 * on the frames after, `data-map-complete`, printed too), median of 7, unthrottled and on a 1.6 Mbps / 150 ms link
 * (CDP `Network.emulateNetworkConditions`: Lighthouse's "slow 4G": 150 ms, 200,000 B/s down, 750 kbit/s
 * up), printed as the app / floor ratio; and the bytes received before that frame (Resource Timing
 * `transferSize`: compressed bodies and headers, worker scripts included).
 * The two pages alternate run by run, so machine load drifts onto both. Needs `npm run build` (with
 * the snapshot in dist/data). Prints figures; asserts nothing about time.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { DEFAULT_PUBLISHED_INDICATOR_ID } from '../../src/indicators/default-indicator.ts'
import { launchChromium } from '../../tests/e2e/browser'
import { startGzipServer } from './gzip-server.ts'
import { median } from './median.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const RUNS = 7
/** The target: the app's first map within 1.2× the floor. */
const TARGET_RATIO = 1.2

/** A network condition of the measurement; `null` throttling is the loopback link as it is. */
interface Condition {
  name: string
  throttle: { latency: number; downloadThroughput: number; uploadThroughput: number } | null
}

const CONDITIONS: readonly Condition[] = [
  { name: 'unthrottled', throttle: null },
  // 1.6 Mbit/s = 200,000 B/s down, 750 kbit/s = 93,750 B/s up, 150 ms round trip.
  {
    name: '1.6 Mbps / 150 ms',
    throttle: { latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 },
  },
]

/** One page load. */
interface Load {
  ms: number
  /** The app only: navigation → the idle frame with every layer and label (`data-map-complete`). */
  completeMs: number | null
  bytes: number
  requests: number
}

/**
 * The floor's `values.json`: village code → value of the default indicator in its latest year with
 * village values (the app's opening view), null where the value is withheld or missing.
 */
async function floorValues(): Promise<Record<string, number | null>> {
  const csv = await readFile(path.join(ROOT, 'dist/data/indicators.csv'), 'utf8')
  const byYear = new Map<number, Record<string, number | null>>()
  const yearsWithValues = new Set<number>()
  for (const line of csv.split('\n')) {
    const [kode = '', level, tahun, indikator, nilai = '', status] = line.split(',')
    if (level !== 'desa' || indikator !== DEFAULT_PUBLISHED_INDICATOR_ID) continue
    const year = Number(tahun)
    const values = byYear.get(year) ?? {}
    values[kode] = status === 'ada' ? Number(nilai) : null
    byYear.set(year, values)
    if (status === 'ada') yearsWithValues.add(year)
  }
  const latest = Math.max(...yearsWithValues)
  const values = byYear.get(latest)
  if (!values)
    throw new Error(`first-map bench: indicators.csv has no ${DEFAULT_PUBLISHED_INDICATOR_ID} values`)
  return values
}

async function floorFiles(): Promise<Map<string, Buffer | string>> {
  const maplibre = path.join(ROOT, 'node_modules/maplibre-gl/dist')
  const read = (file: string) => readFile(file)
  return new Map<string, Buffer | string>([
    ['index.html', await read(path.join(import.meta.dirname, 'floor/index.html'))],
    ['maplibre-gl.mjs', await read(path.join(maplibre, 'maplibre-gl.mjs'))],
    ['maplibre-gl-worker.mjs', await read(path.join(maplibre, 'maplibre-gl-worker.mjs'))],
    ['maplibre-gl.css', await read(path.join(maplibre, 'maplibre-gl.css'))],
    [
      'topojson-client.min.js',
      await read(path.join(ROOT, 'node_modules/topojson-client/dist/topojson-client.min.js')),
    ],
    ['values.json', JSON.stringify(await floorValues())],
  ])
}

/** Loads `url` in a fresh context and returns the time to `data-map-ready` and the bytes before it. */
async function measureLoad(browser: Browser, url: string, condition: Condition): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    if (condition.throttle) {
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...condition.throttle })
    }
    // The init script runs before <html> exists, so it watches the whole document.
    await page.addInitScript(() => {
      const times = window as unknown as { __mapReadyAt?: number; __mapCompleteAt?: number }
      new MutationObserver((_, observer) => {
        const { mapReady, mapComplete } = document.documentElement.dataset
        if (mapReady === 'true' && times.__mapReadyAt === undefined) times.__mapReadyAt = performance.now()
        if (mapComplete === 'true' && times.__mapCompleteAt === undefined) {
          times.__mapCompleteAt = performance.now()
          observer.disconnect()
        }
      }).observe(document, {
        attributes: true,
        subtree: true,
        attributeFilter: ['data-map-ready', 'data-map-complete'],
      })
    })
    await page.goto(url)
    await page.waitForSelector('html[data-map-ready="true"]', { timeout: 120_000 })
    // The app draws the choropleth first and its other layers and labels on the frames after.
    const isApp = await page.evaluate(() => document.getElementById('root') !== null)
    if (isApp) await page.waitForSelector('html[data-map-complete="true"]', { timeout: 120_000 })
    // Resource Timing sees every request of the page, the worker scripts included; `transferSize` is
    // the compressed body plus headers, 0 for a request answered from the cache.
    return await page.evaluate(() => {
      const times = window as unknown as { __mapReadyAt: number; __mapCompleteAt?: number }
      const ms = times.__mapReadyAt
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ] as PerformanceResourceTiming[]
      const before = entries.filter((entry) => entry.responseEnd <= ms && entry.transferSize > 0)
      return {
        ms,
        completeMs: times.__mapCompleteAt ?? null,
        bytes: before.reduce((sum, entry) => sum + entry.transferSize, 0),
        requests: before.length,
      }
    })
  } finally {
    await context.close()
  }
}

function describe(loads: readonly Load[]): string {
  const list = loads.map((load) => load.ms.toFixed(0)).join(', ')
  return `${median(loads.map((load) => load.ms)).toFixed(0)} ms [${list}]`
}

function describeBytes(loads: readonly Load[]): string {
  const kb = median(loads.map((load) => load.bytes)) / 1024
  return `${kb.toFixed(0)} KB in ${median(loads.map((load) => load.requests))} requests`
}

/** Prints the app's first map against the bare-MapLibre floor in both network conditions. */
export async function benchFirstMap(): Promise<void> {
  const server = await startGzipServer([
    { prefix: '/floor/', files: await floorFiles() },
    { prefix: '/', dir: path.join(ROOT, 'dist'), fallback: 'index.html' },
  ])
  const browser = await launchChromium()
  const pages = { floor: `${server.url}floor/`, app: server.url }
  try {
    console.log(
      `first map: navigation → first idle frame with the choropleth (Chromium, SwiftShader, gzip, one server, median of ${RUNS}; the machine may be shared, compare the ratios):`,
    )
    // One load of each page first, not counted: the browser's own first-use costs.
    await measureLoad(browser, pages.floor, CONDITIONS[0] as Condition)
    await measureLoad(browser, pages.app, CONDITIONS[0] as Condition)
    for (const condition of CONDITIONS) {
      const floor: Load[] = []
      const app: Load[] = []
      for (let run = 0; run < RUNS; run += 1) {
        // Alternate which page goes first, so neither always follows the other.
        const order = run % 2 === 0 ? (['floor', 'app'] as const) : (['app', 'floor'] as const)
        for (const name of order) {
          const load = await measureLoad(browser, pages[name], condition)
          ;(name === 'floor' ? floor : app).push(load)
        }
      }
      const ratio = median(app.map((load) => load.ms)) / median(floor.map((load) => load.ms))
      console.log(`  ${condition.name}: ${ratio.toFixed(2)}× the floor (target ≤ ${TARGET_RATIO}×)`)
      console.log(`    floor ${describe(floor)}; ${describeBytes(floor)} before the first map`)
      console.log(`    app   ${describe(app)}; ${describeBytes(app)} before the first map`)
      const complete = app.flatMap((load) => (load.completeMs === null ? [] : [load.completeMs]))
      console.log(
        `    app with every layer and label drawn (the frames after the first): ${median(complete).toFixed(0)} ms [${complete.map((ms) => ms.toFixed(0)).join(', ')}]`,
      )
    }
  } finally {
    await browser.close()
    await server.close()
  }
}
