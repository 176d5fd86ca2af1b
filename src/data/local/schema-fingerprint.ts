/**
 * The schema fingerprint of a local database: which migrations built it. `<latest file name
 * stem>:<16 hex digits of sha256 over every file's name and text>`, e.g.
 * `20261201160000_disallowed_combinations_per_village:3f2a…`. The browser-dump writer stores it in the
 * database (`alter database … set ppd.schema`), so it travels inside every export; the worker computes
 * the same value from the migrations bundled with the app and migrates a copy whose value differs.
 */

/** One migration file: its name (`20261128000100_extensions_and_roles.sql`) and SQL text. */
export interface MigrationFile {
  name: string
  sql: string
}

/** The database setting that holds the fingerprint (a custom `ppd.*` placeholder setting). */
export const SCHEMA_SETTING = 'ppd.schema'

/** The fingerprint of `files` (in any order: they are sorted by name, as they are applied). */
export async function schemaFingerprint(files: readonly MigrationFile[]): Promise<string> {
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name))
  const latest = sorted.at(-1)?.name.replace(/\.sql$/, '') ?? 'none'
  const text = sorted.map((file) => `${file.name}\n${file.sql}\n`).join('')
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  const hex = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${latest}:${hex.slice(0, 16)}`
}

/** The latest migration a fingerprint names (its timestamp orders fingerprints by age). */
export function latestMigrationOf(fingerprint: string): string {
  return fingerprint.split(':')[0] ?? ''
}

/** SQL that stores `fingerprint` in the current database (takes effect for later sessions). */
export function storeFingerprintSql(fingerprint: string): string {
  if (!/^[0-9a-z_]+:[0-9a-f]{16}$/.test(fingerprint)) throw new Error(`bad schema fingerprint ${fingerprint}`)
  return `do $$ begin execute format('alter database %I set ${SCHEMA_SETTING} = %L', current_database(), '${fingerprint}'); end $$`
}

/** SQL returning the stored fingerprint as `fingerprint` (null when none was stored). */
export const READ_FINGERPRINT_SQL = `
  select (select split_part(setting, '=', 2) from pg_db_role_setting s, unnest(s.setconfig) as setting
          where s.setdatabase = (select oid from pg_database where datname = current_database())
            and s.setrole = 0 and setting like '${SCHEMA_SETTING}=%') as fingerprint`
