/**
 * End-to-end: the explorer's view. A legend class highlighting its villages, manual class limits, the
 * camera in a copied link, no geometry re-upload while recolouring, and screenshots at two sizes in both
 * languages. The comparison of years is in compare.e2e.ts.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ARTEFACTS, cameraOf, legendText, setUpExplorer, villageStates, waitIdle } from './explorer-page'

const INDICATOR = 'persen_kk_desil_1_4'
const openExplorer = setUpExplorer()

describe('the legend', () => {
  it('highlights the villages of a class on the map, from the keyboard too', async () => {
    const { page, errors } = await openExplorer(`?i=${INDICATOR}&tahun=2025`)
    const row = page.locator('[data-testid="legend-row"][data-row-key="class-4"]')
    const count = Number(((await row.locator('.legend__count').textContent()) ?? '').match(/\d+/)?.[0])
    expect(count).toBeGreaterThan(0)
    await row.focus()
    await page.keyboard.press('Enter')
    expect(await row.getAttribute('aria-pressed')).toBe('true')
    await expect
      .poll(async () => Object.values(await villageStates(page)).filter((s) => s.dimmed === false).length)
      .toBe(count)
    const states = await villageStates(page)
    const vivid = Object.values(states).filter((state) => state.dimmed === false)
    const lowest = Math.min(...vivid.map((state) => Number(state.value)))
    const dimmedValues = Object.values(states)
      .filter((state) => state.dimmed === true && typeof state.value === 'number')
      .map((state) => Number(state.value))
    expect(Math.max(...dimmedValues)).toBeLessThan(lowest)
    await waitIdle(page)
    await page.screenshot({ path: path.join(ARTEFACTS, 'legend-highlight-id.png') })

    await page.keyboard.press('Escape')
    await expect
      .poll(async () => Object.values(await villageStates(page)).some((s) => s.dimmed === true))
      .toBe(false)
    expect(errors).toEqual([])
  })

  it('takes manual class limits, names a wrong one, and keeps them in the URL', async () => {
    const { page, errors } = await openExplorer(`?i=${INDICATOR}&tahun=2025`)
    await page.getByTestId('breaks-edit').click()
    const inputs = page.getByTestId('breaks-input')
    await inputs.nth(1).fill('30')
    await page.getByTestId('breaks-apply').click()
    expect(await page.getByTestId('breaks-error').textContent()).toContain('Batas 2 harus lebih besar')
    await inputs.nth(0).fill('25')
    await inputs.nth(1).fill('40,5')
    await inputs.nth(2).fill('50')
    await inputs.nth(3).fill('60')
    await page.getByTestId('breaks-apply').click()
    await expect.poll(() => page.url()).toContain('c=manual.25_40.5_50_60')
    expect(await legendText(page)).toContain('40,5 – 50,0')
    expect(await legendText(page)).toContain('Batas kelas ditetapkan manual')
    await page.getByTestId('breaks-reset').click()
    await expect.poll(() => page.url()).not.toContain('c=manual')
    expect(errors).toEqual([])
  })
})

describe('the camera', () => {
  it('is kept in the URL and a copied link reopens the same view', async () => {
    const { page, errors } = await openExplorer(`?i=${INDICATOR}&tahun=2025`)
    expect(page.url()).not.toContain('cam=')
    await page.locator('.maplibregl-ctrl-zoom-in').click()
    await waitIdle(page)
    await expect.poll(() => page.url()).toContain('cam=')
    const shared = new URL(page.url())
    const camera = await cameraOf(page)

    const { page: copy } = await openExplorer(shared.search.replace('&e2e=', ''))
    const reopened = await cameraOf(copy)
    const [lng, lat, zoom] = (shared.searchParams.get('cam') ?? '').split(',').map(Number)
    expect(reopened[0]).toBeCloseTo(lng ?? 0, 6)
    expect(reopened[1]).toBeCloseTo(lat ?? 0, 6)
    expect(reopened[2]).toBeCloseTo(zoom ?? 0, 6)
    // The link rounds to about a pixel: the reopened view is where the first page was.
    expect(Math.abs((reopened[2] ?? 0) - (camera[2] ?? 0))).toBeLessThan(0.01)
    expect(errors).toEqual([])
  })

  it('falls back to the whole kabupaten with a notice for an invalid camera', async () => {
    const { page: fitted } = await openExplorer(`?i=${INDICATOR}&tahun=2025`)
    const { page, errors } = await openExplorer(`?i=${INDICATOR}&tahun=2025&cam=999,0,9`)
    expect(await page.getByTestId('url-notice').textContent()).toContain('cam=999,0,9')
    const [expected, actual] = await Promise.all([cameraOf(fitted), cameraOf(page)])
    for (const [index, value] of expected.entries()) expect(actual[index]).toBeCloseTo(value, 6)
    expect(errors).toEqual([])
  })
})

describe('recolouring', () => {
  it('never re-uploads geometry when the indicator, year, comparison or highlight changes', async () => {
    const { page, errors } = await openExplorer(`?i=${INDICATOR}&tahun=2025`)
    await page.evaluate(() => {
      const map = window.__ppdMap
      if (!map) throw new Error('map is not exposed')
      const counter = { uploads: 0 }
      ;(window as unknown as { __uploads: typeof counter }).__uploads = counter
      // A GeoJSON source re-parses its data in the worker after setData/updateData and reports
      // `sourceDataType: 'content'` when done; a paint or feature-state change never does.
      map.on('sourcedata', (event) => {
        if (event.sourceDataType === 'content') counter.uploads += 1
      })
    })
    const uploads = (): Promise<number> =>
      page.evaluate(() => (window as unknown as { __uploads: { uploads: number } }).__uploads.uploads)

    await page.getByTestId('indicator-search').fill('Persentase penduduk miskin')
    await page.locator('[data-testid="indicator-option"][data-indicator-id="persen_penduduk_miskin"]').click()
    await page.getByTestId('year-select').selectOption('2022')
    await page.getByTestId('class-method').selectOption('jenks')
    await page.getByTestId('compare-year').selectOption('2020')
    await page.locator('[data-testid="legend-row"]').first().click()
    await page.getByTestId('level-kecamatan').click()
    await waitIdle(page)
    expect(await legendText(page)).toContain('Perubahan Persentase penduduk miskin')
    expect(await uploads()).toBe(0)

    // The counter does see an upload: setting the village data again is counted.
    await page.evaluate(() => {
      const source = window.__ppdMap?.getSource('villages') as unknown as {
        setData: (data: unknown) => void
        serialize: () => { data: unknown }
      }
      source.setData(source.serialize().data)
    })
    await expect.poll(uploads).toBeGreaterThan(0)
    expect(errors).toEqual([])
  })
})

describe('screenshots', () => {
  it.each([
    { name: 'desktop-id', lang: 'id', width: 1280, height: 800, extra: '' },
    { name: 'desktop-en', lang: 'en', width: 1280, height: 800, extra: '' },
    { name: 'presentation-change-id', lang: 'id', width: 1920, height: 1080, extra: '&vs=2021' },
    { name: 'presentation-split-en', lang: 'en', width: 1920, height: 1080, extra: '&vs=2021&vm=split' },
  ])('renders the explorer at $width×$height ($name)', async ({ name, lang, width, height, extra }) => {
    const { page, errors } = await openExplorer(`?i=${INDICATOR}&tahun=2025&lang=${lang}${extra}`, {
      viewport: { width, height },
    })
    await waitIdle(page)
    await page.screenshot({ path: path.join(ARTEFACTS, `explorer-${name}.png`) })
    expect(await page.locator('html').getAttribute('lang')).toBe(lang)
    expect(errors).toEqual([])
  })
})
