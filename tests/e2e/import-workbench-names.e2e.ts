/**
 * End-to-end in local mode: the import workbench with a file that names its village instead of coding it
 * (issue 14). One misspelt name gets a proposed match that the planner confirms; the file is previewed,
 * committed and undone like a coded one, and the confirmation is remembered for the next file of that
 * source. The coded flow is in import-workbench.e2e.ts.
 */
import { describe, expect, it } from 'vitest'
import { HEADER, issues, reloadAt, row, setUpWorkbench, writeRows } from './import-workbench-page'

const workbench = setUpWorkbench()

describe('the import workbench in local mode', () => {
  it('matches a village by name: a misspelt name is proposed, confirmed, remembered, then committed', async () => {
    const { page, errors } = await workbench.newPage()
    const village = await workbench.openWorkspace(page, errors)
    const { kode, periode } = village
    // Same columns with the code replaced by names; row 3 doubles the name's last letter (one edit).
    const header = HEADER.map((name) => (name === 'Kode Desa' ? 'Nama Desa' : name))
    header.push('Kecamatan')
    const named = (n: number, nama: string) => [...row(n, nama, periode), village.kecamatan]
    const misspelt = `${village.nama}${village.nama.at(-1)}`
    const fileName = 'keluarga-nama-desa.csv'
    const file = workbench.scratch(fileName)
    const shots = workbench.scratch('names')
    await writeRows(file, 'csv', [
      header,
      named(1, village.nama),
      named(2, `desa ${village.nama.toUpperCase()}`),
      named(3, misspelt),
    ])

    await workbench.dropFile(page, file)
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
    await workbench.checkPreview(page, kode, village.before, shots)
    await workbench.commitAndUndo(page, errors, fileName, village, shots)

    // The next file of this source finds its confirmed names and mapping remembered.
    await workbench.dropFile(page, file)
    await page.getByTestId('import-check').click()
    await page.getByTestId('import-report').waitFor({ timeout: 60_000 })
    expect(await proposal.getAttribute('data-confirmed')).toBe('true')
    expect(await page.getByTestId('import-report').getAttribute('data-problems')).toBe('0')
    expect(errors).toEqual([])
  }, 600_000)
})
