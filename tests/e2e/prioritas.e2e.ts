/**
 * End-to-end: the under-served village finder (/prioritas). Choose the preset "Cakupan bansos", set a
 * weight, read the top five of the list and find them outlined and numbered on the map; download the
 * XLSX and check its first rows against the screen. Also: withheld inputs give "not ranked" rows with
 * their reason, a copied link reproduces the ranking, invalid parameters fall back with a notice.
 */
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './browser'
import { type PreviewServer, startPreview } from './preview-server'

const ARTEFACTS = path.resolve(import.meta.dirname, '../../test-results/e2e')
const MANIFEST = path.resolve(import.meta.dirname, '../../dist/data/manifest.json')

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

/** Opens the priority screen (with `?e2e`, which exposes the map) and waits for the first full render. */
async function openScreen(query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  const separator = query === '' ? '?' : '&'
  await page.goto(`${server.url}prioritas${query}${separator}e2e`)
  await page.waitForSelector('html[data-map-ready="true"]', { timeout: 30_000 }).catch((error: Error) => {
    throw new Error(`map never became ready (page errors: ${errors.join('; ') || 'none'}): ${error.message}`)
  })
  return { page, errors }
}

interface ListRow {
  kode: string
  rank: number
  name: string
  score: string
}

async function readTop(page: Page, count: number): Promise<ListRow[]> {
  return page.locator('[data-testid="rank-row"]').evaluateAll(
    (rows, limit) =>
      rows.slice(0, limit).map((row) => ({
        kode: row.getAttribute('data-kode') ?? '',
        rank: Number(row.getAttribute('data-rank')),
        name: row.querySelector('[data-testid="rank-name"]')?.textContent ?? '',
        score: row.querySelector('[data-testid="rank-score"]')?.textContent ?? '',
      })),
    count,
  )
}

/** Codes of the villages the map draws with the top outline, and the badge ranks by code. */
async function readMapHighlight(page: Page): Promise<{ outlined: string[]; badges: Record<string, number> }> {
  await page.waitForFunction(() => window.__ppdMap?.loaded() && !window.__ppdMap.isMoving())
  return page.evaluate(() => {
    const map = window.__ppdMap
    if (!map) return { outlined: [], badges: {} }
    const outlined = map
      .queryRenderedFeatures({ layers: ['priority-top-outline'] })
      .map((feature) => String(feature.properties.kode))
    const badges: Record<string, number> = {}
    for (const feature of map.querySourceFeatures('priority-top-points')) {
      badges[String(feature.properties.kode)] = Number(feature.properties.rank)
    }
    return { outlined: [...new Set(outlined)].sort(), badges }
  })
}

