/**
 * End-to-end: the explorer's main flow (issue 5). Pick "Persentase KK desil 1–4", switch to Jenks
 * with 5 classes, move to 2023, open a village from the table, and reopen the copied URL in a new
 * page with the same legend, table and panel. Then the village profile, from the panel and by direct
 * URL in both languages (and "not found" for bad codes), and the CSV download against the table shown.
 */
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import Papa from 'papaparse'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './browser'
import { type PreviewServer, startPreview } from './preview-server'

const ARTEFACTS = path.resolve(import.meta.dirname, '../../test-results/e2e')
/** Singa Gembara, a desa of Sangatta Utara. */
const VILLAGE = { kode: '64.08.04.2011', nama: 'Singa Gembara', kecamatan: 'Sangatta Utara' }

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

/** Opens a page and waits for `selector`, failing with the page errors seen. */
async function open(query: string, selector: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${server.url}${query.replace(/^\//, '')}`)
  await page.waitForSelector(selector, { timeout: 30_000 }).catch((error: Error) => {
    throw new Error(
      `${selector} never appeared (page errors: ${errors.join('; ') || 'none'}): ${error.message}`,
    )
  })
  return { page, errors }
}

const openMap = (query: string) => open(query, 'html[data-map-ready="true"]')
const openProfilePage = (query: string) =>
  open(query, '[data-testid="village-profile"], [data-testid="not-found"]')

async function text(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).textContent()) ?? ''
}

/** The cells of every table row as shown, in order. */
async function tableCells(page: Page): Promise<string[][]> {
  return page.$$eval('[data-testid="table-row"]', (rows) =>
    rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
  )
}

