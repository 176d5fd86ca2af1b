/**
 * Helpers shared by the explorer e2e files: a preview server and Chromium for the file, opening the
 * explorer until its map is ready, and reading what the maps draw (feature-state, camera, legend) next to
 * what the snapshot publishes.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchChromium } from './browser'
import { collectErrors } from './planner-page'
import { type PreviewServer, startPreview } from './preview-server'

/** Where the explorer files write their screenshots. */
export const ARTEFACTS = path.resolve(import.meta.dirname, '../../test-results/e2e')

/** Which of the explorer's maps: the main one, or the left map of the split view. */
export type MapName = 'main' | 'compare'

export interface OpenOptions {
  viewport?: { width: number; height: number }
  /** Playwright's clock: time still flows on its own, and runFor() jumps it ahead without waiting. */
  isFakeClock?: boolean
}

/** Opens the explorer at `query` (`e2e` added) and waits for the map; collects uncaught page errors. */
export type OpenExplorer = (query: string, options?: OpenOptions) => Promise<{ page: Page; errors: string[] }>

/** Starts a preview server and Chromium for the file (closed after it) and returns how to open a page. */
export function setUpExplorer(): OpenExplorer {
  let server: PreviewServer
  let browser: Browser
  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startPreview(), launchChromium()])
    await mkdir(ARTEFACTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  return async (query, { viewport = { width: 1280, height: 800 }, isFakeClock = false } = {}) => {
    const page = await browser.newPage({ viewport })
    const errors = collectErrors(page)
    if (isFakeClock) await page.clock.install()
    await page.goto(`${server.url}${query.startsWith('?') ? `${query}&e2e` : '?e2e'}`)
    await page.waitForSelector('html[data-map-ready="true"]', { timeout: 30_000 })
    return { page, errors }
  }
}

export async function legendText(page: Page): Promise<string> {
  return (await page.getByTestId('legend').textContent()) ?? ''
}

/** `value`, `status` and `dimmed` feature-state of every village of a map. */
export async function villageStates(
  page: Page,
  which: MapName = 'main',
): Promise<Record<string, { value: unknown; status: unknown; dimmed: unknown }>> {
  return page.evaluate((name) => {
    const map = name === 'main' ? window.__ppdMap : window.__ppdMaps?.compare
    if (!map) throw new Error(`map ${name} is not exposed`)
    const result: Record<string, { value: unknown; status: unknown; dimmed: unknown }> = {}
    for (const feature of map.querySourceFeatures('villages')) {
      const kode = String(feature.id)
      const state = map.getFeatureState({ source: 'villages', id: kode })
      result[kode] = { value: state.value, status: state.status, dimmed: state.dimmed }
    }
    return result
  }, which)
}

/** The published village rows of one indicator and year, read from the snapshot by the page. */
export async function publishedValues(
  page: Page,
  indicator: string,
  tahun: number,
): Promise<Record<string, { nilai: number | null; status: string }>> {
  return page.evaluate(
    async ({ indicator, year }) => {
      const text = await (await fetch('/data/indicators.csv')).text()
      const rows: Record<string, { nilai: number | null; status: string }> = {}
      for (const line of text.split('\n').slice(1)) {
        const [kode, level, tahun, id, nilai, status] = line.split(',')
        if (level !== 'desa' || id !== indicator || Number(tahun) !== year || !kode || !status) continue
        rows[kode] = { nilai: nilai === '' || nilai === undefined ? null : Number(nilai), status }
      }
      return rows
    },
    { indicator, year: tahun },
  )
}

/** `[lng, lat, zoom]` of a map. */
export async function cameraOf(page: Page, which: MapName = 'main'): Promise<number[]> {
  return page.evaluate((name) => {
    const map = name === 'main' ? window.__ppdMap : window.__ppdMaps?.compare
    if (!map) throw new Error(`map ${name} is not exposed`)
    const center = map.getCenter()
    return [center.lng, center.lat, map.getZoom()]
  }, which)
}

/** Waits until every map of the page has drawn a frame with nothing pending (no move, no data). */
export async function waitIdle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const maps = [window.__ppdMap, ...Object.values(window.__ppdMaps ?? {})].filter(
      (map) => map !== undefined,
    )
    // A repaint makes an already idle map report `idle` again instead of waiting forever.
    await Promise.all(
      maps.map(
        (map) =>
          new Promise((done) => {
            map.once('idle', done)
            map.triggerRepaint()
          }),
      ),
    )
  })
}