describe('the priority screen', () => {
  it('ranks by the "Cakupan bansos" preset with a changed weight, highlights the top five and exports them', async () => {
    const { page, errors } = await openScreen()
    await page.getByTestId('preset-kemiskinan_ekstrem').click()
    await expect
      .poll(() => page.url())
      .toContain('w=persen_kk_desil_1:30,persen_kk_miskin_ekstrem:50,skor_idm:20')
    await page.getByTestId('preset-cakupan_bansos').click()
    expect(await page.getByTestId('preset-cakupan_bansos').getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => page.url()).toContain('w=persen_kk_desil_1_4:40,cakupan_pkh:30,cakupan_bpnt:30')
    const before = await readTop(page, 5)

    await page.getByTestId('weight-cakupan_pkh').fill('70')
    await expect.poll(() => page.url()).toContain('w=persen_kk_desil_1_4:40,cakupan_pkh:70,cakupan_bpnt:30')
    // The weights no longer equal a preset.
    expect(await page.getByTestId('preset-cakupan_bansos').getAttribute('aria-pressed')).toBe('false')
    await page.getByTestId('top-select').selectOption('5')

    const top = await readTop(page, 5)
    expect(top).toHaveLength(5)
    expect(top.map((row) => row.kode)).not.toEqual(before.map((row) => row.kode))
    expect(top.map((row) => row.rank)).toEqual([...top.map((row) => row.rank)].sort((a, b) => a - b))
    // Scores fall from the top, written with an Indonesian decimal comma.
    const scores = top.map((row) => Number(row.score.replace(',', '.')))
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(top[0]?.score).toMatch(/^\d+,\d$/)

    // Outlined and numbered on the map: exactly the top five, each badge carrying its list rank.
    await expect
      .poll(async () => (await readMapHighlight(page)).outlined)
      .toEqual(top.map((row) => row.kode).sort())
    const { badges } = await readMapHighlight(page)
    expect(badges).toEqual(Object.fromEntries(top.map((row) => [row.kode, row.rank])))
    await page.screenshot({ path: path.join(ARTEFACTS, 'prioritas-id.png') })

    // The XLSX: ranking sheet rows 2–6 are the screen's top five; the settings carry snapshot and weights.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-xlsx').click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^peringkat-prioritas-64\.08-\d{4}\.xlsx$/)
    const file = path.join(ARTEFACTS, 'prioritas.xlsx')
    await download.saveAs(file)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await readFile(file)).buffer as ArrayBuffer)
    const sheet = workbook.getWorksheet('Peringkat')
    expect(sheet?.getRow(1).getCell(2).value).toBe('Kode wilayah')
    const fromFile = [2, 3, 4, 5, 6].map((rowNumber) => {
      const row = sheet?.getRow(rowNumber)
      return {
        kode: String(row?.getCell(2).value),
        rank: Number(row?.getCell(1).value),
        name: String(row?.getCell(3).value),
        score: Number(row?.getCell(6).value),
      }
    })
    // The file keeps 2 decimals, the screen shows 1: the same score, rounded once each (formatting the
    // file's 84.95 again would give 85,0 beside the screen's 84,9 for a score of 84.949).
    expect(fromFile.map(({ score: _, ...row }) => row)).toEqual(top.map(({ score: _, ...row }) => row))
    fromFile.forEach((row, index) => {
      const shown = Number(top[index]?.score.replace(',', '.'))
      expect(Math.abs(row.score - shown)).toBeLessThanOrEqual(0.05 + 1e-9)
      expect(Math.round(row.score * 100)).toBeCloseTo(row.score * 100, 6)
    })
    const settings = new Map<string, string>()
    workbook.getWorksheet('Pengaturan')?.eachRow((row) => {
      settings.set(String(row.getCell(1).value), String(row.getCell(2).value))
    })
    const manifest = JSON.parse(await readFile(MANIFEST, 'utf8')) as { snapshot_id: string }
    expect(settings.get('Snapshot data')).toBe(manifest.snapshot_id)
    expect(settings.get('Bobot: Cakupan PKH pada KK desil 1–4 (%)')).toMatch(
      /^70 \(50 % dari skor; makin rendah/,
    )
    expect(settings.get('Tautan ke pengaturan ini')).toContain('cakupan_pkh:70')

    // The CSV: the settings as comment lines, then the same first rows.
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ])
    const csv = await readFile((await csvDownload.path()) ?? '', 'utf8')
    expect(csv).toContain(`# Snapshot data: ${manifest.snapshot_id}`)
    const csvRows = csv
      .split('\r\n')
      .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('\uFEFF#'))
    expect(csvRows[1]?.split(',').slice(0, 3)).toEqual(['1', top[0]?.kode, top[0]?.name])

    // A copied link reproduces the ranking, in English.
    const { page: copy, errors: copyErrors } = await openScreen(`${new URL(page.url()).search}&lang=en`)
    expect((await readTop(copy, 5)).map((row) => [row.kode, row.rank])).toEqual(
      top.map((row) => [row.kode, row.rank]),
    )
    expect(await copy.getByTestId('ranked-list').textContent()).toContain('villages ranked')
    await copy.screenshot({ path: path.join(ARTEFACTS, 'prioritas-en.png') })

    expect([...errors, ...copyErrors]).toEqual([])
    await page.close()
    await copy.close()
  })

  it('lists villages with a withheld input as not ranked, with the reason', async () => {
    const { page, errors } = await openScreen()
    await page.getByTestId('preset-kemiskinan_ekstrem').click()
    const unranked = page.getByTestId('unranked-row')
    await expect.poll(() => unranked.count()).toBeGreaterThan(0)
    expect(await page.getByTestId('unranked-reason').first().textContent()).toMatch(
      /: (Ditahan|Tidak berlaku)/,
    )
    // Nobody is both ranked and unranked, and together they are every selected village.
    const ranked = await page
      .locator('[data-testid="rank-row"]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kode')))
    const notRanked = await unranked.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kode')))
    expect(ranked.filter((kode) => notRanked.includes(kode))).toEqual([])
    expect(ranked.length + notRanked.length).toBe(141)
    expect(errors).toEqual([])
    await page.close()
  })

  it('filters by kecamatan and opens a village from the list, zooming the map to it', async () => {
    const { page, errors } = await openScreen()
    const zoomBefore = await page.evaluate(() => window.__ppdMap?.getZoom() ?? 0)
    await page.getByTestId('filter-kecamatan').selectOption({ label: 'Sangatta Utara' })
    await expect.poll(() => page.url()).toMatch(/kec=64\.08\.\d\d/)
    const rows = page.locator('[data-testid="rank-row"]')
    const count = await rows.count()
    expect(count).toBeGreaterThan(0)
    expect(count).toBeLessThan(141)
    expect(await rows.first().textContent()).toContain('Sangatta Utara')
    // Hovering a row rings its village on the map.
    const firstKode = (await rows.first().getAttribute('data-kode')) ?? ''
    await rows.first().locator('button').first().hover()
    await expect
      .poll(() => page.evaluate(() => JSON.stringify(window.__ppdMap?.getFilter('priority-list-hover'))))
      .toContain(firstKode)
    await rows.first().locator('button').first().click()
    await page.getByTestId('score-explanation').waitFor()
    expect(page.url()).toMatch(/desa=64\.08\.\d\d\.\d{4}/)
    await expect.poll(() => page.evaluate(() => window.__ppdMap?.getZoom() ?? 0)).toBeGreaterThan(zoomBefore)
    expect(errors).toEqual([])
    await page.close()
  })

  it('falls back on invalid parameters and says which', async () => {
    // `t` is the year key of links from before issue 19: its value is named under `tahun`.
    const { page, errors } = await openScreen('?w=no_such_indicator:10&top=500&n=zscore&t=1999')
    const notice = page.getByTestId('url-notice')
    await notice.waitFor()
    const text = (await notice.textContent()) ?? ''
    expect(text).toContain('w=no_such_indicator:10')
    expect(text).toContain('top=500')
    expect(text).toContain('n=zscore')
    expect(text).toContain('tahun=1999')
    expect(await page.getByTestId('preset-cakupan_bansos').getAttribute('aria-pressed')).toBe('true')
    expect(errors).toEqual([])
    await page.close()
  })
})
