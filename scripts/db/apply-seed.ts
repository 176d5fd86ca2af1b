/**
 * Loads `supabase/seed.sql` the way `supabase db reset` does after the migrations: one transaction, all
 * or nothing. The seed is tiny and fictional (see its header), so tests and local runs share it.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { SqlClient } from './sql-client.ts'

/** Default seed of the Supabase CLI layout. */
export const SEED_FILE = path.resolve(import.meta.dirname, '../../supabase/seed.sql')

/** Runs the seed file in one transaction; a failure rolls it back and names the file and engine. */
export async function applySeed(client: SqlClient, file: string = SEED_FILE): Promise<void> {
  const sql = await readFile(file, 'utf8')
  try {
    await client.exec(`begin;\n${sql}\ncommit;`)
  } catch (error) {
    await client.exec('rollback').catch(() => undefined)
    throw new Error(`Seed ${path.basename(file)} failed on ${client.engine}: ${(error as Error).message}`)
  }
}
