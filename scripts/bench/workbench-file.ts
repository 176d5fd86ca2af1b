/**
 * The import workbench with a big file in the real app (issue 14: files streamed in a Web Worker): a CSV of made-up households over the built snapshot's villages is dropped on /perencana/impor in
 * headless Chromium (local mode), and the bench prints the time to the mapping step (the worker's one pass
 * for the sha256 and the encoding), the time from "check" to the report (read, check, pseudonymise and
 * stage every row), rows/s, and the peak resident memory of Chromium's processes against the idle page's.
 * Memory that stays flat while the file grows is the point. Needs `npm run data` and `npm run build`.
 * `BENCH_WORKBENCH_MB` sets the size (default 10; bench:full 50, local mode's limit). Prints figures, asserts
 * nothing.
 */
import { createWriteStream } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { launchChromium } from '../../tests/e2e/browser'
import { startPreview } from '../../tests/e2e/preview-server'

const ROOT = path.resolve(import.meta.dirname, '../..')
/** The fast bench's file; bench:full takes the largest local mode accepts (local-mode-limit.ts). */
export const FAST_MB = 10
export const FULL_MB = 50

/** The built snapshot's village codes (the villages a file may name), from its household counts. */
async function villageCodes(): Promise<string[]> {
  const text = await readFile(path.join(ROOT, 'public/data/indicators-jumlah_kk.csv'), 'utf8')
  const codes = new Set<string>()
  for (const line of text.split('\n')) {
    const [kode, level] = line.split(',')
    if (kode && (level === 'desa' || level === 'kelurahan')) codes.add(kode)
  }
  return [...codes]
}

/** Writes a valid keluarga file of about `mb` megabytes; returns its path and row count. */
async function writeFile(
  dir: string,
  mb: number,
  codes: readonly string[],
): Promise<{ file: string; rows: number }> {
  const file = path.join(dir, `keluarga-${mb}mb.csv`)
  const out = createWriteStream(file)
  out.write(
    'id_keluarga,kode_desa,periode,desil,jumlah_anggota,mata_pencaharian,miskin,miskin_ekstrem,nik_kepala,nama_kepala,tanggal_lahir_kepala\n',
  )
  let bytes = 0
  let rows = 0
  while (bytes < mb * 1e6) {
    rows++
    const line =
      `6408${String(rows).padStart(12, '0')},${codes[rows % codes.length]},2025,${1 + (rows % 10)},4,petani,` +
      `${rows % 3 === 0 ? 1 : 0},0,6409${String(rows).padStart(12, '0')},Kepala Bench ${rows},1980-03-12\n`
    bytes += line.length
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
  }
  await new Promise<void>((resolve) => out.end(() => resolve()))
  return { file, rows }
}

/** Resident memory of every Chromium process now, in bytes (Linux /proc). */
async function chromiumRss(): Promise<number> {
  let total = 0
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue
    try {
      const status = await readFile(`/proc/${pid}/status`, 'utf8')
      if (!/^Name:\s+(chromium|chrome)/m.test(status)) continue
      total += Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024
    } catch {
      // The process ended while we looked.
    }
  }
  return total
}

/** Samples `chromiumRss` until stopped; resolves with the peak. */
function samplePeak(): { stop: () => Promise<number> } {
  let peak = 0
  let running = true
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await chromiumRss())
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  })()
  return {
    stop: async () => {
      running = false
      await loop
      return peak
    },
  }
}

const mbOf = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`

export async function benchWorkbenchFile(
  mb = Number(process.env.BENCH_WORKBENCH_MB ?? FAST_MB),
): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ppd-workbench-bench-'))
  const [server, browser] = await Promise.all([startPreview(), launchChromium()])
  try {
    const { file, rows } = await writeFile(dir, mb, await villageCodes())
    const page = await browser.newPage()
    await page.goto(`${server.url}perencana/impor`)
    await page.getByTestId('import-workbench').waitFor({ timeout: 180_000 })
    await page.getByTestId('import-key').fill('kunci-organisasi-bench')
    const idle = await chromiumRss()
    const peak = samplePeak()
    const dropped = performance.now()
    await page.getByTestId('import-file').setInputFiles(file)
    await page.getByTestId('import-mapping').waitFor({ timeout: 600_000 })
    const sniffed = performance.now()
    await page.getByTestId('import-check').click()
    // The report, or the error the screen shows instead (e.g. the local database out of memory).
    await page
      .locator('[data-testid="import-report"], [data-testid="import-error"]')
      .first()
      .waitFor({ timeout: 1_800_000 })
    const error = page.getByTestId('import-error')
    if (await error.isVisible()) {
      await peak.stop()
      console.log(
        `  ${mb} MB, ${rows.toLocaleString('en')} rows: the screen shows an error: ${await error.textContent()}`,
      )
      return
    }
    const read = performance.now()
    const peakRss = await peak.stop()
    const shown = (await page.getByTestId('import-report-summary').textContent()) ?? ''
    const sniffSeconds = (sniffed - dropped) / 1000
    const readSeconds = (read - sniffed) / 1000
    console.log(`  file: ${mb} MB, ${rows.toLocaleString('en')} keluarga rows (valid, made up)`)
    console.log(`  to the mapping step (sha256 + encoding, one pass): ${sniffSeconds.toFixed(1)} s`)
    console.log(
      `  check → report (read, check, pseudonymise, stage): ${readSeconds.toFixed(1)} s, ` +
        `${Math.round(rows / readSeconds).toLocaleString('en')} rows/s`,
    )
    console.log(`  report: ${shown.trim()}`)
    console.log(
      `  Chromium resident memory: idle page ${mbOf(idle)}, peak ${mbOf(peakRss)} (+${mbOf(peakRss - idle)})`,
    )
  } finally {
    await browser.close()
    await server.close()
    await rm(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchWorkbenchFile()
