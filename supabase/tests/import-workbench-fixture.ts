/**
 * What the import workbench cases share (import-workbench.cases.ts for households,
 * import-workbench-scale.cases.ts for recipient lists at scale): the villages of the fixture, the file
 * hash a staging names, and `attempt`, which turns a refusal into its SQLSTATE.
 */
import type { SqlClient } from '../../scripts/db/sql-client.ts'

export const VILLAGE_A = '99.01.01.2001'
export const VILLAGE_B = '99.01.02.2001'
export const KELURAHAN = '99.01.01.1001'
/** The SHA-256 a staging records for its file (any 64 hex digits). */
export const SHA = 'a'.repeat(64)

export type Row = Record<string, unknown>

/** Runs `sql` in a savepoint; the first row, or `refused <code>`. */
export async function attempt(client: SqlClient, sql: string, params: unknown[] = []): Promise<Row | string> {
  await client.exec('savepoint attempt')
  try {
    const { rows } = await client.query<Row>(sql, params)
    await client.exec('release savepoint attempt')
    return rows[0] ?? {}
  } catch (error) {
    await client.exec('rollback to savepoint attempt')
    return `refused ${(error as { code?: string }).code}`
  }
}
