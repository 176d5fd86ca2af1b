/**
 * Helpers shared by the import workbench e2e files: a preview server, Chromium and a scratch folder for
 * the file, made-up household files (CSV or XLSX) in the source's own headers, and the workbench's steps
 * (open the workspace, drop a file, check the preview, commit and undo) with a reload at each step.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { launchChromium } from './browser'
import { collectErrors, waitForBanner } from './planner-page'
import { type PreviewServer, startPreview } from './preview-server'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** A made-up household row in the file's column order (see HEADER). */
export function row(n: number, kode: string, periode: number | string, desil = '2'): string[] {
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
export const HEADER = [
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
export type FileFormat = 'csv' | 'xlsx'

export async function writeRows(file: string, format: FileFormat, rows: readonly string[][]): Promise<void> {
  if (format === 'csv') {
    await writeFile(file, `\uFEFF${rows.map((cells) => cells.join(';')).join('\r\n')}\r\n`)
    return
  }
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Keluarga')
  for (const cells of rows) sheet.addRow(cells)
  await writeFile(file, new Uint8Array(await workbook.xlsx.writeBuffer()))
}

/** The listed problems as `row:column`. */
export const issues = async (page: Page) =>
  page
    .getByTestId('import-issue')
    .evaluateAll((rows) => rows.map((item) => `${item.dataset.row}:${item.dataset.column}`))

/** Reloads the page and waits until the workbench is back at `step` (restored from what it saved). */
export async function reloadAt(page: Page, step: string): Promise<void> {
  await page.reload()
  await expect
    .poll(() => page.getByTestId('import-workbench').getAttribute('data-step'), { timeout: 120_000 })
    .toBe(step)
}

/** The workbench steps of one e2e file, bound to its server, browser and scratch folder. */
export interface Workbench {
  /** A path in the file's scratch folder (where the screenshots go too). */
  scratch: (name: string) => string
  newPage: () => Promise<{ page: Page; errors: string[] }>
  openWorkspace: (page: Page, errors: string[]) => Promise<WorkspaceVillage>
  dropFile: (page: Page, file: string) => Promise<void>
  checkPreview: (page: Page, kode: string, before: number, shots: string) => Promise<void>
  commitAndUndo: (
    page: Page,
    errors: string[],
    fileName: string,
    village: WorkspaceVillage,
    shots: string,
  ) => Promise<void>
}

/** The village the workspace opens at: its code, name and kecamatan, the demo's period and its household count. */
export interface WorkspaceVillage {
  kode: string
  nama: string
  kecamatan: string
  periode: number
  before: number
}

/** Starts a preview server and Chromium and makes a scratch folder for the file (closed after it). */
export function setUpWorkbench(): Workbench {
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
  async function householdCount(
    page: Page,
    errors: string[],
    kode: string,
    periode: number,
  ): Promise<number> {
    await page.goto(`${server.url}perencana`)
    await waitForBanner(page, errors)
    await page.getByTestId('village-picker').selectOption(kode)
    const cell = page.getByTestId(`keluarga-${periode}`)
    await cell.waitFor({ timeout: 30_000 })
    await expect.poll(async () => (await page.getByTestId('village-picker').inputValue()) === kode).toBe(true)
    return Number(((await cell.textContent()) ?? '').replaceAll('.', ''))
  }

  /** The village the workspace opens at, its name and kecamatan, its household count and the demo's period. */
  async function openWorkspace(page: Page, errors: string[]): Promise<WorkspaceVillage> {
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

  async function newPage(): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 1000 },
      acceptDownloads: true,
    })
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

  return {
    scratch: (name) => path.join(dir, name),
    newPage,
    openWorkspace,
    dropFile,
    checkPreview,
    commitAndUndo,
  }
}
