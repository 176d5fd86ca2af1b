/**
 * End-to-end in local mode: the import workbench's main flow (issue 14). Drop a `;` CSV with a BOM and
 * the source's own headers (and the same as an XLSX sheet), correct one mapping, see the report name the
 * row and column of two bad rows and count them by kind, download the annotated copy, skip the two rows,
 * preview (households and desil 1–4 before and after), commit, see the village's household count change
 * in the workspace, undo, and see it back; a reload at each step finds the step as it was. Then a file
 * that names its village instead of coding it, with one misspelt name whose proposed match the planner
 * confirms, goes the same way, and the confirmation is remembered for the next file of that source.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOCAL_MODE_MAX_FILE_BYTES } from '../../src/import/workbench/local-mode-limit'
import { launchChromium } from './browser'
import { collectErrors, waitForBanner } from './planner-page'
import { type PreviewServer, startPreview } from './preview-server'

const ROOT = path.resolve(import.meta.dirname, '../..')
let server: PreviewServer
let browser: Browser
let dir: string

beforeAll(async () => {
  ;[server, browser, dir] = await Promise.all([
    startPreview(),
    launchChromium(),
    mkdtemp(path.join(tmpdir(), 'ppd-workbench-')),
  ])
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** The workspace's household count of `kode` in `periode` (the village picker set to it). */
async function householdCount(page: Page, errors: string[], kode: string, periode: number): Promise<number> {
  await page.goto(`${server.url}perencana`)
  await waitForBanner(page, errors)
  await page.getByTestId('village-picker').selectOption(kode)
  const cell = page.getByTestId(`keluarga-${periode}`)
  await cell.waitFor({ timeout: 30_000 })
  await expect.poll(async () => (await page.getByTestId('village-picker').inputValue()) === kode).toBe(true)
  return Number(((await cell.textContent()) ?? '').replaceAll('.', ''))
}

/** A made-up household row in the file's column order (see HEADER). */
function row(n: number, kode: string, periode: number | string, desil = '2'): string[] {
  return [
    `640801${String(3000000000 + n)}`,
    kode,
    String(periode),
    desil,
    '4',
    'petani',
    '1',
    '0',
    `640801${String(4000000000 + n)}`,
    `Kepala Uji ${n}`,
    '12/03/1980',
  ]
}

// "Penghasilan Utama" is no synonym of mata_pencaharian: the planner maps it by hand.
const HEADER = [
  'No KK',
  'Kode Desa',
  'Periode',
  'Desil',
  'Jumlah ART',
  'Penghasilan Utama',
  'Miskin',
  'Miskin Ekstrem',
  'NIK KRT',
  'Nama KRT',
  'Tgl Lahir KRT',
]

/** How a test writes its rows: a `;` CSV with a BOM and CRLF, or the first sheet of an XLSX (text cells). */
type FileFormat = 'csv' | 'xlsx'

async function writeRows(file: string, format: FileFormat, rows: readonly string[][]): Promise<void> {
  if (format === 'csv') {
    await writeFile(file, `\uFEFF${rows.map((cells) => cells.join(';')).join('\r\n')}\r\n`)
    return
  }
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Keluarga')
  for (const cells of rows) sheet.addRow(cells)
  await writeFile(file, new Uint8Array(await workbook.xlsx.writeBuffer()))
}

/** The village the workspace opens at, its name and kecamatan, its household count and the demo's period. */
async function openWorkspace(page: Page, errors: string[]) {
  await page.goto(`${server.url}perencana`)
  await waitForBanner(page, errors)
  const picker = page.getByTestId('village-picker')
  const kode = await picker.inputValue()
  const [nama, kecamatan] = await picker.evaluate((select: HTMLSelectElement) => {
    const option = select.selectedOptions[0] as HTMLOptionElement
    return [
      (option.textContent ?? '').split(' — ')[0]?.trim() ?? '',
      (option.parentElement as HTMLOptGroupElement).label,
    ]
  })
  const info = JSON.parse(await readFile(path.join(ROOT, 'public/local/planner-demo.json'), 'utf8')) as {
    periode: number
  }
  const before = await householdCount(page, errors, kode, info.periode)
  expect(before).toBeGreaterThan(3)
  return { kode, nama: nama as string, kecamatan: kecamatan as string, periode: info.periode, before }
}

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true })
  const page = await context.newPage()
  return { page, errors: collectErrors(page) }
}

/** Drops `file` on the workbench (with the organisation's key) and waits for the mapping. */
async function dropFile(page: Page, file: string): Promise<void> {
  await page.goto(`${server.url}perencana/impor`)
  await page.getByTestId('import-workbench').waitFor({ timeout: 120_000 })
  await page.getByTestId('import-key').fill('kunci-organisasi-uji-e2e')
  await page.getByTestId('import-file').setInputFiles(file)
  await page.getByTestId('import-mapping').waitFor()
  expect(await page.getByTestId('import-kind').inputValue()).toBe('keluarga')
}

