/**
 * `npm run gen:schema`: writes supabase/schemas/, the current definition of every table, view, function,
 * type and schema of ours in one file each (Supabase's declarative-schema folder), from the migrations.
 * It creates a throwaway database next to DATABASE_URL, applies supabase/migrations, dumps the schema with
 * PostgreSQL 15's pg_dump, splits it (schema-files.ts) and drops the database again.
 * `npm run gen:schema -- --check` writes nothing and fails, naming the files, when the folder and the
 * migrations disagree (CI).
 *
 * The migrations stay what is applied (locally, in tests, and by `supabase db push`); these files are
 * what a reader opens to see what a view or function is today without replaying 30 migrations.
 */
import { execFile } from 'node:child_process'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { createFreshPostgres, requireDatabaseUrl } from '../../supabase/tests/fresh-postgres.ts'
import { type Migration, parseDump, schemaFiles } from './schema-files.ts'
import { listMigrations } from './sql-client.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const SCHEMAS_DIR = path.join(ROOT, 'supabase/schemas')
/** Created by the first migration only where Supabase's own is absent (plain PostgreSQL): not ours. */
const NOT_OURS = new Set(['auth'])
const run = promisify(execFile)

async function readMigrations(): Promise<Migration[]> {
  const files = await listMigrations()
  return Promise.all(
    files.map(async (file) => ({ name: path.basename(file), text: await readFile(file, 'utf8') })),
  )
}

/** The schemas the migrations create, and public. */
function ourSchemas(migrations: readonly Migration[]): string[] {
  const created = migrations.flatMap((migration) =>
    [...migration.text.matchAll(/create schema (?:if not exists )?(\w+)/gi)].map(
      (match) => match[1] as string,
    ),
  )
  return [...new Set(['public', ...created])].filter((schema) => !NOT_OURS.has(schema)).sort()
}

/** The schema-only dump of a freshly migrated database. */
async function dumpMigrated(connectionString: string, schemas: readonly string[]): Promise<string> {
  const { client, url } = await createFreshPostgres(connectionString, 'ppd_schema')
  try {
    const args = [
      '--schema-only',
      '--no-owner',
      '--dbname',
      url,
      ...schemas.flatMap((schema) => ['-n', schema]),
    ]
    const { stdout } = await run('pg_dump', args, { maxBuffer: 64 * 1024 * 1024 })
    return stdout
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message
    throw new Error(`pg_dump failed (PostgreSQL 15 client tools installed and on PATH?): ${detail}`)
  } finally {
    await client.close()
  }
}

/** The .sql files under `dir`, relative to it, with their text. */
async function readTree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.sql')) continue
    const full = path.join(entry.parentPath, entry.name)
    files.set(path.relative(dir, full).split(path.sep).join('/'), await readFile(full, 'utf8'))
  }
  return files
}

async function main(): Promise<void> {
  const isCheck = process.argv.includes('--check')
  const migrations = await readMigrations()
  const dump = await dumpMigrated(requireDatabaseUrl(), ourSchemas(migrations))
  const generated = schemaFiles(parseDump(dump), migrations)
  const committed = await readTree(SCHEMAS_DIR)
  const stale = [...new Set([...generated.keys(), ...committed.keys()])]
    .filter((file) => generated.get(file) !== committed.get(file))
    .sort()
  if (isCheck) {
    if (stale.length > 0) {
      console.error(
        `gen:schema: supabase/schemas disagrees with the migrations in ${stale.length} file(s): ${stale.join(', ')}\n` +
          '  run npm run gen:schema and commit the result (on PostgreSQL 15 as CI: other versions print differently)',
      )
      process.exitCode = 1
      return
    }
    console.log(`gen:schema: supabase/schemas matches the migrations (${generated.size} files)`)
    return
  }
  for (const file of committed.keys()) {
    if (!generated.has(file)) await rm(path.join(SCHEMAS_DIR, file))
  }
  for (const [file, text] of generated) {
    const full = path.join(SCHEMAS_DIR, file)
    await mkdir(path.dirname(full), { recursive: true })
    await writeFile(full, text)
  }
  console.log(`gen:schema: wrote ${generated.size} files under supabase/schemas (${stale.length} changed)`)
}

main().catch((error: unknown) => {
  console.error(`gen:schema: ✖ ${(error as Error).message}`)
  process.exitCode = 1
})
