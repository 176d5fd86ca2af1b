/**
 * `npm run gen:dictionary`: writes the rows of the indicator dictionary (src/indicators/dictionary/) into
 * the database by a migration. It creates a throwaway database next to DATABASE_URL, applies
 * supabase/migrations, reads `private.kamus_hitungan`, `private.kamus_indikator` and the program names of
 * `public.program_bantuan`, and writes what differs from the dictionary as the next migration
 * (`supabase/migrations/<now>_indicator_dictionary_rows.sql`). Then run gen:schema and gen:types.
 * `npm run gen:dictionary -- --check` writes nothing and fails, naming the rows, when the migrated
 * database does not hold exactly the dictionary (CI).
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createFreshPostgres, requireDatabaseUrl } from '../../supabase/tests/fresh-postgres.ts'
import {
  type DictionaryRow,
  dictionaryTables,
  diffTables,
  formatDictionaryMigration,
  isUnchanged,
  type TableChange,
} from './dictionary-rows.ts'
import { listMigrations, MIGRATIONS_DIR, type SqlClient } from './sql-client.ts'

/** The rows a migrated database holds, per table, in the columns the dictionary fills. */
async function readHeld(client: SqlClient): Promise<Map<string, DictionaryRow[]>> {
  const held = new Map<string, DictionaryRow[]>()
  for (const table of dictionaryTables()) {
    const { rows } = await client.query<DictionaryRow>(
      `select ${table.columns.join(', ')} from ${table.table} order by ${table.key}`,
    )
    // pg returns numeric as text and smallint as a number: compare numbers as numbers.
    held.set(
      table.table,
      rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([column, value]) => [
            column,
            typeof value === 'string' && /^(skala)$/.test(column) ? Number(value) : value,
          ]),
        ),
      ),
    )
  }
  return held
}

/** A migration timestamp after every existing one: now (UTC), or one second after the newest. */
async function nextMigrationName(): Promise<string> {
  const newest = (await listMigrations()).map((file) => path.basename(file).slice(0, 14)).at(-1) ?? '0'
  const now = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
  const stamp = now > newest ? now : String(Number(newest) + 1)
  return `${stamp}_indicator_dictionary_rows.sql`
}

function describeChanges(changes: readonly TableChange[]): string {
  return changes
    .filter((change) => change.upsert.length > 0 || change.remove.length > 0)
    .map((change) => {
      const key = change.table.key
      const upserted = change.upsert.map((row) => String(row[key])).join(', ')
      const removed = change.remove.join(', ')
      return `  ${change.table.table}: ${upserted ? `differs or missing: ${upserted}` : ''}${removed ? ` not in the dictionary: ${removed}` : ''}`
    })
    .join('\n')
}

async function main(): Promise<void> {
  const isCheck = process.argv.includes('--check')
  const { client } = await createFreshPostgres(requireDatabaseUrl(), 'ppd_dictionary')
  let changes: TableChange[]
  try {
    changes = diffTables(dictionaryTables(), await readHeld(client))
  } finally {
    await client.close()
  }
  if (isUnchanged(changes)) {
    console.log('gen:dictionary: the migrated database holds exactly the dictionary')
    return
  }
  if (isCheck) {
    console.error(
      `gen:dictionary: the migrated database and src/indicators/dictionary/ differ:\n${describeChanges(changes)}\n` +
        '  run npm run gen:dictionary, then gen:schema and gen:types, and commit the result',
    )
    process.exitCode = 1
    return
  }
  const file = path.join(MIGRATIONS_DIR, await nextMigrationName())
  await writeFile(file, formatDictionaryMigration(changes))
  console.log(`gen:dictionary: wrote ${path.relative(process.cwd(), file)}\n${describeChanges(changes)}`)
}

main().catch((error: unknown) => {
  console.error(`gen:dictionary: ✖ ${(error as Error).message}`)
  process.exitCode = 1
})
