/**
 * Launches Debian's Chromium through playwright-core (no browser download is possible here) with the flags
 * measured on these machines: without the background-networking flags Chromium keeps dialling hosts this closed
 * network refuses. playwright-core gives every launch a fresh, throwaway profile directory.
 */
import { type Browser, chromium } from 'playwright-core'

/** Where Debian installs Chromium; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Starts headless Chromium; fails with the install command when Chromium is missing. */
export async function launchChromium(): Promise<Browser> {
  try {
    return await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
  } catch (error) {
    throw new Error(
      `Cannot start Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH): ${(error as Error).message}`,
    )
  }
}
