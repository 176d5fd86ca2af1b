/**
 * A fresh clone to the first map: `git clone` of this checkout's HEAD into a temp folder, node_modules
 * as after `npm install` (a hard-linked copy without vite's dependency cache; nothing built: no snapshot,
 * no PGlite template, no data/cache), then `npm start` with the boundary file from DATA_CACHE (else this
 * checkout's data/cache) offline, and the time from `npm start` until headless Chromium has the map drawn
 * (`html[data-map-ready]`). The dev server and the data build still loading behind are stopped after.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { promisify } from 'node:util'
import { launchChromium } from '../../tests/e2e/browser'

const ROOT = path.resolve(import.meta.dirname, '../..')
const run = promisify(execFile)
/** The target. */
const TARGET_SECONDS = 60

/** How long `npm start` may take to serve before the bench gives up and says so (it must never hang CI). */
const SERVE_TIMEOUT_MS = 600_000

/** ANSI colour codes: vite colours its output when CI is set (picocolors), even into a pipe. */
const ANSI_CODES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')

/** Resolves with the dev server's URL once `npm start` prints it. */
function serverUrl(child: ChildProcess, lines: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new Error(`npm start did not serve within ${SERVE_TIMEOUT_MS / 1000} s:\n${lines.join('\n')}`),
        ),
      SERVE_TIMEOUT_MS,
    )
    const input = createInterface({ input: child.stdout as NodeJS.ReadableStream })
    input.on('line', (line) => {
      const plain = line.replace(ANSI_CODES, '')
      lines.push(plain)
      const match = /Local:\s+(http:\/\/\S+)/.exec(plain)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`npm start exited (${code}) before serving:\n${lines.join('\n')}`))
    })
  })
}

/** Prints the fresh clone's time to the first map. */
export async function benchFreshClone(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ppd-fresh-clone-'))
  let child: ChildProcess | undefined
  try {
    await run('git', ['clone', '--quiet', ROOT, dir])
    await run('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules')])
    await rm(path.join(dir, 'node_modules/.vite'), { recursive: true, force: true })
    const dataCache = path.resolve(process.env.DATA_CACHE ?? path.join(ROOT, 'data/cache'))
    const port = String(5400 + Math.floor(Math.random() * 500))
    const browser = await launchChromium()
    try {
      const started = performance.now()
      child = spawn('npm', ['start', '--', '--port', port, '--strictPort'], {
        cwd: dir,
        env: { ...process.env, DATA_CACHE: dataCache, OFFLINE: '1' },
        stdio: ['ignore', 'pipe', 'inherit'],
        // Its own process group, so the dev server and the build behind it stop together.
        detached: true,
      })
      const lines: string[] = []
      const url = await serverUrl(child, lines)
      const served = performance.now()
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
      await page.goto(url)
      await page.waitForSelector('html[data-map-ready="true"]', { timeout: 120_000 })
      const drawn = performance.now()
      const note = await page
        .getByTestId('data-build-note')
        .textContent({ timeout: 5_000 })
        .catch(() => null)
      const seconds = (drawn - started) / 1000
      console.log(
        `fresh clone → map drawn (npm start, headless Chromium): ${seconds.toFixed(1)} s (target ${TARGET_SECONDS} s; dev server up after ${((served - started) / 1000).toFixed(1)} s)`,
      )
      if (note) console.log(`  the app says: "${note.trim()}"`)
    } finally {
      await browser.close()
    }
  } finally {
    if (child?.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
    await rm(dir, { recursive: true, force: true })
  }
}
