/**
 * End-to-end: the explorer's years. A change map between two years, the split view with synced cameras,
 * and play over the years. Values are checked against the published `indicators.csv`, read by the page
 * itself. The legend, camera, recolouring and screenshots are in explorer-view.e2e.ts.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ARTEFACTS,
  cameraOf,
  legendText,
  publishedValues,
  setUpExplorer,
  villageStates,
  waitIdle,
} from './explorer-page'

const INDICATOR = 'persen_kk_desil_1_4'
const openExplorer = setUpExplorer()

describe('comparing years', () => {
  it('draws the change between two years in percentage points, keeping withheld villages apart', async () => {
    const { page, errors } = await openExplorer(`?i=${INDICATOR}&tahun=2025`)
    await page.getByTestId('compare-year').selectOption('2021')
    await expect.poll(() => legendText(page)).toContain('Perubahan Persentase KK desil 1–4')
    const legend = await legendText(page)
    expect(legend).toContain('poin persen')
    expect(legend).toContain('2021 → 2025')
    expect(page.url()).toContain('vs=2021')

    const [from, to, states] = await Promise.all([
      publishedValues(page, INDICATOR, 2021),
      publishedValues(page, INDICATOR, 2025),
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
    const { page, errors } = await openExplorer(`?i=${INDICATOR}&tahun=2025&vs=2021`)
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
      publishedValues(page, INDICATOR, 2021),
      publishedValues(page, INDICATOR, 2025),
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
    const { page, errors } = await openExplorer(`?i=${INDICATOR}&tahun=2023`, { isFakeClock: true })
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
