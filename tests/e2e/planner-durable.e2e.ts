/**
 * End-to-end: in local mode a write is durable once the screen shows it. A follow-up and a duplicate
 * decision, each followed by an immediate reload with no other write after it, are still there.
 * (Before the fix both were lost: PGlite's transaction() skips its IndexedDB sync after COMMIT, so a
 * write reached IndexedDB only when a later statement synced the file system.)
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './browser'
import { collectErrors, waitForBanner } from './planner-page'
import { type PreviewServer, startPreview } from './preview-server'

let server: PreviewServer
let browser: Browser

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startPreview(), launchChromium()])
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('writes in local mode survive an immediate reload', () => {
  it('keeps a follow-up and a duplicate decision that nothing else followed', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors = collectErrors(page)
    await page.goto(`${server.url}perencana`)
    expect(await waitForBanner(page, errors)).toBe('demo')

    const note = `Tindak lanjut segera ${Date.now()}`
    await page.getByLabel('Catatan').fill(note)
    await page.getByRole('button', { name: 'Simpan tindak lanjut' }).click()
    await expect.poll(() => page.getByTestId('follow-up-history').textContent()).toContain(note)
    await page.reload()
    expect(await waitForBanner(page, errors)).toBe('saved')
    expect(await page.getByTestId('follow-up-history').textContent()).toContain(note)

    const review = page.getByTestId('duplicate-review')
    const summary = review.getByTestId('review-summary')
    await summary.waitFor({ timeout: 60_000 })
    const pairs = Number(await summary.getAttribute('data-pairs'))
    expect(pairs).toBeGreaterThan(0)
    expect(await summary.textContent()).toContain(`${pairs} pasangan, ${pairs} belum`)
    const first = review.getByTestId('duplicate-pair').first()
    await first.getByRole('button', { name: 'Berbeda', exact: true }).click()
    await first.getByTestId('pair-decision').waitFor()
    await page.reload()
    expect(await waitForBanner(page, errors)).toBe('saved')
    await summary.waitFor({ timeout: 60_000 })
    expect(await summary.textContent()).toContain(`${pairs} pasangan, ${pairs - 1} belum`)
    expect(errors).toEqual([])
    await context.close()
  }, 240_000)
})
