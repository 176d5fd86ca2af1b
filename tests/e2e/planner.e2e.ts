/**
 * End-to-end: the planner workspace in local mode (no Supabase configured). The first visit loads the
 * demo database into the browser (PGlite + PostGIS in a worker); the household count of a village
 * matches the demo import file and the figure the public map publishes; a follow-up is saved, survives a reload (IndexedDB) and is found again.
 * Export, reset to demo data and import round-trip a planner's work. The public map, opened alone,
 * downloads none of the embedded engine.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseRoundedCells } from '../../scripts/data/disclosure/cells'
import { ROUNDED_CELLS_FILE } from '../../scripts/data/disclosure/local-key'
import { launchChromium } from './browser'
import { waitForBanner } from './planner-page'
import { type PreviewServer, startPreview } from './preview-server'

const ROOT = path.resolve(import.meta.dirname, '../..')
const SCREENSHOTS = process.env.PLANNER_SCREENSHOTS ?? path.join(ROOT, 'test-results/e2e')
/** Files only the planner workspace may fetch: the worker, PGlite, PostGIS, the demo database, supabase-js. */
const ENGINE_FILES =
  /pglite|postgis|initdb|fuzzystrmatch|local-worker|planner-demo|planner-client|planner-screen/

let server: PreviewServer
let browser: Browser

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startPreview(), launchChromium()])
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Households of `kode` in the latest period of the demo import file (what the browser dump keeps). */
async function householdsInDemoFile(kode: string): Promise<{ periode: number; count: number }> {
  const text = await readFile(path.join(ROOT, 'data/demo/64.08/keluarga.csv'), 'utf8')
  const rows = text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
  const periode = rows.reduce((latest, cells) => Math.max(latest, Number(cells[2])), 0)
  const count = rows.filter((cells) => cells[1] === kode && Number(cells[2]) === periode).length
  return { periode, count }
}

