/**
 * `npm run bench`: prints figures, asserts nothing about time (speed belongs here, not in unit tests).
 * - data build time (a fresh build into a temp folder, as `npm run data` does), with the demo's
 *   generate + load time, rows per second loaded, and the time of each view on the loaded data;
 * - snapshot file sizes, raw and gzip;
 * - JS per chunk, gzip, and the first screen's total (the MapLibre worker not counted);
 * - the first map against a bare-MapLibre floor, unthrottled and on 1.6 Mbps / 150 ms (`bench/first-map.ts`);
 * - time to recolour after an indicator change, median of 20 (`bench/recolour.ts`);
 * - what the audit trail's statement-level history costs an import of 100,000 rows (`bench/audit-triggers.ts`).
 * Needs `npm run data` and `npm run build` first.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { benchAuditTriggers } from './bench/audit-triggers.ts'
import { benchDanaDesa } from './bench/dana-desa.ts'
import { benchDisclosure } from './bench/disclosure.ts'
import { benchDuplicates } from './bench/duplicates.ts'
import { benchFirstMap } from './bench/first-map.ts'
import { benchLocalMode } from './bench/local-mode.ts'
import { benchPriority } from './bench/priority.ts'
import { benchProfileAndTable } from './bench/profile.ts'
import { benchRecolour } from './bench/recolour.ts'
import { DEFAULT_DEMO_SEED } from './data/cli-options.ts'
import { runBuild } from './data/run-build.ts'
import { openPglite, type SqlClient } from './db/sql-client.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const KB = 1024

function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`
}

/** Views whose timing we print, in dependency order (each count(*) runs the whole view). */
const VIEWS = [
  'private.bantuan_keluarga',
  'private.penerima_terdaftar',
  'private.hitungan_desa',
  'private.hitungan_wilayah',
  'public.indikator_wilayah',
] as const

/**
 * The full data build in this process (boundaries, demo generation, import, figures, export) on the
 * embedded PGlite, then the time of each view on the loaded data. The database stays open for the views.
 */
async function benchDataBuild(): Promise<void> {
  const out = await mkdtemp(path.join(os.tmpdir(), 'ppd-bench-data-'))
  const database = await openPglite()
  const kept: SqlClient = { ...database, close: async () => undefined }
  try {
    const started = performance.now()
    const result = await runBuild({
      region: '64.08',
      outDir: path.join(out, 'public'),
      demo: { seed: DEFAULT_DEMO_SEED, demoDir: path.join(out, 'demo') },
      fetch: {
        dataCache: process.env.DATA_CACHE ? path.resolve(process.env.DATA_CACHE) : undefined,
        isOffline: true,
      },
      openDatabase: async () => kept,
    })
    const seconds = (performance.now() - started) / 1000
    const steps = result.timings
      .map((timing) => `${timing.step} ${(timing.ms / 1000).toFixed(1)} s`)
      .join(', ')
    console.log(`data build (64.08 with the demo, embedded PGlite): ${seconds.toFixed(1)} s [${steps}]`)
    const demo = result.demo
    if (demo) {
      console.log(`  demo generate + write: ${demo.generate_seconds.toFixed(1)} s`)
      for (const file of demo.files) {
        const rate = file.rows / Math.max(file.import_seconds, 1e-3)
        console.log(
          `  load ${file.file.padEnd(22)} ${String(file.rows).padStart(9)} rows, ${file.import_seconds.toFixed(1).padStart(6)} s, ${Math.round(rate).toLocaleString('en-US').padStart(9)} rows/s`,
        )
      }
    }
    for (const view of VIEWS) {
      const viewStarted = performance.now()
      const { rows } = await database.query<{ n: number | string }>(`select count(*) as n from ${view}`)
      const ms = performance.now() - viewStarted
      console.log(
        `  view ${view.padEnd(28)} ${String(rows[0]?.n).padStart(9)} rows in ${(ms / 1000).toFixed(2)} s`,
      )
    }
  } finally {
    await database.close()
    await rm(out, { recursive: true, force: true })
  }
}

async function benchSnapshotSizes(): Promise<void> {
  const dir = path.join(ROOT, 'public/data')
  console.log('snapshot files (raw / gzip):')
  for (const name of (await readdir(dir)).sort()) {
    const bytes = await readFile(path.join(dir, name))
    console.log(
      `  ${name.padEnd(28)} ${kb(bytes.length).padStart(10)} ${kb(gzipSync(bytes, { level: 9 }).length).padStart(10)}`,
    )
  }
}

/** The chunks `index.html` loads before the app runs: the entry script and its modulepreloads. */
function firstScreenChunks(html: string): Set<string> {
  const chunks = new Set<string>()
  for (const match of html.matchAll(/(?:src|href)="([^"]+\.js)"/g)) {
    const file = match[1]
    if (file) chunks.add(path.basename(file))
  }
  return chunks
}

async function benchBundle(): Promise<void> {
  const dist = path.join(ROOT, 'dist')
  const html = await readFile(path.join(dist, 'index.html'), 'utf8')
  const first = firstScreenChunks(html)
  const assets = (await readdir(path.join(dist, 'assets'))).filter((name) => /\.m?js$/.test(name)).sort()
  let firstTotal = 0
  console.log('JS chunks (gzip; * = first screen, w = worker, not counted):')
  for (const name of assets) {
    const gzip = gzipSync(await readFile(path.join(dist, 'assets', name)), { level: 9 }).length
    const isWorker = /worker/i.test(name)
    const isFirst = first.has(name) && !isWorker
    if (isFirst) firstTotal += gzip
    console.log(`  ${isFirst ? '*' : isWorker ? 'w' : ' '} ${name.padEnd(48)} ${kb(gzip).padStart(10)}`)
  }
  console.log(`first-screen JS, gzip: ${kb(firstTotal)} (budget 450 KB)`)
}

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, 'dist/index.html')))
    throw new Error('Run `npm run build` before `npm run bench`.')
  console.log(
    `# Peta Prioritas Desa benchmark — ${new Date().toISOString()}, ${os.cpus().length} cores, Node ${process.version}`,
  )
  await benchDataBuild()
  await benchSnapshotSizes()
  await benchDisclosure(path.join(ROOT, 'public/data'))
  await benchBundle()
  await benchFirstMap()
  await benchProfileAndTable()
  await benchPriority()
  await benchDanaDesa()
  await benchLocalMode()
  await benchRecolour()
  await benchDuplicates()
  await benchAuditTriggers()
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
