/**
 * End-to-end: once /perencana has opened in local mode, a second visit works without a network. The
 * planner's service worker serves the app, the database worker reads the engine and the dump from its
 * offline cache, and the saved copy opens from IndexedDB.
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

describe('the planner workspace offline', () => {
  it('opens on a second visit with the network gone', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors = collectErrors(page)
    await page.goto(`${server.url}perencana`)
    expect(await waitForBanner(page, errors)).toBe('demo')
    // The service worker has taken the page and kept what it loaded.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const cache = await caches.open('ppd-app-shell')
            return navigator.serviceWorker.controller !== null && (await cache.keys()).length > 5
          }),
        { timeout: 30_000 },
      )
      .toBe(true)
    const note = `Ditulis sebelum luring ${Date.now()}`
    await page.getByLabel('Catatan').fill(note)
    await page.getByRole('button', { name: 'Simpan tindak lanjut' }).click()
    await expect.poll(() => page.getByTestId('follow-up-history').textContent()).toContain(note)

    await context.setOffline(true)
    await page.reload()
    expect(await waitForBanner(page, errors)).toBe('saved')
    expect(await page.getByTestId('follow-up-history').textContent()).toContain(note)
    expect(errors).toEqual([])
    await context.close()
  }, 300_000)
})
