/**
 * End-to-end: the Dana Desa screen. With the official parameters the simulator reproduces the published
 * allocation (no gainers, no losers); raising the poor-population weight recolours the gainers-and-losers
 * map and refills the table; both exports carry the settings and the snapshot id; the URL reproduces the
 * simulation; a kelurahan reads "not eligible". Screenshots in both languages go to test-results/e2e/.
 */
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './browser'
import { type PreviewServer, startPreview } from './preview-server'

const ARTEFACTS = path.resolve(import.meta.dirname, '../../test-results/e2e')
/** A kelurahan of Kutai Timur (Kemendagri code): it receives no Dana Desa. */
const KELURAHAN = '64.08.04.1010'

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

async function openScreen(query = '?e2e', height = 900): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1360, height }, acceptDownloads: true })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${server.url}dana-desa${query}`)
  await page.waitForSelector('html[data-map-ready="true"]', { timeout: 30_000 }).catch((error: Error) => {
    throw new Error(`map never became ready (page errors: ${errors.join('; ') || 'none'}): ${error.message}`)
  })
  return { page, errors }
}

const summary = async (page: Page): Promise<string> =>
  (await page.getByTestId('dd-summary').textContent()) ?? ''

/** The change value the map holds as feature-state for each village drawn. */
async function mapChanges(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const map = window.__ppdMap
    if (!map) return []
    const features = map.querySourceFeatures('villages')
    return features
      .map((feature) => map.getFeatureState({ source: 'villages', id: feature.id ?? '' }).value)
      .filter((value): value is number => typeof value === 'number' && value > -1e14)
  })
}

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()])
  const target = path.join(ARTEFACTS, file.suggestedFilename())
  await file.saveAs(target)
  return target
}

describe('the Dana Desa screen', () => {
  it('simulates a higher poor-population weight, maps and tables the gainers, exports it and keeps it in the link', async () => {
    const { page, errors } = await openScreen()
    // Official parameters: the published allocation, to the rupiah
    expect(await summary(page)).toMatch(/^0 desa bertambah, 0 desa berkurang; Rp 0 berpindah/)

    await page.getByTestId('dd-weight-penduduk_miskin').fill('60')
    await page.getByTestId('dd-weight-penduduk_miskin').press('Enter')
    await expect.poll(() => summary(page)).not.toMatch(/^0 desa bertambah/)
    expect(await page.getByTestId('dd-map-metric').inputValue()).toBe('perubahan')
    await page.getByTestId('dd-legend-change').waitFor()
    expect(await page.getByTestId('dd-weight-penduduk').inputValue()).toBe('6.67')
    await expect.poll(async () => (await mapChanges(page)).some((value) => value !== 0)).toBe(true)
    const changes = await mapChanges(page)
    expect(changes.some((value) => value > 0) && changes.some((value) => value < 0)).toBe(true)

    const rows = page.getByTestId('dd-change-table').locator('tbody tr')
    expect(await rows.count()).toBe(139)
    expect(await rows.first().locator('td').nth(2).getAttribute('class')).toContain('dd-gain')
    expect(await rows.last().locator('td').nth(2).getAttribute('class')).toContain('dd-loss')
    expect(new URL(page.url()).searchParams.get('bobot')).toBe('6.67,60,13.33,20')

    const csvPath = await download(page, 'dd-export-csv')
    const csv = await readFile(csvPath, 'utf8')
    // The app's CSV dialect (src/lib/csv-file.ts): a byte-order mark for Excel, then the notes.
    expect(csv).toMatch(/^\uFEFF# snapshot_id: 64\.08-/)
    expect(csv).toContain('# bobot_formula_persen.penduduk_miskin: 60')
    expect(csv).toContain('bobot=6.67,60,13.33,20')
    const parsed = Papa.parse<Record<string, string>>(csv, {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    })
    expect(parsed.data).toHaveLength(139)
    const total = (column: string) => parsed.data.reduce((sum, row) => sum + Number(row[column]), 0)
    expect(total('pagu_simulasi')).toBe(total('pagu_resmi'))
    expect(parsed.data.some((row) => Number(row.selisih) !== 0)).toBe(true)

    const xlsxPath = await download(page, 'dd-export-xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(xlsxPath)
    expect(workbook.getWorksheet('simulasi')?.rowCount).toBe(140)
    const parameterRows = workbook.getWorksheet('parameter')?.getSheetValues() ?? []
    expect(JSON.stringify(parameterRows)).toContain('"bobot_formula_persen.penduduk_miskin",60')

    // The copied link reproduces the simulation
    const again = await openScreen(new URL(page.url()).search)
    expect(await summary(again.page)).toBe(await summary(page))
    expect(await again.page.getByTestId('dd-map-metric').inputValue()).toBe('perubahan')
    await again.page.close()

    const screenshotPage = await openScreen(`${new URL(page.url()).search}`, 2900)
    await screenshotPage.page.waitForTimeout(500)
    await screenshotPage.page.screenshot({ path: path.join(ARTEFACTS, 'dana-desa-simulation-id.png') })
    await screenshotPage.page.close()
    expect(errors).toEqual([])
    await page.close()
  })

  it('says a kelurahan receives no Dana Desa, in Indonesian and in English', async () => {
    const { page, errors } = await openScreen(`?e2e&desa=${KELURAHAN}`)
    expect(await page.getByTestId('dd-not-eligible').textContent()).toContain('tidak menerima Dana Desa')
    await page.close()
    const english = await openScreen(`?e2e&lang=en&desa=${KELURAHAN}`, 2900)
    expect(await english.page.getByTestId('dd-not-eligible').textContent()).toContain(
      'not eligible for Dana Desa',
    )
    await english.page.waitForTimeout(500)
    await english.page.screenshot({ path: path.join(ARTEFACTS, 'dana-desa-kelurahan-en.png') })
    expect([...errors, ...english.errors]).toEqual([])
    await english.page.close()
  })

  it('names a link value it could not read and keeps the official weights instead', async () => {
    const { page, errors } = await openScreen('?e2e&bobot=10,50,20,30&tahun=1999')
    const notice = page.getByTestId('url-notice')
    const text = (await notice.textContent()) ?? ''
    expect(text).toContain('bobot=10,50,20,30')
    expect(text).toContain('tahun=1999')
    expect(new URL(page.url()).searchParams.has('bobot')).toBe(false)
    await page.screenshot({ path: path.join(ARTEFACTS, 'dana-desa-url-notice.png') })
    await page.getByTestId('url-notice-dismiss').click()
    await notice.waitFor({ state: 'detached' })
    expect(errors).toEqual([])
    await page.close()
  })

  it('selects a village from the need-against-money scatter and shows its breakdown', async () => {
    const { page, errors } = await openScreen('?e2e&lang=en')
    const outlier = page.getByTestId('dd-outliers').locator('button').first()
    const name = (await outlier.locator('.dd-outlier__name').textContent()) ?? ''
    await outlier.click()
    await expect.poll(async () => (await page.locator('#dd-breakdown-title').textContent()) ?? '').toBe(name)
    expect(new URL(page.url()).searchParams.get('desa')).toMatch(/^64\.08\.\d{2}\.\d{4}$/)
    expect(await page.getByTestId('dd-absorption').textContent()).toMatch(/\d+\.\d %/)
    expect(errors).toEqual([])
    await page.close()
  })
})
