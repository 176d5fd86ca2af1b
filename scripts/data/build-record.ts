/**
 * What `npm run data` leaves beside the snapshot for the tools around it, in `.tmp/` (git-ignored, never
 * published):
 * - `data-build-progress.json` while a build with `--early-snapshot` runs: the share done and the step,
 *   which the dev server hands to the app (vite.config.ts) for its "demo data still loading (n %)" note;
 *   removed when the build ends, however it ends.
 * - `data-build.json` after a build: its step timings, wall and CPU seconds, rows per second of each
 *   demo file, so `npm run bench` prints this build's own figures instead of building again.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { BuildResult } from './run-build.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
/** Progress of a running build (read by the dev server). */
export const PROGRESS_FILE = path.join(ROOT, '.tmp', 'data-build-progress.json')
/** Timings of the last finished build (read by the benchmark). */
export const BUILD_RECORD_FILE = path.join(ROOT, '.tmp', 'data-build.json')

/** The progress file's content. */
export interface BuildProgress {
  /** 0–100, whole numbers. */
  percent: number
  step: string
  updated_at: string
}

/** The timing record's content. */
export interface BuildRecord {
  finished_at: string
  region: string
  wall_seconds: number
  cpu_seconds: number
  timings: BuildResult['timings']
  demo?: { generate_seconds: number; files: NonNullable<BuildResult['demo']>['files'] }
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const partial = `${file}.${process.pid}.partial`
  await writeFile(partial, `${JSON.stringify(value, null, 2)}\n`)
  await rename(partial, file)
}

/**
 * A progress writer: keeps at most one write in flight and skips repeats of the same percent, so a
 * chunk-by-chunk caller never queues file writes.
 */
export function makeProgressWriter(file: string = PROGRESS_FILE): {
  report: (share: number, step: string) => void
  clear: () => Promise<void>
} {
  let last = -1
  let pending: Promise<void> = Promise.resolve()
  return {
    report(share, step) {
      const percent = Math.min(100, Math.max(0, Math.floor(share * 100)))
      if (percent === last) return
      last = percent
      const value: BuildProgress = { percent, step, updated_at: new Date().toISOString() }
      pending = pending.then(() => writeJson(file, value)).catch(() => undefined)
    },
    async clear() {
      await pending
      await rm(file, { force: true })
    },
  }
}

/** Stores the timings of a finished build. */
export async function writeBuildRecord(record: BuildRecord, file: string = BUILD_RECORD_FILE): Promise<void> {
  await writeJson(file, record)
}
