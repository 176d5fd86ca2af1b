/**
 * End-to-end: a copy made by an earlier version of the app (an older schema: the latest migration's
 * function missing, no schema fingerprint) is brought up to this build's migrations when it is opened,
 * keeps the planner's follow-up, and offers the copy as it was as a backup download.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch'
import { postgis } from '@electric-sql/pglite-postgis'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './browser'
import { collectErrors, waitForBanner } from './planner-page'
import { type PreviewServer, startPreview } from './preview-server'

const ROOT = path.resolve(import.meta.dirname, '../..')
let server: PreviewServer
let browser: Browser

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startPreview(), launchChromium()])
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** The demo dump as an older build would have saved it, with one follow-up written by its planner. */
async function oldCopy(note: string): Promise<Buffer> {
  const dump = new Blob([await readFile(path.join(ROOT, 'public/local/planner-demo.tar.gz'))])
  const db = await PGlite.create({ extensions: { postgis, fuzzystrmatch }, loadDataDir: dump })
  const { rows } = await db.query<{ kode: string }>(
    `select min(kode) as kode from public.regions where level = 'desa'`,
  )
  await db.exec(`
    drop function public.kombinasi_terlarang_desa(integer);
    alter database postgres reset ppd.schema;
    insert into public.tindak_lanjut_desa (kode_desa, status, catatan, penulis)
      values ('${rows[0]?.kode}', 'perlu_verifikasi', '${note}', 'Perencana Lama');`)
  const file = Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer())
  await db.close()
  return file
}

describe('a copy with an older schema', () => {
  it('is migrated on opening, keeps the follow-up and offers a backup of the old copy', async () => {
    const note = `Ditulis versi lama ${Date.now()}`
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'ppd-old-')), 'salinan-lama.tar.gz')
    await writeFile(file, await oldCopy(note))

    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    })
    const page = await context.newPage()
    const errors = collectErrors(page)
    await page.goto(`${server.url}perencana`)
    await waitForBanner(page, errors)
    page.once('dialog', (dialog) => void dialog.accept())
    await page.locator('input[type="file"]').setInputFiles(file)
    await page.waitForSelector('[data-testid="local-origin"][data-origin="file"]', { timeout: 180_000 })
    await page.getByTestId('household-counts').waitFor({ timeout: 60_000 })
    expect(await page.getByTestId('local-migrated').textContent()).toContain(
      'sudah diperbarui ke skema terbaru',
    )
    expect(await page.getByTestId('follow-up-history').textContent()).toContain(note)
    // The function the old copy lacked answers again: the rule editor counts disallowed households.
    await page.getByTestId('combination-rules').waitFor({ timeout: 60_000 })
    expect(await page.getByTestId('combination-rules').locator('[role="alert"]').count()).toBe(0)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh cadangan sebelum pembaruan' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^peta-prioritas-desa-cadangan-\d{4}-\d{2}-\d{2}\.tar\.gz$/)

    await page.reload()
    expect(await waitForBanner(page, errors)).toBe('saved')
    expect(await page.getByTestId('follow-up-history').textContent()).toContain(note)
    expect(await page.getByTestId('local-migrated').count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  }, 400_000)
})
