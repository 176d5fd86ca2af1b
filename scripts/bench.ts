/**
 * `npm run bench` (fast, what CI runs) and `npm run bench:full`: prints figures, asserts nothing about
 * time (speed belongs here, not in unit tests). Needs `npm run data` and `npm run build` first.
 * - fast: this run's data build (its own record, .tmp/data-build.json: wall and CPU time, each step, rows
 *   per second per demo file), snapshot sizes, disclosure control (cells rounded, information loss, the
 *   differencing attack on the snapshot), JS per chunk and first screen (gzip), the first map against a
 *   bare-MapLibre floor unthrottled and on 1.6 Mbps / 150 ms (`bench/first-map.ts`), the planner's first
 *   download and local-mode readiness, recolour, a fresh clone to the first map (`npm start`), and CI's own
 *   step times inside `.ci/run`;
 * - full (`--full`): the data build again in this process with the time of each view on the loaded data,
 *   the same figures as the fast run, then profile/table, priority ranking, the Dana Desa simulator, the
 *   import workbench (`bench/import-commit.ts`: parse + validate rows/s through `readImport`, then staging,
 *   preview, commit and undo rows/s on PostgreSQL (DATABASE_URL) and PGlite, and peak memory, for 1,000,000
 *   recipient rows), a 50 MB file dropped on /perencana/impor in Chromium (`bench/workbench-file.ts`: the
 *   worker's sniff pass, check → report rows/s with staging, peak memory; local mode's limit), duplicate
 *   detection (accuracy against the demo's ground truth, whole kabupaten and 1,000,000 rows, on PostgreSQL
 *   and PGlite) and what the audit trail's statement-level history costs an import of 100,000 rows
 *   (`bench/audit-triggers.ts`).
 * `--only <part>` runs one part by its name as printed at the end (e.g. `--only "import workbench"`); the
 * import parts then run at their fast sizes (20,000 recipient rows, a 10 MB file).
 */
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { benchBundle, benchSnapshotSizes } from './bench/app-figures.ts'
import { benchAuditTriggers } from './bench/audit-triggers.ts'
import { printCiTimes } from './bench/ci-times.ts'
import { benchDanaDesa } from './bench/dana-desa.ts'
import { benchDataBuild, printBuildRecord } from './bench/data-build.ts'
import { benchDisclosure } from './bench/disclosure.ts'
import { benchDuplicates } from './bench/duplicates.ts'
import { benchFirstMap } from './bench/first-map.ts'
import { benchFreshClone } from './bench/fresh-clone.ts'
import { benchImportCommit, FAST_ROWS, FULL_ROWS } from './bench/import-commit.ts'
import { benchLocalMode } from './bench/local-mode.ts'
import { benchPriority } from './bench/priority.ts'
import { benchProfileAndTable } from './bench/profile.ts'
import { benchRecolour } from './bench/recolour.ts'
import { benchWorkbenchFile, FAST_MB, FULL_MB } from './bench/workbench-file.ts'
import { ROUNDED_CELLS_FILE } from './data/disclosure/local-key.ts'

const ROOT = path.resolve(import.meta.dirname, '..')

async function main(): Promise<void> {
  const isFull = process.argv.includes('--full')
  const onlyAt = process.argv.indexOf('--only')
  const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined
  if (onlyAt >= 0 && !only) throw new Error('--only needs the name of a part, e.g. --only "import workbench"')
  // A part run alone reads only what it needs (and says so if it is missing).
  if (!only && !existsSync(path.join(ROOT, 'dist/index.html')))
    throw new Error('Run `npm run build` before `npm run bench`.')
  console.log(
    `# Peta Prioritas Desa benchmark${isFull ? ' (full)' : ''} — ${new Date().toISOString()}, ${os.cpus().length} cores, Node ${process.version}`,
  )
  const sections: [string, number][] = []
  /** Runs one part of the benchmark and keeps its wall time, printed at the end. */
  const part = async (name: string, run: () => Promise<void>): Promise<void> => {
    if (only && name !== only) return
    const started = performance.now()
    await run()
    sections.push([name, (performance.now() - started) / 1000])
  }
  if (isFull) await part('data build', benchDataBuild)
  else await part('data build record', printBuildRecord)
  await part('snapshot sizes', benchSnapshotSizes)
  await part('disclosure', () =>
    benchDisclosure(path.join(ROOT, 'public/data'), path.join(ROOT, ROUNDED_CELLS_FILE)),
  )
  await part('bundle', benchBundle)
  await part('first map', benchFirstMap)
  await part('local mode', benchLocalMode)
  await part('recolour', benchRecolour)
  // The screens' own computations and the import path: in the full run, or one at a time with --only
  // (which runs the import parts at their fast sizes), so CI's run stays short.
  const isExtra = isFull || only !== undefined
  if (isExtra) {
    await part('profile and table', benchProfileAndTable)
    await part('priority', benchPriority)
    await part('Dana Desa', benchDanaDesa)
    await part('import workbench', () => benchImportCommit(isFull ? FULL_ROWS : FAST_ROWS))
    await part('workbench file', () => benchWorkbenchFile(isFull ? FULL_MB : FAST_MB))
  }
  if (isFull) {
    await part('duplicates', benchDuplicates)
    await part('audit triggers', benchAuditTriggers)
  } else {
    await part('fresh clone', benchFreshClone)
    await part('CI times', printCiTimes)
  }
  if (only && sections.length === 0) throw new Error(`--only "${only}": no part has that name`)
  // Where the benchmark's own time goes (CI runs it, and CI has a time budget).
  console.log('benchmark parts (wall):')
  for (const [name, seconds] of sections) console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${name}`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
