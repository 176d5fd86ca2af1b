/**
 * A throwaway PostgreSQL database per test file, so the migrations always apply from scratch.
 *
 * DATABASE_URL names a server and a database we may connect to (scripts/db/setup-test-postgres.sh creates
 * one); we create `ppd_test_<random>` next to it, migrate it, and drop it on close. A crashed run can leave
 * one behind: list them with `\l ppd_test_*` and drop them by hand.
 */
import { randomBytes } from 'node:crypto'
import {
  applyMigrations,
  MIGRATIONS_DIR,
  openPostgres,
  redactUrl,
  type SqlClient,
} from '../../scripts/db/sql-client.ts'

/** Reads DATABASE_URL or explains how to get one. */
export function requireDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Start PostgreSQL (pg_ctlcluster 15 main start), run ' +
        'scripts/db/setup-test-postgres.sh and export the DATABASE_URL it prints.',
    )
  }
  return url
}

/** The same connection string pointing at another database on the same server. */
export function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString)
  url.pathname = `/${database}`
  return url.toString()
}

/** Creates a fresh database, applies every migration and returns a client that drops it on close. */
export async function openFreshPostgres(connectionString: string = requireDatabaseUrl()): Promise<SqlClient> {
  return (await createFreshPostgres(connectionString)).client
}

/**
 * The same, with the fresh database's own connection string (for tools that connect by URL: pg_dump,
 * postgres-meta); `prefix` names what it is for, `migrations` is the folder of migrations to apply. The
 * client's close drops the database.
 */
export async function createFreshPostgres(
  connectionString: string,
  prefix = 'ppd_test',
  migrations: string = MIGRATIONS_DIR,
): Promise<{ client: SqlClient; url: string }> {
  // 12 hex characters: lower-case, a valid unquoted identifier, and no clash between parallel CI jobs.
  const database = `${prefix}_${randomBytes(6).toString('hex')}`
  const url = withDatabase(connectionString, database)
  const admin = await openPostgres(connectionString)
  const dropDatabase = async (): Promise<void> => {
    // with (force), PostgreSQL 13+: ends any connection a failed test left open.
    await admin.exec(`drop database if exists ${database} with (force)`)
    await admin.close()
  }
  let client: SqlClient | undefined
  try {
    await admin.exec(`create database ${database}`)
    client = await openPostgres(url)
    await applyMigrations(client, migrations)
  } catch (error) {
    await client?.close().catch(() => undefined)
    await dropDatabase().catch(() => undefined)
    throw new Error(`Fresh database on ${redactUrl(connectionString)}: ${(error as Error).message}`)
  }
  const opened = client
  return {
    url,
    client: {
      ...opened,
      async close() {
        await opened.close()
        await dropDatabase()
      },
    },
  }
}
