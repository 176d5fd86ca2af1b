/**
 * End-to-end: "Impor basis data…" with a wrong file leaves the saved database as it was and says what
 * is wrong in the screen's language: a CSV, a .tar.gz of something else, and a real PGlite database
 * that is not this app's. (Before the fix the saved copy was deleted before the file was checked, and
 * the screen showed PGlite's English "PGlite failed to initialize properly".)
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { PGlite } from '@electric-sql/pglite'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './browser'
import { collectErrors, waitForBanner } from './planner-page'
import { type PreviewServer, startPreview } from './preview-server'

let server: PreviewServer
let browser: Browser
let dir: string

beforeAll(async () => {
  ;[server, browser, dir] = await Promise.all([
    startPreview(),
    launchChromium(),
    mkdtemp(path.join(tmpdir(), 'ppd-import-')),
  ])
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** A one-file ustar archive, gzipped: a valid .tar.gz that holds no database. */
function tarGzOf(name: string, content: string): Buffer {
  const header = Buffer.alloc(512)
  header.write(name, 0)
  header.write('0000644\0', 100)
  header.write(`${content.length.toString(8).padStart(11, '0')}\0`, 124)
  header.write('ustar\0', 257)
  const body = Buffer.alloc(Math.ceil(content.length / 512) * 512)
  body.write(content)
  return gzipSync(Buffer.concat([header, body, Buffer.alloc(1024)]))
}

/** A real PGlite database export (what "Ekspor" writes) of a database that is not a planner one. */
async function otherSchemaExport(): Promise<Buffer> {
  const db = await PGlite.create()
  await db.exec(`create table catatan (id int primary key, isi text); insert into catatan values (1, 'x');`)
  const file = Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer())
  await db.close()
  return file
}

async function importFile(page: Page, file: string): Promise<void> {
  page.once('dialog', (dialog) => void dialog.accept())
  await page.locator('input[type="file"]').setInputFiles(file)
  await page.getByTestId('local-notice').waitFor({ timeout: 120_000 })
  await page.getByTestId('household-counts').waitFor({ timeout: 60_000 })
}

describe('importing a wrong database file', () => {
  it('keeps the saved database and names the problem in Indonesian and English', async () => {
    const csv = path.join(dir, 'keluarga.csv')
    await writeFile(csv, 'id_keluarga;kode_desa\n1;64.08.01.2001\n')
    const randomTar = path.join(dir, 'arsip.tar.gz')
    await writeFile(randomTar, tarGzOf('laporan.txt', 'bukan basis data\n'))
    const other = path.join(dir, 'basis-data-lain.tar.gz')
    await writeFile(other, await otherSchemaExport())

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors = collectErrors(page)
    await page.goto(`${server.url}perencana`)
    await waitForBanner(page, errors)
    const note = `Tetap ada setelah impor gagal ${Date.now()}`
    await page.getByLabel('Catatan').fill(note)
    await page.getByRole('button', { name: 'Simpan tindak lanjut' }).click()
    await expect.poll(() => page.getByTestId('follow-up-history').textContent()).toContain(note)

    const cases: [string, string, RegExp][] = [
      [csv, 'not-database-file', /Berkas keluarga\.csv bukan basis data.*tidak diubah/],
      [randomTar, 'not-database-file', /Berkas arsip\.tar\.gz bukan basis data.*PG_VERSION.*tidak diubah/],
      [other, 'not-planner-database', /basis-data-lain\.tar\.gz memang basis data.*role anon.*tidak diubah/],
    ]
    for (const [file, code, sentence] of cases) {
      await importFile(page, file)
      const notice = page.getByTestId('local-notice')
      expect(await notice.getAttribute('data-code')).toBe(code)
      expect(await notice.locator('p').textContent()).toMatch(sentence)
      expect(await page.getByTestId('local-origin').getAttribute('data-origin')).toBe('saved')
      expect(await page.getByTestId('follow-up-history').textContent()).toContain(note)
    }

    await page.getByTestId('lang-en').click()
    await importFile(page, other)
    expect(await page.getByTestId('local-notice').locator('p').textContent()).toMatch(
      /basis-data-lain\.tar\.gz is a database, but not a Peta Prioritas Desa database.*not changed/,
    )

    await page.reload()
    await waitForBanner(page, errors)
    expect(await page.getByTestId('follow-up-history').textContent()).toContain(note)
    expect(errors).toEqual([])
    await context.close()
  }, 400_000)
})
