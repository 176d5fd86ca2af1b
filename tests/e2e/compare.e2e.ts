/**
 * End-to-end: the explorer's years and comparisons. A change map between two years, the split view
 * with synced cameras, play over the years, a legend class highlighting its villages, the camera in
 * a copied link, and no geometry re-upload while recolouring. Values are checked against the
 * published `indicators.csv`, read by the page itself.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './browser'
import { type PreviewServer, startPreview } from './preview-server'

const ARTEFACTS = path.resolve(import.meta.dirname, '../../test-results/e2e')
const INDICATOR = 'persen_kk_desil_1_4'

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

async function openApp(
  query: string,
  viewport = { width: 1280, height: 800 },
  options: { isFakeClock?: boolean } = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  // Playwright's clock: time still flows on its own, and runFor() jumps it ahead without waiting.
  if (options.isFakeClock) await page.clock.install()
  await page.goto(`${server.url}${query.startsWith('?') ? `${query}&e2e` : '?e2e'}`)
  await page.waitForSelector('html[data-map-ready="true"]', { timeout: 30_000 })
  return { page, errors }
}

async function legendText(page: Page): Promise<string> {
  return (await page.getByTestId('legend').textContent()) ?? ''
}

/** `value` and `status` feature-state of every village of a map (`main` or `compare`). */
async function villageStates(
  page: Page,
  which: 'main' | 'compare' = 'main',
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
async function publishedValues(
  page: Page,
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
    { indicator: INDICATOR, year: tahun },
  )
}

async function cameraOf(page: Page, which: 'main' | 'compare' = 'main'): Promise<number[]> {
  return page.evaluate((name) => {
    const map = name === 'main' ? window.__ppdMap : window.__ppdMaps?.compare
    if (!map) throw new Error(`map ${name} is not exposed`)
    const center = map.getCenter()
    return [center.lng, center.lat, map.getZoom()]
  }, which)
}

/** Waits until every map of the page has drawn a frame with nothing pending (no move, no data). */
async function waitIdle(page: Page): Promise<void> {
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

describe('comparing years', () => {
  it('draws the change between two years in percentage points, keeping withheld villages apart', async () => {
    const { page, errors } = await openApp(`?i=${INDICATOR}&tahun=2025`)
    await page.getByTestId('compare-year').selectOption('2021')
    await expect.poll(() => legendText(page)).toContain('Perubahan Persentase KK desil 1–4')
    const legend = await legendText(page)
    expect(legend).toContain('poin persen')
    expect(legend).toContain('2021 → 2025')
    expect(page.url()).toContain('vs=2021')

    const [from, to, states] = await Promise.all([
      publishedValues(page, 2021),
      publishedValues(page, 2025),
      villageStates(page),
    ])
    const codes = Object.keys(states)
    expect(codes.length).toBeGreaterThan(100)
    for (const kode of codes) {
      const a = from[kode]
      const b = to[kode]
      const state = states[kode]
      if (a?.status === 'ditahan' || b?.status === 'ditahan') expect(state?.status).toBe('ditahan')
      else if (a?.nilai != null && b?.nilai != null) expect(state?.value).toBeCloseTo(b.nilai - a.nilai, 9)
      else expect(state?.value).toBeNull()
    }
    // A diverging legend: both a fall (negative lower bound) and a rise are shown, zero is a break.
    expect(legend).toMatch(/-\d+,\d/)
    expect(legend).toMatch(/0,0 – /)
    await page.screenshot({ path: path.join(ARTEFACTS, 'compare-change-id.png') })
    expect(errors).toEqual([])
  })

  it('shows two years side by side on shared classes, with cameras that follow each other', async () => {
    const { page, errors } = await openApp(`?i=${INDICATOR}&tahun=2025&vs=2021`)
    await page.getByTestId('compare-mode-split').click()
    await page.getByTestId('compare-pane').waitFor()
    // The compare map draws its choropleth first and then loads its other layers: allow for both.
    await expect
      .poll(() => page.evaluate(() => window.__ppdMaps?.compare?.loaded() ?? false), { timeout: 30_000 })
      .toBe(true)
    expect(page.url()).toContain('vs=2021&vm=split')
    expect(await page.getByTestId('compare-year-badge').textContent()).toBe('2021')

    const [left, right, published2021, published2025] = await Promise.all([
      villageStates(page, 'compare'),
      villageStates(page, 'main'),
      publishedValues(page, 2021),
      publishedValues(page, 2025),
    ])
    const kode = Object.keys(left).find((code) => published2021[code]?.nilai != null) ?? ''
    expect(left[kode]?.value).toBe(published2021[kode]?.nilai)
    expect(right[kode]?.value).toBe(published2025[kode]?.nilai)

    // Drag the left map: the right one follows.
    await waitIdle(page)
    const before = await cameraOf(page, 'main')
    const box = await page.getByTestId('compare-pane').boundingBox()
    if (!box) throw new Error('the compare pane has no box')
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.6)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width * 0.6 - 120, box.y + box.height * 0.6 - 60, { steps: 8 })
    await page.mouse.up()
    await waitIdle(page)
    const [leftCamera, rightCamera] = await Promise.all([cameraOf(page, 'compare'), cameraOf(page, 'main')])
    expect(rightCamera[0]).not.toBeCloseTo(before[0] ?? 0, 3)
    for (const [index, value] of leftCamera.entries()) expect(rightCamera[index]).toBeCloseTo(value, 6)

    // Zoom the left map with its button: the right one follows.
    await page.getByTestId('compare-pane').locator('.maplibregl-ctrl-zoom-in').click({ timeout: 10_000 })
    await waitIdle(page)
    // Both zooms are read on every poll: the followed map may still be easing when the first one settles.
    await expect
      .poll(async () => {
        const [compareCamera, mainCamera] = await Promise.all([
          cameraOf(page, 'compare'),
          cameraOf(page, 'main'),
        ])
        return Math.abs((compareCamera[2] ?? 0) - (mainCamera[2] ?? 0))
      })
      .toBeLessThan(1e-4)
    await page.screenshot({ path: path.join(ARTEFACTS, 'compare-split-id.png') })
    expect(errors).toEqual([])
  })

  it('plays through the years, stops at the last one and can be paused', async () => {
    const { page, errors } = await openApp(`?i=${INDICATOR}&tahun=2023`, undefined, { isFakeClock: true })
    const year = page.getByTestId('timeline-year')
    const play = page.getByTestId('timeline-play')
    // One play step (year-steps.ts getPlayInterval: 1.5 s without reduced motion).
    const step = () => page.clock.runFor(1_500)
    await play.click()
    expect(await play.getAttribute('aria-pressed')).toBe('true')
    await step()
    await expect.poll(() => year.textContent()).toBe('2024')
    await expect.poll(() => legendText(page)).toContain('2024')
    await step()
    await expect.poll(() => year.textContent()).toBe('2025')
    await step()
    await expect.poll(() => play.getAttribute('aria-pressed')).toBe('false')
    expect(page.url()).toContain('tahun=2025')

    // From the last year, play starts again at the first; pause keeps the year shown. The clock stands
    // still between the two clicks, so a slow machine cannot let a play step slip in between.
    // pauseAt fast-forwards to a future time: a second ahead, so the page's running clock cannot pass it
    // before the call lands (nothing is playing now, so no step fires on the way).
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000))
    await play.click()
    await expect.poll(() => year.textContent()).toBe('2019')
    await play.click()
    expect(await play.getAttribute('aria-pressed')).toBe('false')
    await page.clock.resume()
    await page.clock.runFor(3 * 1_500)
    expect(await year.textContent()).toBe('2019')

    // The slider is a keyboard control: arrow right is the next year.
    await page.getByTestId('timeline-slider').focus()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => year.textContent()).toBe('2020')
    expect(errors).toEqual([])
  })
})

