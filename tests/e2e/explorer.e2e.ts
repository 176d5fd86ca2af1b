/**
 * End-to-end: the map explorer. Pick an indicator through the picker search, change the
 * classification and the year, and check that the legend and the URL follow; a copied link reopens
 * the same view.
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

/** Opens the app and waits until the map has drawn the villages once. */
async function openApp(query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${server.url}${query}`)
  await page.waitForSelector('html[data-map-ready="true"]', { timeout: 30_000 }).catch((error: Error) => {
    throw new Error(`map never became ready (page errors: ${errors.join('; ') || 'none'}): ${error.message}`)
  })
  return { page, errors }
}

async function legendText(page: Page): Promise<string> {
  return (await page.getByTestId('legend').textContent()) ?? ''
}

describe('the map explorer', () => {
  it('recolours by the picked indicator, classification and year, and a copied link reopens it', async () => {
    const { page, errors } = await openApp('?i=luas_km2')
    const before = await legendText(page)

    await page.getByTestId('indicator-search').fill('Persentase KK desil 1–4')
    await page.locator('[data-testid="indicator-option"][data-indicator-id="persen_kk_desil_1_4"]').click()
    await expect.poll(() => legendText(page)).toContain('Persentase KK desil 1–4')
    expect(await page.getByTestId('indicator-synthetic-badge').textContent()).toContain('Data sintetis')

    await page.getByTestId('class-method').selectOption('jenks')
    await page.getByTestId('class-count').selectOption('5')
    await page.getByTestId('year-select').selectOption('2023')
    await expect.poll(() => legendText(page)).toContain('2023')
    const after = await legendText(page)
    expect(after).not.toEqual(before)
    expect(after).toContain('Jenks')
    expect(page.url()).toContain('i=persen_kk_desil_1_4&tahun=2023&c=jenks.5')
    // Five classes, each with a range in Indonesian number formatting (decimal comma).
    expect(await page.locator('[data-testid="legend"] li').count()).toBeGreaterThanOrEqual(6)
    expect(after).toMatch(/\d+,\d/)
    await page.screenshot({ path: path.join(ARTEFACTS, 'explorer-id.png') })

    const { page: copy, errors: copyErrors } = await openApp(new URL(page.url()).search)
    await expect.poll(() => legendText(copy)).toEqual(after)
    expect(await copy.getByTestId('class-method').inputValue()).toBe('jenks')

    await copy.getByTestId('lang-en').click()
    await expect.poll(() => legendText(copy)).toContain('Share of decile 1–4 households')
    expect(await copy.getByTestId('indicator-synthetic-badge').textContent()).toContain(
      'Synthetic (demo) data',
    )
    // English number formatting: a decimal point.
    expect(await legendText(copy)).toMatch(/\d+\.\d/)
    await copy.screenshot({ path: path.join(ARTEFACTS, 'explorer-en.png') })

    expect([...errors, ...copyErrors]).toEqual([])
    await page.close()
    await copy.close()
  })

  // Disclosure control rounds counts instead of withholding them, so the demo has no withheld village
  // (docs/disclosure-control.md); kelurahan, where Dana Desa does not apply, get their own row instead.
  it('gives villages without a value their own legend row (Dana Desa does not apply to kelurahan)', async () => {
    // A link from before issue 19 (the year under `t`): it opens its year, rewritten under `tahun`.
    const { page, errors } = await openApp('?i=dana_desa&t=2024')
    expect(new URL(page.url()).searchParams.get('tahun')).toBe('2024')
    expect(new URL(page.url()).searchParams.has('t')).toBe(false)
    await expect.poll(() => legendText(page)).toContain('Tidak berlaku')
    await page.getByTestId('lang-en').click()
    await expect.poll(() => legendText(page)).toContain('Does not apply')
    expect(errors).toEqual([])
    await page.close()
  })

  it('names an indicator’s own hand-set breaks "Manual" in the picker, and a class count starts automatic classes', async () => {
    // status_idm's default is one class per IDM status (manual breaks), not quantiles.
    const { page, errors } = await openApp('?i=status_idm')
    const method = page.getByTestId('class-method')
    expect(await method.inputValue()).toBe('manual')
    expect(await method.locator('option:checked').textContent()).toBe('Manual (batas di legenda)')
    await page.getByTestId('class-count').selectOption('4')
    await expect.poll(() => method.inputValue()).toBe('quantile')
    await expect.poll(() => new URL(page.url()).searchParams.get('c')).toBe('quantile.4')
    // Manual is offered only while the breaks are hand-set.
    expect(await method.locator('option[value="manual"]').count()).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it('falls back to defaults on invalid URL values and shows a dismissible notice', async () => {
    const { page, errors } = await openApp('?i=no_such_indicator&t=1999&c=jenks.42')
    const notice = page.getByTestId('url-notice')
    await notice.waitFor()
    expect(await notice.textContent()).toContain('i=no_such_indicator')
    expect(await legendText(page)).toContain('Persentase KK desil 1–4')
    await page.getByTestId('url-notice-dismiss').click()
    await notice.waitFor({ state: 'detached' })
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows area, with a notice, when the snapshot has no indicator files (built with --no-demo)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    // A snapshot without figures has none of the indicator files (definitions, long form, per view).
    await page.route(/\/indicators[^/]*\.(csv|json)$/, (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    )
    await page.goto(`${server.url}?i=persen_kk_desil_1_4&tahun=2023`)
    await page.waitForSelector('html[data-map-ready="true"]', { timeout: 30_000 })
    expect(await legendText(page)).toContain('Luas wilayah')
    expect(await page.getByTestId('url-notice').textContent()).toContain('i=persen_kk_desil_1_4')
    expect(await page.getByTestId('year-select').count()).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it('colours the 18 kecamatan, and a click on one drills back into its villages', async () => {
    // `?e2e` exposes the map instance (the existing `window.__ppdMap` hook) to find a label point.
    const { page, errors } = await openApp('?i=persen_kk_desil_1_4&tahun=2023&e2e')
    await page.getByTestId('level-kecamatan').click()
    expect(await page.getByTestId('level-kecamatan').getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => legendText(page)).toContain('kecamatan')
    const counts = await page.locator('[data-testid="legend"] .legend__count').allTextContents()
    expect(counts.reduce((sum, text) => sum + Number.parseInt(text, 10), 0)).toBe(18)
    expect(page.url()).toContain('lv=kecamatan')
    await page.waitForFunction(() => window.__ppdMap?.loaded() && !window.__ppdMap.isMoving())
    await page.screenshot({ path: path.join(ARTEFACTS, 'explorer-kecamatan.png') })

    const zoomBefore = await page.evaluate(() => window.__ppdMap?.getZoom() ?? 0)
    const point = await page.evaluate(() => {
      const map = window.__ppdMap
      const label = map
        ?.querySourceFeatures('kecamatan-labels')
        .find((feature) => feature.properties.nama === 'Bengalon')
      if (!map || label?.geometry.type !== 'Point') return null
      const [lng = 0, lat = 0] = label.geometry.coordinates
      const { x, y } = map.project([lng, lat])
      const box = map.getCanvas().getBoundingClientRect()
      return { x: box.left + x, y: box.top + y }
    })
    expect(point).not.toBeNull()
    if (point) await page.mouse.move(point.x, point.y)
    // The tooltip names the kecamatan and shows its own published value.
    await expect.poll(() => page.locator('.tooltip').textContent()).toMatch(/Bengalon.*Kecamatan.*\d+,\d %/)
    if (point) await page.mouse.click(point.x, point.y)
    await expect.poll(() => page.getByTestId('level-desa').getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => legendText(page)).toContain('desa')
    expect(page.url()).not.toContain('lv=kecamatan')
    await expect.poll(() => page.evaluate(() => window.__ppdMap?.getZoom() ?? 0)).toBeGreaterThan(zoomBefore)
    expect(errors).toEqual([])
    await page.close()
  })

  it('opens a first-release link (?desa=…&lang=en) with the village selected in English', async () => {
    const { page, errors } = await openApp('?desa=64.08.04.2001&lang=en')
    await page.getByTestId('village-panel').waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(page.url()).toContain('desa=64.08.04.2001')
    expect(errors).toEqual([])
    await page.close()
  })
})
