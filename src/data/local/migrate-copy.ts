/**
 * Brings a local copy up to this build's schema. A copy saved (or exported) before an update keeps the
 * schema it was built with; when its fingerprint (schema-fingerprint.ts) differs from the build's, every
 * bundled migration is applied again, in order, in ONE transaction, and the new fingerprint is stored
 * in the same transaction. Either all of it lands or, on any error, nothing does: the copy stays as it
 * was, still usable by the version that made it, and the planner is told.
 *
 * Why re-apply everything instead of tracking versions: the migrations are written to be re-runnable
 * (`if not exists`, `create or replace`, `drop policy if exists`, `on conflict do nothing` for seed
 * rows), and migrate-copy.test.ts proves on the real files that re-applying them keeps a planner's
 * follow-ups, decisions and rules. It needs no version table in the copy, and it also repairs a copy
 * made before fingerprints existed. A migration that cannot re-apply fails that test first.
 */
import { LocalDatabaseError } from './local-error.ts'
import {
  latestMigrationOf,
  type MigrationFile,
  READ_FINGERPRINT_SQL,
  storeFingerprintSql,
} from './schema-fingerprint.ts'

/** The part of PGlite migrating uses. */
export interface Migratable {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>
  exec(sql: string): Promise<unknown>
}

/** How a copy's schema compares with the build's. */
export type SchemaState = 'current' | 'older' | 'newer'

/** The fingerprint stored in `db` (null for a copy made before fingerprints existed). */
export async function storedFingerprint(db: Migratable): Promise<string | null> {
  const { rows } = await db.query<{ fingerprint: string | null }>(READ_FINGERPRINT_SQL)
  return rows[0]?.fingerprint ?? null
}

/** `current`, `newer` (its latest migration is later than the build's) or `older` (anything else). */
export function compareSchema(stored: string | null, build: string): SchemaState {
  if (stored === build) return 'current'
  if (stored !== null && latestMigrationOf(stored) > latestMigrationOf(build)) return 'newer'
  return 'older'
}

/** Applies `files` again in one transaction and stores `fingerprint`; throws `migration-failed`. */
export async function migrateCopy(
  db: Migratable,
  files: readonly MigrationFile[],
  fingerprint: string,
): Promise<void> {
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name))
  const body = sorted.map((file) => `-- ${file.name}\n${file.sql}`).join('\n;\n')
  try {
    await db.exec(`begin;\n${body}\n;\n${storeFingerprintSql(fingerprint)};\ncommit;`)
  } catch (error) {
    await db.exec('rollback').catch(() => undefined)
    const detail = (error as Error).message ?? String(error)
    throw new LocalDatabaseError('migration-failed', `the copy could not be migrated: ${detail}`, { detail })
  }
}
