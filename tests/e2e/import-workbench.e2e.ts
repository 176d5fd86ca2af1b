/**
 * End-to-end in local mode: the import workbench's main flow (issue 14). Drop a `;` CSV with a BOM and
 * the source's own headers, correct one mapping, see the report name the row and column of two bad rows,
 * download the annotated copy, skip the two rows, preview, commit, see the village's household count
 * change in the workspace, undo, and see it back; a reload at each step finds the step as it was.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
function row(n: number, kode: string, periode: number, desil = '2'): string {
  return [
    `640801${String(3000000000 + n)}`,
    kode,
    periode,
    desil,
    '4',
    'petani',
    '1',
    '0',
    `640801${String(4000000000 + n)}`,
    `Kepala Uji ${n}`,
    '12/03/1980',
  ].join(';')
}

// "Penghasilan Utama" is no synonym of mata_pencaharian: the planner maps it by hand.
const HEADER =
  'No KK;Kode Desa;Periode;Desil;Jumlah ART;Penghasilan Utama;Miskin;Miskin Ekstrem;NIK KRT;Nama KRT;Tgl Lahir KRT'

async function reloadAt(page: Page, step: string): Promise<void> {
  await page.reload()
  await expect
    .poll(() => page.getByTestId('import-workbench').getAttribute('data-step'), { timeout: 120_000 })
    .toBe(step)
}

describe('the import workbench in local mode', () => {
  it('checks, previews, commits and undoes a planner’s file, and a reload loses no step', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 1000 },
      acceptDownloads: true,
    })
    const page = await context.newPage()
    const errors = collectErrors(page)
    await page.goto(`${server.url}perencana`)
    await waitForBanner(page, errors)
    const kode = await page.getByTestId('village-picker').inputValue()
    const info = JSON.parse(await readFile(path.join(ROOT, 'public/local/planner-demo.json'), 'utf8')) as {
      periode: number
    }
    const before = await householdCount(page, errors, kode, info.periode)
    expect(before).toBeGreaterThan(3)

    const file = path.join(dir, 'keluarga-desa.csv')
    const lines = [
      HEADER,
      row(1, kode, info.periode),
      row(2, kode, info.periode, '11'),
      row(3, kode, info.periode),
      row(4, '64.08.99.9999', info.periode),
      row(5, kode, info.periode),
    ]
    await writeFile(file, `\uFEFF${lines.join('\r\n')}\r\n`)

    await page.goto(`${server.url}perencana/impor`)
    await page.getByTestId('import-workbench').waitFor({ timeout: 120_000 })
    await page.getByTestId('import-key').fill('kunci-organisasi-uji-e2e')
    await page.getByTestId('import-file').setInputFiles(file)
    await page.getByTestId('import-mapping').waitFor()
    expect(await page.getByTestId('import-kind').inputValue()).toBe('keluarga')
    expect(await page.getByTestId('import-file-info').textContent()).toContain('utf-8 + BOM')
    expect(await page.getByTestId('import-missing').textContent()).toContain('mata_pencaharian')
    await page
      .locator('[data-testid="import-map"][data-column="Penghasilan Utama"]')
      .selectOption('mata_pencaharian')
    await reloadAt(page, 'mapping')
    expect(
      await page.locator('[data-testid="import-map"][data-column="Penghasilan Utama"]').inputValue(),
    ).toBe('mata_pencaharian')
    await page.getByTestId('import-mapping').screenshot({ path: path.join(dir, '1-mapping.png') })

    await page.getByTestId('import-check').click()
    await page.getByTestId('import-report').waitFor({ timeout: 60_000 })
    const issues = async () =>
      page
        .getByTestId('import-issue')
        .evaluateAll((rows) => rows.map((item) => `${item.dataset.row}:${item.dataset.column}`))
    expect(await issues()).toEqual(['3:desil', '5:kode_desa'])
    expect(await page.getByTestId('import-report').textContent()).toContain('D · Desil (desil)')
    await reloadAt(page, 'report')
    expect(await issues()).toEqual(['3:desil', '5:kode_desa'])
    await page.getByTestId('import-report').screenshot({ path: path.join(dir, '2-report.png') })

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-download').click(),
    ])
    const annotated = await readFile((await download.path()) as string, 'utf8')
    expect(download.suggestedFilename()).toBe('keluarga-desa-masalah.csv')
    expect(annotated).toContain('masalah / problems')
    expect(annotated).toContain('keluarga-desa.csv baris 3, kolom desil')
    expect(annotated).toContain('keluarga-desa.csv row 5, column kode_desa')

    expect(await page.getByTestId('import-to-preview').isDisabled()).toBe(true)
    await page.getByTestId('import-drop-rejected').check()
    await page.getByTestId('import-to-preview').click()
    const village = page.locator(`[data-testid="import-village"][data-kode="${kode}"]`)
    await village.waitFor({ timeout: 120_000 })
    expect(await village.getAttribute('data-before')).toBe(String(before))
    expect(await village.getAttribute('data-after')).toBe('3')
    await reloadAt(page, 'preview')
    expect(await village.getAttribute('data-after')).toBe('3')
    await page.getByTestId('import-preview').screenshot({ path: path.join(dir, '3-preview.png') })

    await page.getByTestId('import-commit').click()
    await page.getByTestId('import-done').waitFor({ timeout: 120_000 })
    const entry = page.getByTestId('import-log-entry').first()
    expect(await entry.textContent()).toContain('keluarga-desa.csv')
    await page.getByTestId('import-done-effect').screenshot({ path: path.join(dir, '4-done.png') })
    await reloadAt(page, 'empty')
    expect(await page.getByTestId('import-log-entry').first().getAttribute('data-undone')).toBe('false')
    expect(await householdCount(page, errors, kode, info.periode)).toBe(3)

    await page.goto(`${server.url}perencana/impor`)
    await page.getByTestId('import-undo').first().click()
    await expect
      .poll(() => page.getByTestId('import-log-entry').first().getAttribute('data-undone'), {
        timeout: 60_000,
      })
      .toBe('true')
    await page.getByTestId('import-log').screenshot({ path: path.join(dir, '5-undone.png') })
    await reloadAt(page, 'empty')
    expect(await page.getByTestId('import-log-entry').first().getAttribute('data-undone')).toBe('true')
    expect(await householdCount(page, errors, kode, info.periode)).toBe(before)
    expect(errors).toEqual([])
    console.log(`screenshots: ${dir}`)
  }, 600_000)
})
