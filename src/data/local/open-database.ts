/**
 * How the worker opens the local database: resume the current slot, or fill the other slot from a dump
 * or a planner's file, check it there, and only then make it current (database-slots.ts). Whatever
 * fails, the saved copy stays as it was.
 */
import type { PGlite } from '@electric-sql/pglite'
import { BUNDLED_MIGRATIONS, buildFingerprint } from './bundled-migrations.ts'
import { cachedDownload, pruneCache } from './cached-download.ts'
import { checkPlannerDatabase } from './check-database.ts'
import { clearSlot, currentSlot, hasCopy, makeCurrent, otherSlot, saveBackup } from './database-slots.ts'
import { LocalDatabaseError } from './local-error.ts'
import { compareSchema, migrateCopy, storedFingerprint } from './migrate-copy.ts'
import { readDataDirVersion } from './read-data-dir-version.ts'
import { latestMigrationOf } from './schema-fingerprint.ts'
import { engineDownloads, makeDurable, prepareEngine, startEngine } from './start-engine.ts'
import type { DemoDump, OpenExpectations, OpenProgress, OpenReport, OpenSource } from './worker-protocol.ts'

/** An open database and how it was opened. */
export interface Opened {
  db: PGlite
  report: OpenReport
}

type Migrated = OpenReport['migrated']

/**
 * Brings `db` to the build's schema (migrate-copy.ts) after keeping a backup of it as it was. A copy
 * from a newer build is refused when it is a file (`newer-schema`) and left alone when it is the saved
 * copy (an older build must not rewrite a newer copy).
 */
async function upToDate(
  db: PGlite,
  name: string | null,
  onProgress: (progress: OpenProgress) => void,
): Promise<Migrated> {
  const [stored, build] = await Promise.all([storedFingerprint(db), buildFingerprint()])
  const state = compareSchema(stored, build)
  if (state === 'current') return null
  if (state === 'newer') {
    if (name === null || stored === null) return null
    throw new LocalDatabaseError('newer-schema', `${name} has schema ${stored}, this build ${build}`, {
      file: name,
      found: latestMigrationOf(stored),
      expected: latestMigrationOf(build),
    })
  }
  onProgress({ phase: 'migrate', loaded: 0, total: null })
  const backup = await db.dumpDataDir('gzip')
  await saveBackup(backup)
  await migrateCopy(db, BUNDLED_MIGRATIONS, build)
  await makeDurable(db)
  return { from: stored, to: build, backupBytes: backup.size }
}

/** Starts PGlite on `slot` from `dump`; a dump PGlite cannot start is a `not-database-file`. */
async function startFrom(slot: string, dump: Blob, name: string): Promise<PGlite> {
  await readDataDirVersion(dump, name)
  try {
    return await startEngine(slot, dump)
  } catch (error) {
    const reason = (error as Error).message ?? String(error)
    throw new LocalDatabaseError('not-database-file', `${name} does not open as a database: ${reason}`, {
      file: name,
      reason,
    })
  }
}

/**
 * Loads `dump` into the slot that is not current, runs `afterLoad`, checks it, then swaps it in and
 * drops the old copy.
 */
async function replace(
  dump: Blob,
  name: string,
  afterLoad: readonly string[],
  expect: OpenExpectations,
  onProgress: (progress: OpenProgress) => void,
): Promise<{ db: PGlite; migrated: Migrated }> {
  const current = await currentSlot()
  const target = otherSlot(current)
  await clearSlot(target)
  onProgress({ phase: 'load', loaded: 0, total: null })
  const db = await startFrom(target, dump, name)
  let migrated: Migrated = null
  try {
    onProgress({ phase: 'check', loaded: 0, total: null })
    // The identity check first: migrating a stranger's database would only add our schema to it.
    await checkPlannerDatabase(db, expect.regionKode, name, true)
    migrated = await upToDate(db, name, onProgress)
    for (const statement of afterLoad) await db.exec(statement)
    await checkPlannerDatabase(db, expect.regionKode, name)
    await makeDurable(db)
  } catch (error) {
    await db.close().catch(() => undefined)
    await clearSlot(target).catch(() => undefined)
    throw error
  }
  await makeCurrent(target)
  await clearSlot(current)
  return { db, migrated }
}

const fileName = (url: string): string => new URL(url, self.location.href).pathname.split('/').pop() ?? url

/** Opens the database `source` names (see {@link OpenSource}); throws a {@link LocalDatabaseError}. */
export async function openDatabase(
  source: OpenSource,
  expect: OpenExpectations,
  onProgress: (progress: OpenProgress) => void,
): Promise<Opened> {
  const started = performance.now()
  const current = await currentSlot()
  // A replacement interrupted by a closed tab leaves the other slot behind: it was never made current.
  await clearSlot(otherSlot(current))
  const isResuming = source.kind === 'saved-or-demo' && (await hasCopy(current))
  const demo: DemoDump | null = source.kind !== 'file' && !isResuming ? source.dump : null

  const engine = await engineDownloads()
  const total = engine.reduce((sum, file) => sum + file.bytes, 0) + (demo?.bytes ?? 0)
  let loaded = 0
  const onBytes = (bytes: number) => {
    loaded += bytes
    onProgress({ phase: 'download', loaded, total })
  }
  onProgress({ phase: 'download', loaded: 0, total })
  const [engineBytes, dump] = await Promise.all([
    prepareEngine(onBytes),
    demo ? cachedDownload(demo, onBytes) : null,
  ])
  await pruneCache([...engine.map((file) => file.url), ...(demo ? [demo.url] : [])]).catch(() => undefined)
  const report = (origin: OpenReport['origin'], dumpBytes: number, migrated: Migrated): OpenReport => ({
    origin,
    dumpBytes,
    downloadedBytes: engineBytes + (dump?.downloadedBytes ?? 0),
    ms: performance.now() - started,
    migrated,
  })

  if (isResuming) {
    onProgress({ phase: 'load', loaded: 0, total: null })
    const db = await startEngine(current).catch((error: Error) => {
      throw new LocalDatabaseError('saved-unreadable', `the saved database does not open: ${error.message}`, {
        detail: error.message,
      })
    })
    try {
      return { db, report: report('saved', 0, await upToDate(db, null, onProgress)) }
    } catch (error) {
      await db.close().catch(() => undefined)
      throw error
    }
  }
  if (source.kind === 'file') {
    const { db, migrated } = await replace(source.file, source.name, [], expect, onProgress)
    return { db, report: report('file', source.file.size, migrated) }
  }
  if (!demo || !dump) throw new Error('no demo dump to open')
  const { db, migrated } = await replace(dump.blob, fileName(demo.url), demo.afterLoad, expect, onProgress)
  return { db, report: report('demo', dump.blob.size, migrated) }
}
