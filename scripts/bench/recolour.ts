/**
 * Time to recolour the map after an indicator change, in headless Chromium: from the click on an
 * indicator in the picker to the first frame with the new colours drawn (`idle`: React update, style
 * diff, feature-state for every village, repaint). Median of 20 changes, each to a different
 * indicator. Also checks that the split view's second map stays off the first screen (lazy chunk).
 * Needs `npm run data` and `npm run build` first. Prints figures; asserts nothing about time.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { launchChromium } from '../../tests/e2e/browser'
import { startPreview } from '../../tests/e2e/preview-server'

const ROOT = path.resolve(import.meta.dirname, '../..')
const RUNS = 20
/** The target for one recolour. */
const TARGET_MS = 50

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Indicator ids with village values in `tahun`, from the published snapshot. */
async function indicatorsWithValues(tahun: number): Promise<string[]> {
  const csv = await readFile(path.join(ROOT, 'dist/data/indicators.csv'), 'utf8')
  const ids = new Set<string>()
  for (const line of csv.split('\n')) {
    const [, level, year, id, , status] = line.split(',')
    if (level === 'desa' && Number(year) === tahun && status === 'ada' && id) ids.add(id)
  }
  return [...ids]
}

/** The lazily loaded chunk of the split view's second map, and whether index.html preloads it. */
async function describeCompareChunk(): Promise<string> {
  const assets = await readdir(path.join(ROOT, 'dist/assets'))
  const chunk = assets.find((name) => /^compare-map-.*\.js$/.test(name))
  if (!chunk) return 'split view chunk: not found (is it still lazy?)'
  const html = await readFile(path.join(ROOT, 'dist/index.html'), 'utf8')
  const gzip = gzipSync(await readFile(path.join(ROOT, 'dist/assets', chunk)), { level: 9 }).length
  const where = html.includes(chunk) ? 'ON the first screen' : 'loaded on demand, not on the first screen'
  return `split view's second map (${chunk}): ${(gzip / 1024).toFixed(1)} KB gzip, ${where}`
}

/** Prints the median time to recolour after an indicator change (target < 50 ms). */
export async function benchRecolour(): Promise<void> {
  const tahun = 2024
  const ids = (await indicatorsWithValues(tahun)).slice(0, RUNS + 1)
  if (ids.length < RUNS + 1)
    throw new Error(`recolour bench: only ${ids.length} indicators have ${tahun} values`)
  const [server, browser] = await Promise.all([startPreview(), launchChromium()])
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(`${server.url}?e2e&i=${ids[0]}&t=${tahun}`)
    await page.waitForSelector('html[data-map-ready="true"]', { timeout: 60_000 })
    const times: { commit: number; frame: number }[] = []
    for (const id of ids.slice(1)) {
      await page.getByTestId('indicator-picker-toggle').click()
      const option = page.locator(`[data-testid="indicator-option"][data-indicator-id="${id}"]`)
      await option.waitFor()
      const ms = await option.evaluate(async (button) => {
        const map = window.__ppdMap
        if (!map) throw new Error('the map is not exposed (?e2e)')
        // No named inner functions here: tsx would wrap them in a helper the page does not have.
        // The legend names the new indicator when React commits the change, and with it the style
        // diff and the feature-state (effects of the same commit); a MutationObserver sees that as a
        // microtask. The map's next `render` is the frame that draws the new colours.
        const legendTitle = document.querySelector('.legend__title')
        if (!legendTitle) throw new Error('the legend has no title')
        let committed = 0
        const drawn = new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect()
            committed = performance.now()
            // React flushes the effects of a click's update within the same task, so the style diff
            // and feature-state are applied by now and the next frame draws the new colours.
            map.once('render', () => resolve(performance.now()))
          })
          observer.observe(legendTitle, { childList: true, characterData: true, subtree: true })
        })
        const started = performance.now()
        ;(button as HTMLButtonElement).click()
        const frame = await drawn
        return { commit: committed - started, frame: frame - started }
      })
      times.push(ms)
    }
    const frames = times.map((time) => time.frame)
    const commits = times.map((time) => time.commit)
    const list = frames.map((ms) => ms.toFixed(1)).join(', ')
    console.log(
      `recolour after an indicator change (Chromium, SwiftShader, ${RUNS} changes): click → new colours drawn, median ${median(frames).toFixed(1)} ms (target < ${TARGET_MS} ms) [${list}]; of which click → React commit + style diff + feature-state, median ${median(commits).toFixed(1)} ms`,
    )
    console.log(await describeCompareChunk())
  } finally {
    await browser.close()
    await server.close()
  }
}
