/**
 * End-to-end: the program screen (`/program`). The UpSet chart of program combinations renders from the
 * published snapshot, and choosing a combination highlights exactly its villages on the map (the
 * `value` feature-state becomes 1 for them and 0 elsewhere). Screenshots in both languages.
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

async function openProgramScreen(
  language: 'id' | 'en',
  query = '',
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.addInitScript((lang) => window.localStorage.setItem('ppd.lang', lang), language)
  await page.goto(`${server.url}program?e2e&lang=${language}${query}`)
  await page.waitForSelector('[data-testid="upset-chart"]', { timeout: 30_000 })
  await page.waitForSelector('html[data-map-ready="true"]', { timeout: 30_000 })
  return { page, errors }
}

/** Village codes whose `value` feature-state is 1 (highlighted). */
async function highlightedVillages(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__ppdMap
    if (!map) return []
    const features = map.querySourceFeatures('villages')
    const codes = new Set<string>()
    for (const feature of features) {
      const kode = String(feature.properties?.kode ?? feature.id)
      const state = map.getFeatureState({ source: 'villages', id: feature.id ?? kode })
      if (state.value === 1) codes.add(kode)
    }
    return [...codes].sort()
  })
}

describe('the program screen', () => {
  it('renders the overlap chart and highlights the villages of a clicked combination', async () => {
    const { page, errors } = await openProgramScreen('id')
    const bars = page.getByTestId('upset-bar')
    expect(await bars.count()).toBeGreaterThan(3)
    expect(await page.getByTestId('program-card').textContent()).toContain('Program Keluarga Harapan')
    await page.screenshot({ path: path.join(ARTEFACTS, 'program-id.png') })

    // A combination with BLT-DD: desa only (never a kelurahan), so some villages stay unlit.
    const bar = page.locator('[data-testid="upset-bar"][data-combination*="BLT_DD"]').first()
    await bar.click()
    await expect.poll(() => page.getByTestId('highlight-status').textContent()).toContain('BLT-DD')
    const status = (await page.getByTestId('highlight-status').textContent()) ?? ''
    const announced = Number(/: (\d+) desa/.exec(status)?.[1])
    await expect.poll(async () => (await highlightedVillages(page)).length).toBe(announced)
    expect(announced).toBeGreaterThan(0)
    const villages = await page.evaluate(
      () => new Set(window.__ppdMap?.querySourceFeatures('villages').map((f) => f.id)).size,
    )
    expect(announced).toBeLessThan(villages)
    expect(await bar.getAttribute('aria-pressed')).toBe('true')
    await page.screenshot({ path: path.join(ARTEFACTS, 'program-highlight-id.png') })

    await page.getByTestId('highlight-clear').click()
    await expect.poll(async () => (await highlightedVillages(page)).length).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it('speaks English when asked', async () => {
    const { page, errors } = await openProgramScreen('en')
    expect(await page.getByTestId('upset-chart').textContent()).toContain('Households per combination')
    await page.getByTestId('program-tab').nth(3).click()
    expect(await page.getByTestId('program-summary').textContent()).toContain('this program counts people')
    await page.screenshot({ path: path.join(ARTEFACTS, 'program-en.png') })
    expect(errors).toEqual([])
    await page.close()
  })

  it('keeps program, measure, year and combination in the link, and a copied link reopens them', async () => {
    const { page, errors } = await openProgramScreen('id')
    const years = await page.getByTestId('program-year').locator('option').allTextContents()
    const earlier = years[0] as string
    await page.getByTestId('program-tab').nth(1).click()
    await page.getByTestId('program-measure').selectOption('penerima')
    await page.getByTestId('program-year').selectOption(earlier)
    await page.locator('[data-testid="upset-bar"][data-combination="BPNT+PKH"]').click()
    await expect.poll(() => new URL(page.url()).searchParams.get('kombinasi')).toBe('PKH,BPNT')
    const link = new URL(page.url())
    expect(link.searchParams.get('program')).toBe('BPNT')
    expect(link.searchParams.get('ukuran')).toBe('penerima')
    expect(link.searchParams.get('tahun')).toBe(earlier)
    const announced = (await page.getByTestId('highlight-status').textContent()) ?? ''
    await page.close()

    // The copied link, opened in a fresh page: the same view, nothing reported as unreadable.
    const copy = await browser.newPage({ viewport: { width: 1360, height: 900 } })
    await copy.goto(link.toString())
    await copy.waitForSelector('[data-testid="upset-chart"]', { timeout: 30_000 })
    expect(await copy.getByRole('radio', { checked: true }).textContent()).toBe('BPNT')
    expect(await copy.getByTestId('program-measure').inputValue()).toBe('penerima')
    expect(await copy.getByTestId('program-year').inputValue()).toBe(earlier)
    expect(await copy.getByTestId('highlight-status').textContent()).toBe(announced)
    expect(
      await copy
        .locator('[data-testid="upset-bar"][data-combination="BPNT+PKH"]')
        .getAttribute('aria-pressed'),
    ).toBe('true')
    expect(await copy.getByTestId('url-notice').count()).toBe(0)
    await copy.close()
    expect(errors).toEqual([])
  })

  it('names what it could not read in an old or broken link and opens the defaults', async () => {
    const { page, errors } = await openProgramScreen('en', '&program=BANSOS&tahun=1999&kombinasi=PKH,PIP,PIP')
    const notice = (await page.getByTestId('url-notice').textContent()) ?? ''
    expect(notice).toContain('program=BANSOS')
    expect(notice).toContain('tahun=1999')
    expect(notice).toContain('kombinasi=PKH,PIP,PIP')
    expect(await page.getByRole('radio', { checked: true }).textContent()).toBe('PKH')
    expect(await page.getByTestId('highlight-status').count()).toBe(0)
    await page.screenshot({ path: path.join(ARTEFACTS, 'program-url-notice-en.png') })
    await page.getByTestId('url-notice-dismiss').click()
    expect(await page.getByTestId('url-notice').count()).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })
})