describe('the legend', () => {
  it('highlights the villages of a class on the map, from the keyboard too', async () => {
    const { page, errors } = await openApp(`?i=${INDICATOR}&tahun=2025`)
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
    const { page, errors } = await openApp(`?i=${INDICATOR}&tahun=2025`)
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
    const { page, errors } = await openApp(`?i=${INDICATOR}&tahun=2025`)
    expect(page.url()).not.toContain('cam=')
    await page.locator('.maplibregl-ctrl-zoom-in').click()
    await waitIdle(page)
    await expect.poll(() => page.url()).toContain('cam=')
    const shared = new URL(page.url())
    const camera = await cameraOf(page)

    const { page: copy } = await openApp(shared.search.replace('&e2e=', ''))
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
    const { page: fitted } = await openApp(`?i=${INDICATOR}&tahun=2025`)
    const { page, errors } = await openApp(`?i=${INDICATOR}&tahun=2025&cam=999,0,9`)
    expect(await page.getByTestId('url-notice').textContent()).toContain('cam=999,0,9')
    const [expected, actual] = await Promise.all([cameraOf(fitted), cameraOf(page)])
    for (const [index, value] of expected.entries()) expect(actual[index]).toBeCloseTo(value, 6)
    expect(errors).toEqual([])
  })
})

describe('recolouring', () => {
  it('never re-uploads geometry when the indicator, year, comparison or highlight changes', async () => {
    const { page, errors } = await openApp(`?i=${INDICATOR}&tahun=2025`)
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
    const { page, errors } = await openApp(`?i=${INDICATOR}&tahun=2025&lang=${lang}${extra}`, {
      width,
      height,
    })
    await waitIdle(page)
    await page.screenshot({ path: path.join(ARTEFACTS, `explorer-${name}.png`) })
    expect(await page.locator('html').getAttribute('lang')).toBe(lang)
    expect(errors).toEqual([])
  })
})
