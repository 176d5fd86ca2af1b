/**
 * Helpers shared by the planner e2e files: wait until the local database has opened and the workspace
 * shows its first figures, and read which source it opened from.
 */
import type { Page } from 'playwright-core'

/** Waits for the local-mode banner and the household counts; returns the banner's `data-origin`. */
export async function waitForBanner(page: Page, errors: string[]): Promise<string> {
  await page
    .getByTestId('local-banner')
    .waitFor({ timeout: 120_000 })
    .catch((error: Error) => {
      throw new Error(
        `local database never opened (page errors: ${errors.join('; ') || 'none'}): ${error.message}`,
      )
    })
  await page.getByTestId('household-counts').waitFor({ timeout: 30_000 })
  return (await page.getByTestId('local-origin').getAttribute('data-origin')) ?? ''
}

/** Collects uncaught page errors (each test asserts there were none). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}