describe('the explorer flow', () => {
  it('picks an indicator, Jenks 5 and 2023, opens a village from the table, and a copied link reopens it', async () => {
    const { page, errors } = await openMap('?i=luas_km2')
    await page.getByTestId('indicator-search').fill('Persentase KK desil 1–4')
    await page.locator('[data-testid="indicator-option"][data-indicator-id="persen_kk_desil_1_4"]').click()
    await page.getByTestId('class-method').selectOption('jenks')
    await page.getByTestId('class-count').selectOption('5')
    await page.getByTestId('year-select').selectOption('2023')
    await expect.poll(() => text(page, 'legend')).toContain('2023')
    const legend = await text(page, 'legend')
    expect(legend).toContain('Persentase KK desil 1–4')
    expect(legend).toContain('Jenks')

    await page.getByTestId('tab-table').click()
    expect(page.url()).toContain('tab=tabel')
    expect(await page.getByTestId('tab-table').getAttribute('aria-pressed')).toBe('true')
    expect(await text(page, 'table-caption')).toContain('Persentase KK desil 1–4 (2023), %: 141 dari 141')
    // The table's class counts agree with the legend's: 5 classes over the 141 villages.
    const classes = (await tableCells(page)).map((cells) => cells[3])
    expect(new Set(classes)).toEqual(new Set(['1 dari 5', '2 dari 5', '3 dari 5', '4 dari 5', '5 dari 5']))

    await page.getByTestId('table-filter').fill('singa gem')
    await expect.poll(async () => (await tableCells(page)).length).toBe(1)
    await page.locator(`[data-testid="table-row"][data-kode="${VILLAGE.kode}"] th button`).click()
    const panel = page.getByTestId('village-panel')
    await panel.waitFor()
    await expect.poll(() => panel.textContent()).toContain(VILLAGE.nama)
    const panelText = (await panel.textContent()) ?? ''
    expect(panelText).toContain('Persentase KK desil 1–4 (2023)')
    expect(panelText).toMatch(/Kelas \d dari 5/)
    expect(page.url()).toContain(`desa=${VILLAGE.kode}`)
    await page.screenshot({ path: path.join(ARTEFACTS, 'explorer-table-id.png') })

    const { page: copy, errors: copyErrors } = await openMap(new URL(page.url()).search)
    await expect.poll(() => text(copy, 'legend')).toEqual(legend)
    await expect.poll(() => copy.getByTestId('village-panel').textContent()).toEqual(panelText)
    expect(await copy.getByTestId('tab-table').getAttribute('aria-pressed')).toBe('true')
    expect(
      await copy
        .locator(`[data-testid="table-row"][data-kode="${VILLAGE.kode}"] th button`)
        .getAttribute('aria-pressed'),
    ).toBe('true')

    // Back to the map: the same selection, and the URL forgets the tab.
    await copy.getByTestId('tab-map').click()
    expect(copy.url()).not.toContain('tab=')
    expect(await copy.getByTestId('village-panel').textContent()).toEqual(panelText)
    expect([...errors, ...copyErrors]).toEqual([])
    await page.close()
    await copy.close()
  })

  it('opens the profile from the village panel, with the panel figure, and switches language', async () => {
    const { page, errors } = await openMap(`?i=persen_kk_desil_1_4&tahun=2023&desa=${VILLAGE.kode}`)
    const value = (await page.locator('.village-panel__value strong').textContent()) ?? ''
    await page.getByTestId('village-panel-profile').click()
    await page.getByTestId('village-profile').waitFor()
    expect(new URL(page.url()).pathname).toBe(`/desa/${VILLAGE.kode}`)
    expect(new URL(page.url()).searchParams.get('tahun')).toBe('2023')
    expect(await text(page, 'profile-name')).toBe(VILLAGE.nama)
    expect(await text(page, 'profile-kecamatan')).toBe(VILLAGE.kecamatan)
    const row = page.locator('[data-testid="profile-row"][data-indicator-id="persen_kk_desil_1_4"]')
    // The unit is named once under the indicator's label; the cells hold the numbers.
    expect(await row.locator('td').first().textContent()).toBe(value)
    expect(await row.locator('.profile-table__unit').textContent()).toBe('%')
    expect(await row.locator('td').nth(3).textContent()).toMatch(/^\d+( \(seri\))? dari \d+$/)
    expect(await page.locator('[data-testid="sparkline"]').count()).toBeGreaterThan(40)
    expect(await text(page, 'profile-synthetic')).toContain('sintetis')
    expect(await text(page, 'profile-sources')).toContain('cahyadsn/wilayah_boundaries')

    await page.getByTestId('lang-en').click()
    await expect
      .poll(() => page.locator('.profile-indicators-title').textContent())
      .toBe('Every indicator, 2023')
    expect(await row.locator('td').first().textContent()).toBe(value.replace(',', '.'))
    expect(page.url()).toContain('lang=en')

    // Back on the map, framed on the village in the same year.
    await page.locator('.profile-map-link').click()
    await page.getByTestId('village-panel').waitFor()
    expect(page.url()).toContain(`desa=${VILLAGE.kode}`)
    expect(page.url()).toContain('tahun=2023')
    expect(errors).toEqual([])
    await page.close()
  })

  it.each([
    // The Indonesian case opens a link from before issue 19, its year under `t`.
    { language: 'id', query: 't=2024', heading: 'Semua indikator 2024', idm: 'Status IDM' },
    { language: 'en', query: 'tahun=2024&lang=en', heading: 'Every indicator, 2024', idm: 'IDM status' },
  ])('opens a profile by direct URL in $language', async ({ language, query, heading, idm }) => {
    const { page, errors } = await openProfilePage(`/desa/${VILLAGE.kode}?${query}`)
    expect(await page.getAttribute('html', 'lang')).toBe(language)
    expect(await page.title()).toContain(VILLAGE.nama)
    expect(await page.locator('.profile-indicators-title').textContent()).toBe(heading)
    expect(await text(page, 'profile-idm')).toContain(idm)
    expect(await page.getByTestId('profile-year').inputValue()).toBe('2024')
    await page.getByTestId('locator-map').waitFor()
    // Another year from the profile's own select: the URL follows, so the link stays shareable.
    await page.getByTestId('profile-year').selectOption('2023')
    await expect.poll(() => page.locator('.profile-indicators-title').textContent()).toContain('2023')
    expect(new URL(page.url()).searchParams.get('tahun')).toBe('2023')
    expect(new URL(page.url()).searchParams.has('t')).toBe(false)
    await page.getByTestId('profile-year').selectOption('2024')
    await page.setViewportSize({ width: 1280, height: 2600 })
    await page.screenshot({ path: path.join(ARTEFACTS, `profile-${language}.png`) })
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.app-header').isVisible()).toBe(false)
    expect(await page.getByTestId('profile-print').isVisible()).toBe(false)
    expect(errors).toEqual([])
    await page.close()
  })

  it.each([
    { path: '/desa/64.08.99.9999', message: 'Tidak ada desa atau kelurahan berkode 64.08.99.9999' },
    { path: '/desa/bukan-kode?lang=en', message: '“bukan-kode” is not a village code' },
  ])('says "not found" for $path, with a way back to the map', async ({ path: target, message }) => {
    const { page, errors } = await openProfilePage(target)
    expect(await text(page, 'not-found')).toContain(message)
    await page.getByTestId('not-found').getByRole('link').click()
    await page.waitForSelector('html[data-map-ready="true"]', { timeout: 30_000 })
    expect(errors).toEqual([])
    await page.close()
  })

  it('falls back to the map with a notice for an unknown tab value', async () => {
    const { page, errors } = await openMap('?i=persen_kk_desil_1_4&tahun=2023&tab=grafik')
    expect(await text(page, 'url-notice')).toContain('tab=grafik')
    expect(await page.getByTestId('tab-map').getAttribute('aria-pressed')).toBe('true')
    expect(await page.getByTestId('village-table').count()).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it('downloads a CSV holding exactly the filtered, sorted rows shown', async () => {
    const { page, errors } = await openMap('?i=persen_kk_desil_1_4&tahun=2023&c=jenks.5&tab=tabel')
    await page.getByTestId('table-kecamatan').selectOption({ label: 'Muara Ancalong' })
    await page.getByTestId('table-sort-value').click()
    const shown = await tableCells(page)
    expect(shown.length).toBeGreaterThan(3)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('table-download').click(),
    ])
    expect(download.suggestedFilename()).toBe('persen_kk_desil_1_4-2023-desa.csv')
    const csv = (await readFile((await download.path()) ?? '', 'utf8')).replace(/^\uFEFF/, '')
    const notes = csv.split('\r\n').filter((line) => line.startsWith('#'))
    expect(notes).toContain('# Saringan: kecamatan Muara Ancalong')
    expect(notes).toContain('# Urutan: Nilai, turun')
    expect(notes.some((line) => line.startsWith('# Snapshot data: 64.08-'))).toBe(true)
    const data = csv
      .split('\r\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
      .join('\r\n')
    const [header, ...rows] = Papa.parse<string[]>(data, { delimiter: ';' }).data
    expect(header).toEqual([
      'Kode',
      'Desa/kelurahan',
      'Kecamatan',
      'Nilai',
      'Satuan',
      'Kelas',
      'Status',
      'Peringkat',
      'Indikator',
      'Tahun',
    ])
    // Shown: name, kecamatan, value, class, status, rank, profile link. CSV: the same, value unformatted.
    expect(rows.map((row) => [row[1], row[2], row[3], row[5], row[6], row[7]])).toEqual(
      shown.map((cells) => [cells[0], cells[1], cells[2]?.replaceAll('.', ''), cells[3], cells[4], cells[5]]),
    )
    expect(rows.every((row) => row[8] === 'persen_kk_desil_1_4' && row[9] === '2023')).toBe(true)
    expect(errors).toEqual([])
    await page.close()
  })
})