describe('the planner workspace in local mode', () => {
  it('shows a village household count, stores a follow-up and finds it again after a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${server.url}perencana`)
    expect(await waitForBanner(page, errors)).toBe('demo')
    expect(await page.getByTestId('local-banner').textContent()).toContain(
      'data tersimpan di perangkat ini saja',
    )

    const kode = await page.getByTestId('village-picker').inputValue()
    const expected = await householdsInDemoFile(kode)
    expect(expected.count).toBeGreaterThan(0)
    const shown = await page.getByTestId(`keluarga-${expected.periode}`).textContent()
    expect(Number((shown ?? '').replaceAll('.', ''))).toBe(expected.count)
    // The public map's figure (snapshot engine, from indicators.csv) is the sum of the village's rounded
    // cells (docs/disclosure-control.md): each cell within ±2, so the count within ±2 per cell.
    const cells = parseRoundedCells(await readFile(path.resolve(ROUNDED_CELLS_FILE), 'utf8')).filter(
      (cell) => cell.kode === kode && cell.tahun === expected.periode,
    )
    expect(cells.length).toBeGreaterThan(0)
    const published = Number(
      ((await page.getByTestId(`published-${expected.periode}`).textContent()) ?? '').replaceAll('.', ''),
    )
    expect(published).toBe(cells.reduce((total, cell) => total + cell.kk_terbit, 0))
    expect(Math.abs(published - expected.count)).toBeLessThanOrEqual(2 * cells.length)

    const note = `Cek lapangan e2e ${Date.now()}`
    await page.getByLabel('Sudah diverifikasi').check()
    await page.getByLabel('Catatan').fill(note)
    // No name to type: the database signs local-mode notes as this device.
    expect(await page.getByTestId('follow-up-author').textContent()).toContain('perangkat ini')
    await page.getByRole('button', { name: 'Simpan tindak lanjut' }).click()
    await expect.poll(() => page.getByTestId('follow-up-history').textContent()).toContain(note)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'planner-id.png'), fullPage: true })

    await page.reload()
    expect(await waitForBanner(page, errors)).toBe('saved')
    expect(await page.getByTestId('village-picker').inputValue()).toBe(kode)
    const history = (await page.getByTestId('follow-up-history').textContent()) ?? ''
    expect(history).toContain(note)
    expect(history).toContain('oleh perangkat ini')
    // The picker's statuses come with the last query of the reload, after the review list (~1.3 s of
    // duplicate checks in the worker on 2 cores), so wait longer than expect.poll's default second.
    await expect
      .poll(() => page.locator(`option[value="${kode}"]`).textContent(), { timeout: 30_000 })
      .toContain('Sudah diverifikasi')

    await page.getByTestId('lang-en').click()
    await expect
      .poll(() => page.getByTestId('local-banner').textContent())
      .toContain('the data stays on this device')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'planner-en.png'), fullPage: true })
    expect(errors).toEqual([])
    await context.close()
  }, 180_000)

  it('exports the database, resets to the demo data and imports the export back', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('dialog', (dialog) => void dialog.accept())
    await page.goto(`${server.url}perencana`)
    await waitForBanner(page, errors)
    const note = `Catatan ekspor ${Date.now()}`
    await page.getByLabel('Catatan').fill(note)
    await page.getByRole('button', { name: 'Simpan tindak lanjut' }).click()
    await expect.poll(() => page.getByTestId('follow-up-history').textContent()).toContain(note)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ekspor basis data saya' }).click(),
    ])
    const exported = await download.path()
    expect(download.suggestedFilename()).toMatch(/^peta-prioritas-desa-\d{4}-\d{2}-\d{2}\.tar\.gz$/)

    await page.getByRole('button', { name: 'Kembalikan ke data demo' }).click()
    await page.waitForSelector('[data-testid="local-origin"][data-origin="demo"]', { timeout: 120_000 })
    await page.getByTestId('household-counts').waitFor()
    expect(await page.getByText('Belum ada tindak lanjut.').count()).toBe(1)

    await page.locator('input[type="file"]').setInputFiles(exported)
    await page.waitForSelector('[data-testid="local-origin"][data-origin="file"]', { timeout: 120_000 })
    await expect.poll(() => page.getByTestId('follow-up-history').textContent()).toContain(note)
    expect(errors).toEqual([])
    await context.close()
  }, 240_000)

  it('the public map downloads none of the embedded engine', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    const requested: string[] = []
    page.on('request', (request) => requested.push(new URL(request.url()).pathname))
    await page.goto(server.url)
    await page.waitForSelector('html[data-map-ready="true"]', { timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    expect(requested.filter((url) => ENGINE_FILES.test(url))).toEqual([])
    expect(requested.some((url) => url.includes('/data/regions.topojson'))).toBe(true)
    await context.close()
  })
})

/** The planted household-head duplicates of `periode` (one NIK heading households in two villages). */
async function plantedHeadPairs(periode: number): Promise<string[][]> {
  const truth = JSON.parse(await readFile(path.join(ROOT, 'data/demo/64.08/ground-truth.json'), 'utf8')) as {
    anomalies: { kind: string; tahun: number; rows: { values: { kode_desa: string } }[] }[]
  }
  return truth.anomalies
    .filter((anomaly) => anomaly.kind === 'duplicate_nik_across_villages' && anomaly.tahun === periode)
    .map((anomaly) => anomaly.rows.map((row) => row.values.kode_desa).sort())
}

