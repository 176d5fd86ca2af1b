/**
 * importFile() with `bulkLoad` (indexes and constraints dropped while the rows go in, then restored): the
 * table's definition comes back exactly, and a row that breaks a foreign key or a CHECK is named and
 * leaves table and definition as they were. Registered by import-file.cases.ts with its engine and helpers.
 */
import { describe, expect, it } from 'vitest'
import { makeCsvRow } from '../../src/import/testing/make-rows.ts'
import type { SqlClient } from '../db/sql-client.ts'
import { ImportDatabaseError } from './import-errors.ts'
import type { ImportFileHelpers } from './import-file-stream.cases.ts'

/** The table's indexes, constraints and triggers, as SQL: equal lists mean an unchanged definition. */
async function tableDefinition(db: SqlClient, table: string): Promise<string[]> {
  const { rows } = await db.query<{ definition: string }>(
    `select indexdef as definition from pg_indexes where schemaname = 'public' and tablename = $1
     union all
     select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint where conrelid = $2::regclass
     union all
     select pg_get_triggerdef(oid) from pg_trigger where tgrelid = $2::regclass and not tgisinternal
     order by 1`,
    [table, `public.${table}`],
  )
  expect(rows.length).toBeGreaterThan(5)
  return rows.map((row) => row.definition)
}

/** Registers the bulk-load cases. */
export function describeImportFileBulkLoad({ db, snapshot, load, failureOf }: ImportFileHelpers): void {
  describe('importFile() as a bulk load', () => {
    it('restores the same indexes and constraints after a bulk load, and the rows are there', async () => {
      const before = await tableDefinition(db(), 'penerima_bantuan')
      const report = await load('penerima_bantuan', [makeCsvRow('penerima_bantuan', 1)], {
        bulkLoad: true,
      })
      expect(report.rows).toBe(1)
      expect(await tableDefinition(db(), 'penerima_bantuan')).toEqual(before)
    })

    it('refuses a row that breaks a foreign key in a bulk load and keeps the table as it was', async () => {
      await load('keluarga', [makeCsvRow('keluarga', 5)])
      const before = await snapshot()
      // A reference only the database knows: data rows 1 and 2 are allowed, row 3 is not.
      await db().exec(`create table public.test_allowed_baris (baris integer primary key);
        insert into public.test_allowed_baris values (1), (2);
        alter table public.keluarga add constraint test_known_baris
          foreign key (baris) references public.test_allowed_baris (baris)`)
      const definition = await tableDefinition(db(), 'keluarga')
      try {
        const rows = [1, 2, 3].map((index) => makeCsvRow('keluarga', index))
        const error = await failureOf(load('keluarga', rows, { bulkLoad: true }))
        expect(error).toBeInstanceOf(ImportDatabaseError)
        expect((error as ImportDatabaseError).constraint).toBe('test_known_baris')
        expect(error.message).toMatch(/^keluarga\.csv: .*test_known_baris.*Nothing was saved\.$/s)
        expect(await tableDefinition(db(), 'keluarga')).toEqual(definition)
      } finally {
        await db().exec(`alter table public.keluarga drop constraint test_known_baris;
          drop table public.test_allowed_baris`)
      }
      expect(await snapshot()).toEqual(before)
    })

    it('names the rows that break a CHECK in a bulk load and keeps the table as it was', async () => {
      await load('keluarga', [makeCsvRow('keluarga', 5)])
      const before = await snapshot()
      await db().exec('alter table public.keluarga add constraint test_refuses_baris_2 check (baris <> 2)')
      const definition = await tableDefinition(db(), 'keluarga')
      try {
        const rows = [1, 2, 3].map((index) => makeCsvRow('keluarga', index))
        const error = await failureOf(load('keluarga', rows, { bulkLoad: true }))
        expect(error).toBeInstanceOf(ImportDatabaseError)
        expect((error as ImportDatabaseError).constraint).toBe('test_refuses_baris_2')
        expect(error.message).toMatch(
          /^keluarga\.csv \(baris\/rows 3–3\): .*test_refuses_baris_2.*Nothing was saved\.$/s,
        )
        expect(await tableDefinition(db(), 'keluarga')).toEqual(definition)
      } finally {
        await db().exec('alter table public.keluarga drop constraint test_refuses_baris_2')
      }
      expect(await snapshot()).toEqual(before)
    })
  })
}
