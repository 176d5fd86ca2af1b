/**
 * Local-mode readiness of the planner workspace in headless Chromium (targets: first visit ≤ 6 s, reload
 * ≤ 3 s), and the bytes each route downloads, showing that the public map fetches none of the engine.
 * "Ready" is the `ppd-local-ready` performance mark (use-local-database.ts): the database is open and
 * answers queries; the time is from navigation start. Prints figures, asserts nothing.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium } from '../../tests/e2e/browser'
import { startPreview } from '../../tests/e2e/preview-server'

const ROOT = path.resolve(import.meta.dirname, '../..')
/** Files of the embedded engine and the planner workspace. */
const ENGINE_FILES =
  /pglite|postgis|initdb|fuzzystrmatch|local-worker|planner-demo|planner-client|planner-screen/
/** The first visit to /perencana should download at most this much (issue: planner first download). */
const FIRST_DOWNLOAD_TARGET = 20e6

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`
}

/** Every response's body size, by path, for the page's lifetime. */
function recordBytes(page: Page): Map<string, number> {
  const sizes = new Map<string, number>()
  page.on('requestfinished', (request) => {
    void request.sizes().then(
      (sizes_) => sizes.set(new URL(request.url()).pathname, sizes_.responseBodySize),
      () => undefined,
    )
  })
  return sizes
}

/** From navigation to the ready mark, and the worker's own open time (download + load + start). */
async function readyMs(page: Page, origin: string): Promise<{ total: number; worker: number }> {
  await page.waitForSelector(`[data-testid="local-origin"][data-origin="${origin}"]`, { timeout: 120_000 })
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('ppd-local-ready').at(-1) as PerformanceMark | undefined
    return {
      total: mark?.startTime ?? Number.NaN,
      worker: (mark?.detail as { ms?: number })?.ms ?? Number.NaN,
    }
  })
}

async function routeBytes(
  browser: Browser,
  url: string,
  waitFor: string,
): Promise<{ total: number; engine: number }> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const sizes = recordBytes(page)
  await page.goto(url)
  await page.waitForSelector(waitFor, { timeout: 120_000 })
  await page.waitForLoadState('networkidle')
  await context.close()
  const entries = [...sizes.entries()]
  const sum = (list: [string, number][]) => list.reduce((total, [, bytes]) => total + bytes, 0)
  return { total: sum(entries), engine: sum(entries.filter(([file]) => ENGINE_FILES.test(file))) }
}

/** Prints the local-mode figures; needs `npm run data` and `npm run build` first. */
export async function benchLocalMode(runs = 3): Promise<void> {
  const dump = path.join(ROOT, 'dist/local/planner-demo.tar.gz')
  const dumpBytes = await stat(dump).then(
    (file) => file.size,
    () => null,
  )
  if (dumpBytes === null) {
    console.log('local mode: dist/local/planner-demo.tar.gz is missing (npm run data, then build); skipped')
    return
  }
  console.log(`local mode: browser database dump ${mb(dumpBytes)} (gzip tarball)`)
  const [server, browser] = await Promise.all([startPreview(), launchChromium()])
  try {
    const first: { total: number; worker: number }[] = []
    const reload: { total: number; worker: number }[] = []
    for (let run = 0; run < runs; run++) {
      const context: BrowserContext = await browser.newContext()
      const page = await context.newPage()
      await page.goto(`${server.url}perencana`)
      first.push(await readyMs(page, 'demo'))
      await page.reload()
      reload.push(await readyMs(page, 'saved'))
      await context.close()
    }
    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
    const line = (label: string, list: { total: number; worker: number }[], target: string) =>
      console.log(
        `  ${label} median ${seconds(median(list.map((run) => run.total)))} (target ${target}; ` +
          `worker open ${seconds(median(list.map((run) => run.worker)))}) ` +
          `[${list.map((run) => seconds(run.total)).join(', ')}]`,
      )
    line('first visit to ready:', first, '6 s')
    line('reload to ready:     ', reload, '3 s')
    const explorer = await routeBytes(browser, server.url, 'html[data-map-ready="true"]')
    const planner = await routeBytes(browser, `${server.url}perencana`, '[data-testid="household-counts"]')
    console.log('  bytes per route (response bodies, first visit):')
    console.log(`    /           ${mb(explorer.total).padStart(10)}, of which engine ${mb(explorer.engine)}`)
    console.log(`    /perencana  ${mb(planner.total).padStart(10)}, of which engine ${mb(planner.engine)}`)
    const verdict = planner.total <= FIRST_DOWNLOAD_TARGET ? 'within' : 'OVER'
    console.log(
      `  planner first download: ${mb(planner.total)} (${verdict} the ${mb(FIRST_DOWNLOAD_TARGET)} target; ` +
        'engine files gzipped at build time, slim PostGIS, dump; later visits read the offline cache)',
    )
  } finally {
    await browser.close()
    await server.close()
  }
}
