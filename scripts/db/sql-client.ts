/**
 * One small interface over the two real engines we run SQL on: embedded PGlite + PostGIS (the default,
 * no server) and PostgreSQL + PostGIS through `pg` (CI, production Supabase). Scripts and SQL tests talk
 * to this interface only, so each test body runs unchanged on both engines.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { readTemplate, templateFile, writeTemplate } from './pglite-template.ts'

/** A single connection: statements run in order, so `begin … set local role … rollback` works. */
export interface SqlClient {
  /** Which engine this is, for messages and engine-specific skips. */
  readonly engine: 'pglite' | 'postgres'
  /** One statement with `$1`-style parameters. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: T[] }>
  /** Several statements, no parameters (migration files). */
  exec(sql: string): Promise<void>
  close(): Promise<void>
  /** PGlite only: the whole data directory as a tarball, gzipped by default (`loadDataDir` reads it back). */
  dumpDataDir?(compression?: 'none' | 'gzip'): Promise<Blob>
  /**
   * PGlite only: runs `copy … from '/dev/blob'` with `data` as the input (COPY FROM STDIN, which PGlite
   * feeds from a blob). The fastest way in for bulk rows.
   */
  copyFrom?(sql: string, data: string): Promise<void>
}

/** Default folder of the Supabase CLI layout. */
export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../supabase/migrations')

/** Migration files in the order the Supabase CLI applies them (by their timestamp prefix). */
export async function listMigrations(dir: string = MIGRATIONS_DIR): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => /^\d{14}_[a-z0-9_]+\.sql$/.test(name))
  return names.sort().map((name) => path.join(dir, name))
}

/**
 * Applies every migration in one transaction each; a failing file stops with its name in the message
 * and leaves nothing of itself behind.
 */
export async function applyMigrations(client: SqlClient, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  const files = await listMigrations(dir)
  for (const file of files) {
    const sql = await readFile(file, 'utf8')
    try {
      await client.exec(`begin;\n${sql}\ncommit;`)
    } catch (error) {
      await client.exec('rollback').catch(() => undefined)
      throw new Error(
        `Migration ${path.basename(file)} failed on ${client.engine}: ${(error as Error).message}`,
      )
    }
  }
  return files.map((file) => path.basename(file))
}

/** Options for {@link openPglite}. */
export interface PgliteOptions {
  /**
   * Start with `supabase/migrations` applied (default true): from the migrated template (pglite-template.ts)
   * when one exists for these migrations, else by applying them, and then the template is stored.
   */
  migrate?: boolean
}

/** Starts an in-memory PGlite with PostGIS and fuzzystrmatch loaded and, by default, the migrations applied. */
export async function openPglite(options: PgliteOptions = {}): Promise<SqlClient> {
  const [{ PGlite }, { postgis }, { fuzzystrmatch }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite-postgis'),
    // Edit distance for the duplicate checks (migration 20261201120000_name_normalisation.sql).
    import('@electric-sql/pglite/contrib/fuzzystrmatch'),
  ])
  const isMigrated = options.migrate !== false
  const template = isMigrated ? await templateFile(await listMigrations()) : undefined
  const dump = template ? await readTemplate(template) : undefined
  const db = await PGlite.create({ extensions: { postgis, fuzzystrmatch }, loadDataDir: dump })
  const client: SqlClient = {
    engine: 'pglite',
    async query<T>(sql: string, params?: readonly unknown[]) {
      const result = await db.query<T>(sql, params ? [...params] : undefined)
      return { rows: result.rows }
    },
    async exec(sql: string) {
      await db.exec(sql)
    },
    async close() {
      await db.close()
    },
    async dumpDataDir(compression: 'none' | 'gzip' = 'gzip') {
      return db.dumpDataDir(compression)
    },
    async copyFrom(sql: string, data: string) {
      await db.query(sql, [], { blob: new Blob([data]) })
    },
  }
  if (template && !dump) {
    await applyMigrations(client)
    // Uncompressed: loading skips the gunzip, and the file stays on this machine.
    await writeTemplate(template, await db.dumpDataDir('none'))
  }
  return client
}

/** Connects to PostgreSQL (e.g. `postgres://user:pass@localhost:5432/db`); the caller migrates if needed. */
export async function openPostgres(connectionString: string): Promise<SqlClient> {
  const { default: pg } = await import('pg')
  const db = new pg.Client({ connectionString })
  try {
    await db.connect()
  } catch (error) {
    throw new Error(
      `Cannot connect to PostgreSQL at ${redactUrl(connectionString)}: ${(error as Error).message}. ` +
        'Is the server running (pg_ctlcluster 15 main start) and DATABASE_URL right?',
    )
  }
  return {
    engine: 'postgres',
    async query<T>(sql: string, params?: readonly unknown[]) {
      const result = await db.query(sql, params ? [...params] : undefined)
      return { rows: result.rows as T[] }
    },
    async exec(sql: string) {
      await db.query(sql)
    },
    async close() {
      await db.end()
    },
  }
}

/** Hides the password of a connection string before it goes into a message. */
export function redactUrl(connectionString: string): string {
  return connectionString.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')
}
