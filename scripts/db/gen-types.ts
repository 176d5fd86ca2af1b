/**
 * `npm run gen:types`: regenerates src/data/database.types.ts from the migrations. It creates a throwaway
 * database next to DATABASE_URL, applies supabase/migrations, generates the types and drops it again.
 * `npm run gen:types -- --check` writes nothing and fails when the committed file is stale (CI).
 *
 * The generator: `supabase gen types typescript --db-url` (CLI 2.117.0) runs the Docker image
 * `supabase/postgres-meta:v0.99.0` as `node dist/server/server.js` with PG_META_GENERATE_TYPES set, and our
 * machines have no Docker. So we run that same program, npm `@supabase/postgres-meta@0.99.0`, natively
 * with the same environment: identical output, no Docker. It is a devDependency pinned in
 * package-lock.json (its install scripts, native profilers this use never loads, are not run).
 */
import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { createFreshPostgres, requireDatabaseUrl } from '../../supabase/tests/fresh-postgres.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const TYPES_FILE = path.join(ROOT, 'src/data/database.types.ts')
/** The postgres-meta of Supabase CLI 2.117.0's `gen types` (its image tag v0.99.0; package.json pins it). */
const POSTGRES_META_DIR = path.join(ROOT, 'node_modules/@supabase/postgres-meta')
const POSTGRES_META_SERVER = path.join(POSTGRES_META_DIR, 'dist/server/server.js')
const run = promisify(execFile)

/** Types of the schema `public` of a freshly migrated database. */
async function generateTypes(connectionString: string): Promise<string> {
  const { client, url } = await createFreshPostgres(connectionString, 'ppd_types')
  try {
    // The environment `supabase gen types typescript --db-url … --schema public` passes to the image.
    const { stdout } = await run('node', [POSTGRES_META_SERVER], {
      cwd: POSTGRES_META_DIR,
      maxBuffer: 16 * 1024 * 1024,
      env: {
        ...process.env,
        PG_META_DB_URL: url,
        PG_CONN_TIMEOUT_SECS: '15',
        PG_QUERY_TIMEOUT_SECS: '15',
        PG_META_GENERATE_TYPES: 'typescript',
        PG_META_GENERATE_TYPES_INCLUDED_SCHEMAS: 'public',
        PG_META_GENERATE_TYPES_SWIFT_ACCESS_CONTROL: 'internal',
        PG_META_GENERATE_TYPES_DETECT_ONE_TO_ONE_RELATIONSHIPS: 'true',
      },
    })
    return stdout
  } finally {
    await client.close()
  }
}

async function main(): Promise<void> {
  const isCheck = process.argv.includes('--check')
  const generated = await generateTypes(requireDatabaseUrl())
  const committed = await readFile(TYPES_FILE, 'utf8').catch(() => '')
  if (isCheck) {
    if (generated !== committed) {
      console.error('gen:types: src/data/database.types.ts is stale: run npm run gen:types and commit it')
      process.exitCode = 1
      return
    }
    console.log('gen:types: src/data/database.types.ts matches the migrations')
    return
  }
  await writeFile(TYPES_FILE, generated)
  console.log(`gen:types: wrote ${path.relative(ROOT, TYPES_FILE)} (${generated.length} characters)`)
}

main().catch((error: unknown) => {
  console.error(`gen:types: ✖ ${(error as Error).message}`)
  process.exitCode = 1
})