/** The listed problems as `row:column`. */
const issues = async (page: Page) =>
  page
    .getByTestId('import-issue')
    .evaluateAll((rows) => rows.map((item) => `${item.dataset.row}:${item.dataset.column}`))

/** Preview of `kode`: households and desil 1–4 before and after, then a reload finds the same preview. */
async function checkPreview(page: Page, kode: string, before: number, shots: string): Promise<void> {
  const village = page.locator(`[data-testid="import-village"][data-kode="${kode}"]`)
  await village.waitFor({ timeout: 120_000 })
  expect(await village.getAttribute('data-before')).toBe(String(before))
  expect(await village.getAttribute('data-after')).toBe('3')
  // The three rows kept are all in desil 2, so desil 1–4 becomes 3 too (it held some of the old rows).
  expect(Number(await village.getAttribute('data-desil14-before'))).toBeGreaterThan(0)
  expect(await village.getAttribute('data-desil14-after')).toBe('3')
  await reloadAt(page, 'preview')
  expect(await village.getAttribute('data-after')).toBe('3')
  await page.getByTestId('import-preview').screenshot({ path: `${shots}-3-preview.png` })
}

/** Commit, see the count in the workspace, undo from the log, see it back; reloads in between. */
async function commitAndUndo(
  page: Page,
  errors: string[],
  fileName: string,
  village: { kode: string; periode: number; before: number },
  shots: string,
): Promise<void> {
  await page.getByTestId('import-commit').click()
  await page.getByTestId('import-done').waitFor({ timeout: 120_000 })
  // The log is read again once the commit has returned: the newest entry becomes this file's.
  await expect
    .poll(() => page.getByTestId('import-log-entry').first().textContent(), { timeout: 30_000 })
    .toContain(fileName)
  await page.getByTestId('import-done-effect').screenshot({ path: `${shots}-4-done.png` })
  await reloadAt(page, 'empty')
  expect(await page.getByTestId('import-log-entry').first().getAttribute('data-undone')).toBe('false')
  expect(await householdCount(page, errors, village.kode, village.periode)).toBe(3)

  await page.goto(`${server.url}perencana/impor`)
  await page.getByTestId('import-undo').first().click()
  await expect
    .poll(() => page.getByTestId('import-log-entry').first().getAttribute('data-undone'), {
      timeout: 60_000,
    })
    .toBe('true')
  await page.getByTestId('import-log').screenshot({ path: `${shots}-5-undone.png` })
  await reloadAt(page, 'empty')
  expect(await page.getByTestId('import-log-entry').first().getAttribute('data-undone')).toBe('true')
  expect(await householdCount(page, errors, village.kode, village.periode)).toBe(village.before)
}

async function reloadAt(page: Page, step: string): Promise<void> {
  await page.reload()
  await expect
    .poll(() => page.getByTestId('import-workbench').getAttribute('data-step'), { timeout: 120_000 })
    .toBe(step)
}

