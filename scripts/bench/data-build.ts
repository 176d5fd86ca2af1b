/**
 * The data build's figures: `benchDataBuild` runs the full build (64.08 with the demo, embedded PGlite)
 * in this process and times each view on the loaded data (`npm run bench:full`); `printBuildRecord`
 * prints the timings the last `npm run data` recorded (.tmp/data-build.json, build-record.ts), so the
 * fast bench reports this run's own build instead of building again.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { BUILD_RECORD_FILE, type BuildRecord } from '../data/build-record.ts'
import { DEFAULT_DEMO_SEED } from '../data/cli-options.ts'
import { runBuild } from '../data/run-build.ts'
import { openPglite, type SqlClient } from '../db/sql-client.ts'

type Timings = BuildRecord['timings']
type DemoFiles = NonNullable<BuildRecord['demo']>['files']

function stepList(timings: Timings): string {
  return timings.map((timing) => `${timing.step} ${(timing.ms / 1000).toFixed(1)} s`).join(', ')
}

function printDemoFiles(generateSeconds: number, files: DemoFiles): void {
  console.log(`  demo generate + write: ${generateSeconds.toFixed(1)} s`)
  for (const file of files) {
    const rate = file.rows / Math.max(file.import_seconds, 1e-3)
    console.log(
      `  load ${file.file.padEnd(22)} ${String(file.rows).padStart(9)} rows, ${file.import_seconds.toFixed(1).padStart(6)} s, ${Math.round(rate).toLocaleString('en-US').padStart(9)} rows/s`,
    )
  }
}

/** Prints the figures of the last `npm run data` (its own record); says so when there is none. */
export async function printBuildRecord(): Promise<void> {
  const text = await readFile(BUILD_RECORD_FILE, 'utf8').catch(() => undefined)
  if (!text) {
    console.log('data build: no record of a build here (.tmp/data-build.json): run npm run data first')
    return
  }
  const record = JSON.parse(text) as BuildRecord
  console.log(
    `data build (npm run data, ${record.region}, finished ${record.finished_at}): ${record.wall_seconds.toFixed(1)} s wall, ${record.cpu_seconds.toFixed(1)} s CPU [${stepList(record.timings)}]`,
  )
  if (record.demo) printDemoFiles(record.demo.generate_seconds, record.demo.files)
}

/** Views whose timing we print, in dependency order (each count(*) runs the whole view). */
const VIEWS = [
  'private.bantuan_keluarga',
  'private.penerima_per_identitas',
  'private.hitungan_sel',
  'private.hitungan_lain',
  'private.hitungan',
  'public.indikator_wilayah',
] as const

/**
 * The full data build in this process (boundaries, demo generation, import, figures, export) on the
 * embedded PGlite, then the time of each view on the loaded data. The database stays open for the views.
 */
export async function benchDataBuild(): Promise<void> {
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
    console.log(
      `data build (64.08 with the demo, embedded PGlite): ${seconds.toFixed(1)} s [${stepList(result.timings)}]`,
    )
    if (result.demo) printDemoFiles(result.demo.generate_seconds, result.demo.files)
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
