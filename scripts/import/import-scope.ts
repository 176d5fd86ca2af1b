/**
 * What an import replaces, and the lock that keeps two imports of one period apart. The SQL lives in
 * migration 20261203120100_import_scopes.sql; this file turns a file's rows into its scope and calls it.
 *
 * Scope: a personal file replaces the stored rows of the (period, village) pairs it holds (keluarga:
 * periode + kode_desa; penerima_bantuan: program + tahun + kode_desa), so a file of one village leaves
 * the other villages of its period alone. A whole-period replacement (`replacePeriod`) removes every
 * stored row of the file's periods, and only with the removal confirmed by its exact row count. The scope
 * is collected as the rows are read (`createScopeCollector`), so a streamed file needs only its pairs.
 *
 * Lock: `public.lock_import_periods` takes one transaction-scoped advisory lock per (kind, period), in
 * sorted order. A second import of the same period waits at that call until the first commits or rolls
 * back; its next statements see the first's rows (read committed), so it replaces them: one copy.
 */
import type { KindDef } from '../../src/import/import-kinds.ts'
import type { ImportRow } from '../../src/import/validate-rows.ts'
import type { SqlClient } from '../db/sql-client.ts'

/** Columns of a personal kind's (period, village) pair. */
export function scopeColumns(def: KindDef): string[] {
  return [...def.replaceBy, 'kode_desa']
}

/** What a file touches: its distinct (period, village) pairs (personal kinds) and its periods. */
export interface ImportScope {
  /** The (period, village) pairs as the SQL functions read them. */
  pairs: Array<Record<string, unknown>>
  /** The periods as lock names: the replace-by values (personal) or the year (public), sorted. */
  periods: string[]
}

/** Collects the scope of a file's rows as they come (a streamed file is never held whole). */
export function createScopeCollector(def: KindDef): {
  add(rows: readonly ImportRow[]): void
  scope(): ImportScope
} {
  const columns = scopeColumns(def)
  const periodColumns = def.isPersonal ? def.replaceBy : ['tahun']
  const pairs = new Map<string, Record<string, unknown>>()
  const periods = new Set<string>()
  return {
    add(rows) {
      for (const row of rows) {
        const pair = Object.fromEntries(columns.map((name) => [name, row[name] ?? null]))
        pairs.set(JSON.stringify(pair), pair)
        periods.add(periodColumns.map((name) => String(row[name])).join(':'))
      }
    },
    scope: () => ({ pairs: [...pairs.values()], periods: [...periods].sort() }),
  }
}

/** The scope of `rows`. */
export function importScope(def: KindDef, rows: readonly ImportRow[]): ImportScope {
  const collector = createScopeCollector(def)
  collector.add(rows)
  return collector.scope()
}

/** Waits for, then holds until the transaction ends, the locks of every period in `scope`. */
export async function lockImportPeriods(db: SqlClient, def: KindDef, scope: ImportScope): Promise<void> {
  await db.query('select public.lock_import_periods($1, $2::text[])', [def.kind, scope.periods])
}

/** What an import would remove from the database. */
export interface RemovalPlan {
  /** Stored rows that go. */
  rows: number
  /** Villages those rows belong to. */
  villages: number
  /** Villages among them that the file does not hold (left empty after a whole-period replacement). */
  villagesNotInFile: number
  wholePeriods: boolean
}

/** Counts what importing a file of `scope` would remove. */
export async function planRemoval(
  db: SqlClient,
  def: KindDef,
  scope: ImportScope,
  wholePeriods: boolean,
): Promise<RemovalPlan> {
  const count = async (whole: boolean) => {
    const { rows: result } = await db.query<{ rows_removed: number; villages: number }>(
      'select rows_removed, villages from public.import_removal($1, $2::jsonb, $3)',
      [def.kind, JSON.stringify(scope.pairs), whole],
    )
    return { rows: Number(result[0]?.rows_removed ?? 0), villages: Number(result[0]?.villages ?? 0) }
  }
  const planned = await count(wholePeriods)
  const ofFile = wholePeriods ? await count(false) : planned
  return { ...planned, villagesNotInFile: planned.villages - ofFile.villages, wholePeriods }
}

/** Removes what `plan` counted; the SQL refuses a whole-period removal whose count changed. */
export async function removeForImport(
  db: SqlClient,
  def: KindDef,
  scope: ImportScope,
  plan: RemovalPlan,
): Promise<number> {
  const { rows: result } = await db.query<{ removed: number }>(
    'select public.remove_rows_for_import($1, $2::jsonb, $3, $4) as removed',
    [def.kind, JSON.stringify(scope.pairs), plan.wholePeriods, plan.wholePeriods ? plan.rows : null],
  )
  return Number(result[0]?.removed ?? 0)
}
