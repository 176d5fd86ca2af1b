/**
 * End-to-end in local mode: the import workbench's main flow (issue 14). Drop a `;` CSV with a BOM and
 * the source's own headers (and the same as an XLSX sheet), correct one mapping, see the report name the
 * row and column of two bad rows and count them by kind, download the annotated copy, skip the two rows,
 * preview (households and desil 1–4 before and after), commit, see the village's household count change
 * in the workspace, undo, and see it back; a reload at each step finds the step as it was. A file too
 * large for local mode is refused. Files that name their village: import-workbench-names.e2e.ts.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { LOCAL_MODE_MAX_FILE_BYTES } from '../../src/import/workbench/local-mode-limit'
import {
  type FileFormat,
  HEADER,
  issues,
  reloadAt,
  row,
  setUpWorkbench,
  writeRows,
} from './import-workbench-page'

const workbench = setUpWorkbench()

describe('the import workbench in local mode', () => {
  it.each<[FileFormat]>([['csv'], ['xlsx']])(
    'checks, previews, commits and undoes a planner’s %s file, and a reload loses no step',
    async (format) => {
      const { page, errors } = await workbench.newPage()
      const village = await workbench.openWorkspace(page, errors)
      const { kode, periode } = village
      const fileName = `keluarga-desa.${format}`
      const file = workbench.scratch(fileName)
      const shots = workbench.scratch(format)
      await writeRows(file, format, [
        HEADER,
        row(1, kode, periode),
        row(2, kode, periode, '11'),
        row(3, kode, periode),
        row(4, '64.08.99.9999', periode),
        row(5, kode, periode),
      ])

      await workbench.dropFile(page, file)
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
      await workbench.checkPreview(page, kode, village.before, shots)
      await workbench.commitAndUndo(page, errors, fileName, village, shots)
      expect(errors).toEqual([])
      console.log(`screenshots: ${workbench.scratch('')}`)
    },
    600_000,
  )

  it('refuses a file too large for local mode with a clear message, keeping the step it was at', async () => {
    const { page, errors } = await workbench.newPage()
    const village = await workbench.openWorkspace(page, errors)
    const small = workbench.scratch('keluarga-kecil.csv')
    await writeRows(small, 'csv', [HEADER, row(1, village.kode, village.periode)])
    await workbench.dropFile(page, small)
    // Just over the limit: the refusal comes before a byte is read, so the content does not matter.
    const big = workbench.scratch('keluarga-besar.csv')
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
