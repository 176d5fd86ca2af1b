/**
 * `npm run bench` (fast, what CI runs) and `npm run bench:full`: prints figures, asserts nothing about
 * time (speed belongs here, not in unit tests). Needs `npm run data` and `npm run build` first.
 * - fast: this run's data build (its own record, .tmp/data-build.json: wall and CPU time, each step, rows
 *   per second per demo file), snapshot sizes, JS per chunk and first screen (gzip), navigation to the
 *   map's first full render, profile/table, priority ranking, Dana Desa simulator, recolour, a fresh clone
 *   to the first map (`npm start`), and CI's own step times when run inside `.ci/run`;
 * - full (`--full`): the data build again in this process with the time of each view on the loaded data,
 *   the same app figures, local-mode readiness with bytes per route, and duplicate detection (accuracy
 *   against the demo's ground truth, whole kabupaten and 1,000,000 rows, on PostgreSQL and PGlite).
 */
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { benchBundle, benchFirstRender, benchSnapshotSizes } from './bench/app-figures.ts'
import { printCiTimes } from './bench/ci-times.ts'
import { benchDanaDesa } from './bench/dana-desa.ts'
import { benchDataBuild, printBuildRecord } from './bench/data-build.ts'
import { benchDuplicates } from './bench/duplicates.ts'
import { benchFreshClone } from './bench/fresh-clone.ts'
import { benchLocalMode } from './bench/local-mode.ts'
import { benchPriority } from './bench/priority.ts'
import { benchProfileAndTable } from './bench/profile.ts'
import { benchRecolour } from './bench/recolour.ts'

const ROOT = path.resolve(import.meta.dirname, '..')

async function main(): Promise<void> {
  const isFull = process.argv.includes('--full')
  if (!existsSync(path.join(ROOT, 'dist/index.html')))
    throw new Error('Run `npm run build` before `npm run bench`.')
  console.log(
    `# Peta Prioritas Desa benchmark${isFull ? ' (full)' : ''} — ${new Date().toISOString()}, ${os.cpus().length} cores, Node ${process.version}`,
  )
  if (isFull) await benchDataBuild()
  else await printBuildRecord()
  await benchSnapshotSizes()
  await benchBundle()
  await benchFirstRender()
  await benchProfileAndTable()
  await benchPriority()
  await benchDanaDesa()
  if (isFull) await benchLocalMode()
  await benchRecolour()
  if (isFull) await benchDuplicates()
  else {
    await benchFreshClone()
    await printCiTimes()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
