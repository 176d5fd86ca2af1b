/**
 * End-to-end: screen paths. An unknown path says so in the reader's language and links back to the map;
 * the link keeps the language.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './browser'
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

describe('screen paths', () => {
  it('answers an unknown path with a not-found page whose link opens the map in the same language', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(new URL('/tidak-ada?lang=en', server.url).href)
    const card = page.getByTestId('not-found')
    await expect(card.getByRole('heading').textContent()).resolves.toBe('Page not found')
    await expect(card.textContent()).resolves.toContain('/tidak-ada')
    await card.getByRole('link', { name: 'Back to the map' }).click()
    await page.waitForSelector('html[data-map-ready="true"]', { timeout: 30_000 })
    expect(new URL(page.url()).pathname).toBe('/')
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en')
    await page.goBack()
    await expect(page.getByTestId('not-found').isVisible()).resolves.toBe(true)
    expect(errors).toEqual([])
    await page.close()
  })
})