describe('the duplicate review and combination rules in local mode', () => {
  it('lists the planted head pairs masked, keeps a decision and a rule change across a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${server.url}perencana`)
    await waitForBanner(page, errors)
    const info = JSON.parse(await readFile(path.join(ROOT, 'public/local/planner-demo.json'), 'utf8')) as {
      periode: number
    }
    const planted = await plantedHeadPairs(info.periode)
    expect(planted.length).toBeGreaterThan(0)

    const review = page.getByTestId('duplicate-review')
    const summary = review.getByTestId('review-summary')
    await summary.waitFor({ timeout: 60_000 })
    expect(await review.getByTestId('review-year').inputValue()).toBe(String(info.periode))
    expect(Number(await summary.getAttribute('data-pairs'))).toBe(planted.length)
    expect(await review.getByTestId('review-local-note').textContent()).toContain('kepala keluarga DTSEN')
    const pairs = review.getByTestId('duplicate-pair')
    expect(await pairs.count()).toBe(planted.length)
    const found = await pairs.evaluateAll((items) =>
      items.map((item) => [item.getAttribute('data-desa-a'), item.getAttribute('data-desa-b')].sort()),
    )
    expect(found.sort()).toEqual(planted.sort())
    const first = pairs.first()
    const text = (await first.textContent()) ?? ''
    expect(text).toContain('NIK kepala keluarga yang sama di dua desa')
    expect(text).toMatch(/K\*\*\* K\*\*\*/)
    expect(text).not.toContain('Kepala KK')
    // No digit of the pseudonym in the name shows through the mask ("9e***3f***" before 20261201150000).
    expect(text).not.toMatch(/[0-9][A-Za-z]?\*\*\*/)

    await first.getByLabel('Keterangan keputusan pasangan 1').fill('Dicek e2e')
    await first.getByRole('button', { name: 'Orang sama' }).click()
    await first.getByTestId('pair-decision').waitFor()
    expect(await first.getByTestId('pair-decision').textContent()).toContain('Dicek e2e')

    const rules = page.getByTestId('combination-rules')
    const rule = rules.locator('[data-testid="combination-rule"][data-pair="PBI_JKN+PIP"]')
    await rule.waitFor({ timeout: 60_000 })
    expect(await rules.getByTestId('combination-rule').count()).toBe(10)
    expect(await rule.getAttribute('data-allowed')).toBe('true')
    await rule.getByLabel('Alasan perubahan untuk PBI-JKN + PIP').fill('Uji e2e')
    await rule.getByRole('button', { name: 'Larang PBI-JKN + PIP' }).click()
    // The change is a write to the local database and a re-read of the rules: with another e2e file
    // importing beside this one it takes seconds, not the poll's default 1 s.
    await expect.poll(() => rule.getAttribute('data-allowed'), { timeout: 30_000 }).toBe('false')
    expect(await rule.textContent()).toContain('Uji e2e')
    await review.scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(SCREENSHOTS, 'planner-review-id.png') })
    await rule.scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(SCREENSHOTS, 'planner-rules-id.png') })

    await page.reload()
    await waitForBanner(page, errors)
    await summary.waitFor({ timeout: 60_000 })
    expect(await summary.textContent()).toContain(`${planted.length} pasangan, ${planted.length - 1} belum`)
    await review.getByTestId('review-decision').selectOption('semua')
    const decided = review.locator('[data-testid="duplicate-pair"][data-decision="orang_sama"]')
    expect(await decided.count()).toBe(1)
    expect(await decided.getByTestId('pair-decision').textContent()).toMatch(
      /Orang sama.*diputuskan.*Dicek e2e/,
    )
    // The change is a write to the local database and a re-read of the rules: with another e2e file
    // importing beside this one it takes seconds, not the poll's default 1 s.
    await expect.poll(() => rule.getAttribute('data-allowed'), { timeout: 30_000 }).toBe('false')

    await page.getByTestId('lang-en').click()
    await expect.poll(() => review.textContent()).toContain('Duplicate recipient review')
    expect(await decided.textContent()).toContain('Same person')
    await review.scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(SCREENSHOTS, 'planner-review-en.png') })
    await rule.scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(SCREENSHOTS, 'planner-rules-en.png') })
    expect(errors).toEqual([])
    await context.close()
  }, 240_000)
})