describe('the import workbench in local mode', () => {
  it.each<[FileFormat]>([['csv'], ['xlsx']])(
    'checks, previews, commits and undoes a planner’s %s file, and a reload loses no step',
    async (format) => {
      const { page, errors } = await newPage()
      const village = await openWorkspace(page, errors)
      const { kode, periode } = village
      const fileName = `keluarga-desa.${format}`
      const file = path.join(dir, fileName)
      const shots = path.join(dir, format)
      await writeRows(file, format, [
        HEADER,
        row(1, kode, periode),
        row(2, kode, periode, '11'),
        row(3, kode, periode),
        row(4, '64.08.99.9999', periode),
        row(5, kode, periode),
      ])

      await dropFile(page, file)
      expect(await page.getByTestId('import-file-info').textContent()).toContain(
        format === 'csv' ? 'utf-8 + BOM' : 'xlsx',
      )
      expect(await page.getByTestId('import-missing').textContent()).toContain('mata_pencaharian')
      const mapped = page.locator('[data-testid="import-map"][data-column="Penghasilan Utama"]')
      await mapped.selectOption('mata_pencaharian')
      await reloadAt(page, 'mapping')
      expect(await mapped.inputValue()).toBe('mata_pencaharian')
      await page.getByTestId('import-mapping').screenshot({ path: `${shots}-1-mapping.png` })

      await page.getByTestId('import-check').click()
      await page.getByTestId('import-report').waitFor({ timeout: 60_000 })
      expect(await issues(page)).toEqual(['3:desil', '5:kode_desa'])
      expect(await page.getByTestId('import-report').textContent()).toContain('D · Desil (desil)')
      const counts = () =>
        page
          .getByTestId('import-code-count')
          .evaluateAll((rows) => rows.map((item) => `${item.dataset.code}:${item.dataset.count}`))
      expect(await counts()).toEqual(['integer_range:1', 'unknown_desa:1'])
      await reloadAt(page, 'report')
      expect(await issues(page)).toEqual(['3:desil', '5:kode_desa'])
      await page.getByTestId('import-report').screenshot({ path: `${shots}-2-report.png` })

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('import-download').click(),
      ])
      const annotated = await readFile((await download.path()) as string, 'utf8')
      expect(download.suggestedFilename()).toBe('keluarga-desa-masalah.csv')
      expect(annotated).toContain('masalah / problems')
      expect(annotated).toContain(`${fileName} baris 3, kolom desil`)
      expect(annotated).toContain(`${fileName} row 5, column kode_desa`)

      expect(await page.getByTestId('import-to-preview').isDisabled()).toBe(true)
      await page.getByTestId('import-drop-rejected').check()
      await page.getByTestId('import-to-preview').click()
      await checkPreview(page, kode, village.before, shots)
      await commitAndUndo(page, errors, fileName, village, shots)
      expect(errors).toEqual([])
      console.log(`screenshots: ${dir}`)
    },
    600_000,
  )

  it('matches a village by name: a misspelt name is proposed, confirmed, remembered, then committed', async () => {
    const { page, errors } = await newPage()
    const village = await openWorkspace(page, errors)
    const { kode, periode } = village
    // Same columns with the code replaced by names; row 3 doubles the name's last letter (one edit).
    const header = HEADER.map((name) => (name === 'Kode Desa' ? 'Nama Desa' : name))
    header.push('Kecamatan')
    const named = (n: number, nama: string) => [...row(n, nama, periode), village.kecamatan]
    const misspelt = `${village.nama}${village.nama.at(-1)}`
    const fileName = 'keluarga-nama-desa.csv'
    const file = path.join(dir, fileName)
    const shots = path.join(dir, 'names')
    await writeRows(file, 'csv', [
      header,
      named(1, village.nama),
      named(2, `desa ${village.nama.toUpperCase()}`),
      named(3, misspelt),
    ])

    await dropFile(page, file)
    const mapping = page.locator('[data-testid="import-map"][data-column="Nama Desa"]')
    expect(await mapping.inputValue()).toBe('nama_desa')
    await page
      .locator('[data-testid="import-map"][data-column="Penghasilan Utama"]')
      .selectOption('mata_pencaharian')
    await page.getByTestId('import-check').click()
    await page.getByTestId('import-report').waitFor({ timeout: 60_000 })
    expect(await issues(page)).toEqual(['4:nama_desa'])
    const proposal = page.locator(`[data-testid="import-name"][data-desa="${misspelt}"]`)
    expect(await proposal.getAttribute('data-status')).toBe('proposed')
    expect(await proposal.textContent()).toContain(kode)
    await page.getByTestId('import-names').screenshot({ path: `${shots}-1-proposed.png` })

    await proposal.getByTestId('import-name-confirm').click()
    await expect.poll(() => proposal.getAttribute('data-confirmed'), { timeout: 60_000 }).toBe('true')
    expect(await page.getByTestId('import-report').getAttribute('data-problems')).toBe('0')
    await reloadAt(page, 'report')
    expect(await proposal.getAttribute('data-confirmed')).toBe('true')
    await page.getByTestId('import-names').screenshot({ path: `${shots}-2-confirmed.png` })

    await page.getByTestId('import-to-preview').click()
    await checkPreview(page, kode, village.before, shots)
    await commitAndUndo(page, errors, fileName, village, shots)

    // The next file of this source finds its confirmed names and mapping remembered.
    await dropFile(page, file)
    await page.getByTestId('import-check').click()
    await page.getByTestId('import-report').waitFor({ timeout: 60_000 })
    expect(await proposal.getAttribute('data-confirmed')).toBe('true')
    expect(await page.getByTestId('import-report').getAttribute('data-problems')).toBe('0')
    expect(errors).toEqual([])
  }, 600_000)

  it('refuses a file too large for local mode with a clear message, keeping the step it was at', async () => {
    const { page, errors } = await newPage()
    const village = await openWorkspace(page, errors)
    const small = path.join(dir, 'keluarga-kecil.csv')
    await writeRows(small, 'csv', [HEADER, row(1, village.kode, village.periode)])
    await dropFile(page, small)
    // Just over the limit: the refusal comes before a byte is read, so the content does not matter.
    const big = path.join(dir, 'keluarga-besar.csv')
    await writeFile(big, Buffer.alloc(LOCAL_MODE_MAX_FILE_BYTES + 1, 0x61))
    await page.getByTestId('import-file').setInputFiles(big)
    const error = page.getByTestId('import-error')
    await error.waitFor()
    expect(await error.textContent()).toMatch(
      /keluarga-besar\.csv: 50\.0 MB terlalu besar untuk mode lokal.*too large for local mode/,
    )
    // The saved step of the file before is untouched: a reload finds its mapping.
    await page.reload()
    await page.getByTestId('import-mapping').waitFor({ timeout: 120_000 })
    expect(await page.getByTestId('import-file-info').textContent()).toContain('keluarga-kecil.csv')
    expect(errors).toEqual([])
  }, 300_000)
})
