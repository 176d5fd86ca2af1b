/**
 * End-to-end: the built app in Debian's Chromium. The first screen must show all villages on a real map,
 * find a village by name, open its panel, and switch to English.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './browser'
import { type PreviewServer, startPreview } from './preview-server'

const ARTEFACTS = path.resolve(import.meta.dirname, '../../test-results/e2e')

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

/** Opens the app and waits until the map has drawn the villages once (the app sets data-map-ready). */
async function openApp(viewport = { width: 1280, height: 800 }, query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${server.url}${query}`)
  await page.waitForSelector('html[data-map-ready="true"]', { timeout: 30_000 }).catch((error: Error) => {
    throw new Error(`map never became ready (page errors: ${errors.join('; ') || 'none'}): ${error.message}`)
  })
  expect(errors).toEqual([])
  return page
}

/** Counts distinct colours on a grid of pixels of the map canvas. */
async function sampleCanvasColours(
  page: Page,
): Promise<{ distinct: number; opaque: number; samples: number }> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas')
    if (!canvas) throw new Error('no map canvas')
    const copy = document.createElement('canvas')
    copy.width = canvas.width
    copy.height = canvas.height
    const context = copy.getContext('2d')
    if (!context) throw new Error('no 2d context')
    context.drawImage(canvas, 0, 0)
    const colours = new Set<string>()
    let opaque = 0
    let samples = 0
    for (let y = 0.1; y < 0.95; y += 0.05) {
      for (let x = 0.1; x < 0.95; x += 0.05) {
        const [r, g, b, a] = context.getImageData(
          Math.floor(x * copy.width),
          Math.floor(y * copy.height),
          1,
          1,
        ).data
        samples += 1
        if (a === 255) opaque += 1
        colours.add(`${r},${g},${b}`)
      }
    }
    return { distinct: colours.size, opaque, samples }
  })
}

describe('the first screen', () => {
  it('draws the villages on the map canvas (not blank, several class colours)', async () => {
    const page = await openApp()
    const { distinct, opaque, samples } = await sampleCanvasColours(page)
    expect(opaque).toBe(samples)
    expect(distinct).toBeGreaterThanOrEqual(5)
    const legendText = await page.getByTestId('legend').textContent()
    expect(legendText?.length ?? 0).toBeGreaterThan(0)
    const attribution = await page.getByTestId('attribution').textContent()
    expect(attribution).toContain('wilayah_boundaries')
    await page.screenshot({ path: path.join(ARTEFACTS, 'map-id.png') })
    await page.close()
  })

  it('searching "Singa Gembara" opens its panel showing kecamatan Sangatta Utara', async () => {
    const page = await openApp()
    await page.getByTestId('search-input').fill('singa gembara')
    const result = page.getByTestId('search-result').first()
    await expect.poll(() => result.textContent()).toContain('Singa Gembara')
    await result.click()
    await page.getByTestId('village-panel').waitFor()
    await expect.poll(() => page.getByTestId('village-panel').textContent()).toContain('Singa Gembara')
    expect(await page.getByTestId('village-panel-kecamatan').textContent()).toContain('Sangatta Utara')
    await page.screenshot({ path: path.join(ARTEFACTS, 'village-panel-id.png') })
    await page.close()
  })

  it('the English switch changes the interface text and the page language', async () => {
    const page = await openApp()
    const before = await page.locator('body').textContent()
    expect(await page.getAttribute('html', 'lang')).toBe('id')
    await page.getByTestId('lang-en').click()
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en')
    const after = await page.locator('body').textContent()
    expect(after).not.toEqual(before)
    expect(await page.getByTestId('search-input').getAttribute('placeholder')).toMatch(/search/i)
    await page.screenshot({ path: path.join(ARTEFACTS, 'map-en.png') })
    await page.close()
  })

  it('is usable on a phone-sized screen: search and panel fit the viewport', async () => {
    const page = await openApp({ width: 390, height: 844 })
    await page.getByTestId('search-input').fill('SÍNGA GEMBARA')
    await page.getByTestId('search-result').first().click()
    const panel = page.getByTestId('village-panel')
    await panel.waitFor()
    const box = await panel.boundingBox()
    expect(box).not.toBeNull()
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0)
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390 + 1)
    await page.screenshot({ path: path.join(ARTEFACTS, 'phone-id.png') })
    await page.close()
  })
})
