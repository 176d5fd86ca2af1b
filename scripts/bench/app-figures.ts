/**
 * Figures of the built app: snapshot file sizes (raw and gzip), JS per chunk and the first screen's total
 * (gzip; the MapLibre worker not counted), and navigation to the map's first full render in headless
 * Chromium (median of 5). Needs `npm run data` and `npm run build` first.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { launchChromium } from '../../tests/e2e/browser'
import { startPreview } from '../../tests/e2e/preview-server'

const ROOT = path.resolve(import.meta.dirname, '../..')
const KB = 1024

function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`
}

/** Median of a list (0 for none). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

export async function benchSnapshotSizes(): Promise<void> {
  const dir = path.join(ROOT, 'public/data')
  console.log('snapshot files (raw / gzip):')
  for (const name of (await readdir(dir)).sort()) {
    const bytes = await readFile(path.join(dir, name))
    console.log(
      `  ${name.padEnd(28)} ${kb(bytes.length).padStart(10)} ${kb(gzipSync(bytes, { level: 9 }).length).padStart(10)}`,
    )
  }
}

/** The chunks `index.html` loads before the app runs: the entry script and its modulepreloads. */
function firstScreenChunks(html: string): Set<string> {
  const chunks = new Set<string>()
  for (const match of html.matchAll(/(?:src|href)="([^"]+\.js)"/g)) {
    const file = match[1]
    if (file) chunks.add(path.basename(file))
  }
  return chunks
}

export async function benchBundle(): Promise<void> {
  const dist = path.join(ROOT, 'dist')
  const html = await readFile(path.join(dist, 'index.html'), 'utf8')
  const first = firstScreenChunks(html)
  const assets = (await readdir(path.join(dist, 'assets'))).filter((name) => /\.m?js$/.test(name)).sort()
  let firstTotal = 0
  console.log('JS chunks (gzip; * = first screen, w = worker, not counted):')
  for (const name of assets) {
    const gzip = gzipSync(await readFile(path.join(dist, 'assets', name)), { level: 9 }).length
    const isWorker = /worker/i.test(name)
    const isFirst = first.has(name) && !isWorker
    if (isFirst) firstTotal += gzip
    console.log(`  ${isFirst ? '*' : isWorker ? 'w' : ' '} ${name.padEnd(48)} ${kb(gzip).padStart(10)}`)
  }
  console.log(`first-screen JS, gzip: ${kb(firstTotal)} (budget 450 KB)`)
}

export async function benchFirstRender(runs = 5): Promise<void> {
  const [server, browser] = await Promise.all([startPreview(), launchChromium()])
  try {
    const times: number[] = []
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      // Record the moment the app marks the map as drawn, relative to navigation start. The init script
      // runs before <html> exists, so it watches the whole document.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.documentElement.dataset.mapReady === 'true') {
            ;(window as unknown as { __mapReadyAt: number }).__mapReadyAt = performance.now()
            observer.disconnect()
          }
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-map-ready'] })
      })
      await page.goto(server.url)
      await page.waitForSelector('html[data-map-ready="true"]', { timeout: 60_000 })
      times.push(await page.evaluate(() => (window as unknown as { __mapReadyAt: number }).__mapReadyAt))
      await context.close()
    }
    const list = times.map((ms) => ms.toFixed(0)).join(', ')
    console.log(
      `navigation → map first full render (Chromium, SwiftShader): median ${median(times).toFixed(0)} ms [${list}]`,
    )
  } finally {
    await browser.close()
    await server.close()
  }
}
