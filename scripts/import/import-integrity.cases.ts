/**
 * Imports that cannot lose or double data, and pseudonyms the database refuses when they are wrong: a
 * file of one village replaces only that village; a whole-period replacement needs its removal confirmed
 * by row count; two imports of one period leave one copy; a cut last line, an out-of-range period and a
 * wrong PSEUDONYM_KEY are refused with nothing written. Runs on PGlite (import-integrity.test.ts) and
 * PostgreSQL 15 (…pg.test.ts, which also races two connections).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ImportKind } from '../../src/import/import-kinds.ts'
import { type CsvRow, makeCsv, makeCsvRow } from '../../src/import/testing/make-rows.ts'
import { applySeed } from '../db/apply-seed.ts'
import type { SqlClient } from '../db/sql-client.ts'
import { ImportRefusedError, ImportRejectedError } from './import-errors.ts'
import { type ImportFileOptions, type ImportReport, importFile } from './import-file.ts'
import type { RemovalPlan } from './import-scope.ts'

const KEY = 'test-key-not-secret-0001'
const TABLES = ['import_batches', 'keluarga', 'penerima_bantuan'] as const
const DESA_A = '99.01.01.2001'
const DESA_B = '99.01.02.2001'

/** Registers the tests on the engine `open` starts; `connect` opens a second connection to it (PostgreSQL). */
export function describeImportIntegrity(
  open: () => Promise<SqlClient>,
  connect?: () => Promise<SqlClient>,
): void {
  let db: SqlClient

  beforeAll(async () => {
    db = await open()
    await applySeed(db)
  })
  afterAll(async () => {
    await db?.close()
  })
  beforeEach(async () => {
    const all = [...TABLES, 'penduduk', 'idm', 'dana_desa'].map((table) => `public.${table}`)
    await db.exec(`truncate ${all.join(', ')} restart identity cascade`)
    await db.exec('delete from private.pseudonym_key')
  })

  async function snapshot(client: SqlClient = db): Promise<string[]> {
    const parts = await Promise.all(
      TABLES.map(async (table) => {
        const { rows } = await client.query<{ row: string }>(
          `select t::text as row from public.${table} as t order by 1`,
        )
        return rows.map((row) => `${table}: ${row.row}`)
      }),
    )
    return parts.flat()
  }

  async function countBy(sql: string): Promise<unknown[]> {
    return (await db.query(sql)).rows
  }

  function load(
    kind: ImportKind,
    rows: readonly CsvRow[],
    change: Partial<ImportFileOptions> = {},
    client: SqlClient = db,
  ): Promise<ImportReport> {
    return importFile(client, {
      kind,
      fileName: `${kind}.csv`,
      text: makeCsv(kind, rows),
      pseudonymKey: KEY,
      today: '2025-06-30',
      ...change,
    })
  }

  async function failureOf(promise: Promise<unknown>): Promise<Error> {
    const outcome = await promise.then(
      () => new Error('expected the import to fail'),
      (error: Error) => error,
    )
    if (outcome.message === 'expected the import to fail') throw outcome
    return outcome
  }

  /** Households 1..n of periode 2024 alternate between desa A (odd) and B (even). */
  const households = (indexes: readonly number[], change: CsvRow = {}) =>
    indexes.map((index) =>
      makeCsvRow('keluarga', index, { kode_desa: index % 2 ? DESA_A : DESA_B, ...change }),
    )

  describe('importFile() keeps what is stored', () => {
    it('replaces only the village a one-village file holds, not the rest of its period', async () => {
      await load('keluarga', households([1, 2, 3, 4, 5, 6]))
      const report = await load('keluarga', households([7]))
      expect([report.replacedRows, report.replacedVillages]).toEqual([3, 1])
      expect(
        await countBy('select kode_desa, count(*)::int as n from public.keluarga group by 1 order by 1'),
      ).toEqual([
        { kode_desa: DESA_A, n: 1 },
        { kode_desa: DESA_B, n: 3 },
      ])
    })

    it('replaces a whole period only when the removal is confirmed with its row count', async () => {
      await load('keluarga', households([1, 2, 3, 4]))
      await load('keluarga', households([5], { periode: '2023' }))
      const before = await snapshot()
      const refused = await failureOf(load('keluarga', households([7]), { replacePeriod: true }))
      expect(refused).toBeInstanceOf(ImportRefusedError)
      expect(refused.message).toContain('keluarga.csv: akan menghapus 4 baris dari 2 desa')
      expect(refused.message).toContain('keluarga.csv: will remove 4 rows of 2 villages')
      expect(refused.message).toContain('1 of them are not in the file and will be left empty')
      expect(await snapshot()).toEqual(before)

      const plans: RemovalPlan[] = []
      const report = await load('keluarga', households([7]), {
        replacePeriod: true,
        confirmRemoval: (plan) => {
          plans.push(plan)
          return plan.rows === 4
        },
      })
      expect(plans).toEqual([{ rows: 4, villages: 2, villagesNotInFile: 1, wholePeriods: true }])
      expect(report.replacedRows).toBe(4)
      expect(
        await countBy('select periode, count(*)::int as n from public.keluarga group by 1 order by 1'),
      ).toEqual([
        { periode: 2023, n: 1 },
        { periode: 2024, n: 1 },
      ])
    })

    it('leaves one copy when two imports of one period run at once on one connection', async () => {
      const rows = households([1, 2, 3])
      const [first, second] = await Promise.all([load('keluarga', rows), load('keluarga', rows)])
      expect([first.replacedRows, second.replacedRows]).toEqual([0, 3])
      expect(await countBy('select count(*)::int as n from public.keluarga')).toEqual([{ n: 3 }])
    })

    it('refuses a file whose last line was cut inside its last cell (7500000 read as 750)', async () => {
      await load('penerima_bantuan', [makeCsvRow('penerima_bantuan', 9)])
      const before = await snapshot()
      const rows = [
        makeCsvRow('penerima_bantuan', 1),
        makeCsvRow('penerima_bantuan', 2, { nilai_rp: '7500000' }),
      ]
      const cut = makeCsv('penerima_bantuan', rows).replace(/7500000\n$/, '750')
      const error = await failureOf(
        importFile(db, { kind: 'penerima_bantuan', fileName: 'pkh.csv', text: cut, pseudonymKey: KEY }),
      )
      expect(error).toBeInstanceOf(ImportRejectedError)
      expect((error as ImportRejectedError).issues).toEqual([
        expect.objectContaining({ file: 'pkh.csv', row: 3, column: 'nilai_rp', code: 'possibly_truncated' }),
      ])
      expect(error.message).toContain('pkh.csv baris 3, kolom nilai_rp: file berakhir tanpa baris baru')
      expect(error.message).toContain('pkh.csv row 3, column nilai_rp: the file ends without a line break')
      expect(await snapshot()).toEqual(before)
    })

    it('refuses periode 2099 with file, row and column, and writes nothing', async () => {
      const error = await failureOf(
        load('keluarga', [...households([1]), ...households([2], { periode: '2099' })]),
      )
      expect((error as ImportRejectedError).issues).toEqual([
        expect.objectContaining({ file: 'keluarga.csv', row: 3, column: 'periode', code: 'year_range' }),
      ])
      expect(error.message).toContain(
        'keluarga.csv row 3, column periode: year "2099" is outside the accepted range',
      )
      expect(await snapshot()).toEqual([])
    })

    it('refuses a file hashed with another PSEUDONYM_KEY than the first import, and writes nothing', async () => {
      await load('keluarga', households([1, 2]))
      const before = await snapshot()
      const error = await failureOf(
        load('keluarga', households([3]), { pseudonymKey: 'another-key-not-secret-02' }),
      )
      expect(error).toBeInstanceOf(ImportRefusedError)
      expect(error.message).toMatch(
        /^keluarga\.csv: kunci pseudonimisasi .*\nkeluarga\.csv: this pseudonymisation key/s,
      )
      expect(await snapshot()).toEqual(before)
    })

    it('stores no incoming hash: the same number gets a different stored value in another database', async () => {
      const report = await load('keluarga', households([1]))
      const { rows } = await db.query<{ id_keluarga: string }>('select id_keluarga from public.keluarga')
      const sent = (await import('../../src/import/pseudonymise.ts')).makePseudonymiser(KEY)(
        makeCsvRow('keluarga', 1).id_keluarga as string,
      )
      expect(report.rows).toBe(1)
      expect(rows[0]?.id_keluarga).toMatch(/^[0-9a-f]{64}$/)
      expect(rows[0]?.id_keluarga).not.toBe(sent.slice(20))
    })
  })

  if (connect) {
    describe('importFile() on two connections', () => {
      it('serialises two imports of one period: the second waits, then replaces the first (one copy)', async () => {
        const [second, third] = [await connect(), await connect()]
        try {
          // A third connection holds the households table, so both imports are in flight before either
          // can write; without a lock per period both would then delete nothing and insert a copy each.
          await third.exec('begin; lock table public.keluarga in share row exclusive mode')
          const rows = households([1, 2, 3])
          const running = Promise.all([load('keluarga', rows), load('keluarga', rows, {}, second)])
          await waitForBlocked(third, 2)
          await third.exec('commit')
          const reports = await running
          expect(reports.map((report) => report.replacedRows).sort()).toEqual([0, 3])
          expect(await countBy('select count(*)::int as n from public.keluarga')).toEqual([{ n: 3 }])
        } finally {
          await third.exec('rollback').catch(() => undefined)
          await Promise.all([second.close(), third.close()])
        }
      })
    })
  }
}

/** Waits until `count` other backends of this database wait on a lock (PostgreSQL only). */
async function waitForBlocked(client: SqlClient, count: number): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity
       where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
    )
    if ((rows[0]?.n ?? 0) >= count) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`expected ${count} imports waiting on a lock`)
}
