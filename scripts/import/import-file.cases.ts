/**
 * importFile() against a real engine: good files of every kind load with their import_batches row, bad
 * files are refused with file, row and column named and leave the database exactly as it was, a failure
 * inside the database rolls everything back. Shared by the PGlite (`npm test`) and PostgreSQL 15
 * (`npm run test:pg`) test files; the villages are the fictional seed (supabase/seed.sql).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { columnNames, IMPORT_KINDS, type ImportKind } from '../../src/import/import-kinds.ts'
import { type CsvRow, makeCsv, makeCsvRow } from '../../src/import/testing/make-rows.ts'
import { applySeed } from '../db/apply-seed.ts'
import type { SqlClient } from '../db/sql-client.ts'
import { ImportDatabaseError, ImportRejectedError } from './import-errors.ts'
import { type ImportFileOptions, importFile } from './import-file.ts'
import { describeImportFileBulkLoad } from './import-file-bulk.cases.ts'
import { describeImportFileStream } from './import-file-stream.cases.ts'

const KEY = 'test-key-not-secret-0001'
const TABLES = ['import_batches', 'keluarga', 'penerima_bantuan', 'penduduk', 'idm', 'dana_desa'] as const

/** Registers the importFile() tests on the engine `open` starts (migrated, not yet seeded). */
export function describeImportFile(open: () => Promise<SqlClient>): void {
  let db: SqlClient

  beforeAll(async () => {
    db = await open()
    await applySeed(db)
  })
  afterAll(async () => {
    await db?.close()
  })
  /** Empties every import table and restarts their ids. */
  const truncate = () =>
    db.exec(`truncate ${TABLES.map((table) => `public.${table}`).join(', ')} restart identity cascade`)
  beforeEach(truncate)

  /** Every row of every import table, as text: equal snapshots mean an unchanged database. */
  async function snapshot(): Promise<Record<string, string[]>> {
    const entries = await Promise.all(
      TABLES.map(async (table) => {
        const { rows } = await db.query<{ row: string }>(
          `select t::text as row from public.${table} as t order by 1`,
        )
        return [table, rows.map((row) => row.row)] as const
      }),
    )
    return Object.fromEntries(entries)
  }

  function load(kind: ImportKind, rows: readonly CsvRow[], change: Partial<ImportFileOptions> = {}) {
    const text = makeCsv(kind, rows)
    return importFile(db, {
      kind,
      fileName: `${kind}.csv`,
      text,
      pseudonymKey: KEY,
      today: '2025-06-30',
      ...change,
    })
  }

  /** The error `promise` rejects with (fails the test when it resolves). */
  async function failureOf(promise: Promise<unknown>): Promise<Error> {
    const outcome = await promise.then(
      () => new Error('expected the import to fail'),
      (error: Error) => error,
    )
    if (outcome.message === 'expected the import to fail') throw outcome
    return outcome
  }

  describe('importFile()', () => {
    it.each(IMPORT_KINDS)('loads a good %s file and logs it in import_batches', async (kind) => {
      const report = await load(kind, [makeCsvRow(kind, 1), makeCsvRow(kind, 2)], { source: 'demo' })
      expect([report.kind, report.rows, report.rejected]).toEqual([kind, 2, []])
      const { rows: batches } = await db.query(
        'select id::int as id, jenis, nama_file, jumlah_baris, baris_ditolak, sumber from public.import_batches',
      )
      expect(batches).toEqual([
        {
          id: report.batchId,
          jenis: kind,
          nama_file: `${kind}.csv`,
          jumlah_baris: 2,
          baris_ditolak: [],
          sumber: 'demo',
        },
      ])
      const { rows } = await db.query<{ count: number }>(
        `select count(*)::int as count from public.${kind} where batch_id = $1`,
        [report.batchId],
      )
      expect(rows[0]?.count).toBe(2)
    })

    it.each([
      ['an unknown desa code', 'keluarga', { kode_desa: '99.01.09.2001' }, 'kode_desa'],
      ['desil 11', 'keluarga', { desil: '11' }, 'desil'],
      ['a negative count', 'penduduk', { jumlah_kk: '-3' }, 'jumlah_kk'],
      ['30 February', 'keluarga', { tanggal_lahir_kepala: '2024-02-30' }, 'tanggal_lahir_kepala'],
      ['a day/month/year date', 'penerima_bantuan', { tanggal_lahir: '12/03/1980' }, 'tanggal_lahir'],
      ['a kelurahan in dana_desa.csv', 'dana_desa', { kode_desa: '99.01.01.1001' }, 'kode_desa'],
    ] as const)(
      'refuses %s, names file, row and column, and changes nothing',
      async (_, kind, change, column) => {
        await load(kind, [makeCsvRow(kind, 5)])
        const before = await snapshot()
        const error = await failureOf(
          load(kind, [makeCsvRow(kind, 1), makeCsvRow(kind, 2), makeCsvRow(kind, 3, change)]),
        )
        expect(error).toBeInstanceOf(ImportRejectedError)
        expect((error as ImportRejectedError).issues).toEqual([
          expect.objectContaining({ file: `${kind}.csv`, row: 4, column }),
        ])
        expect(error.message).toContain(`${kind}.csv baris 4, kolom ${column}:`)
        expect(error.message).toContain(`${kind}.csv row 4, column ${column}:`)
        expect(await snapshot()).toEqual(before)
      },
    )

    it.each([
      ['a missing column', columnNames('keluarga').filter((name) => name !== 'desil'), 'desil'],
      ['an unknown column', [...columnNames('keluarga'), 'catatan'], 'catatan'],
    ])('refuses a file with %s in the header and changes nothing', async (_, columns, column) => {
      await load('keluarga', [makeCsvRow('keluarga', 5)])
      const before = await snapshot()
      const text = makeCsv('keluarga', [makeCsvRow('keluarga', 1)], columns)
      const error = await failureOf(
        importFile(db, { kind: 'keluarga', fileName: 'kk.csv', text, pseudonymKey: KEY, dropRejected: true }),
      )
      expect((error as ImportRejectedError).issues).toEqual([
        expect.objectContaining({ file: 'kk.csv', row: 1, column }),
      ])
      expect(error.message).toMatch(/tidak bisa dilewati.*cannot be dropped/)
      expect(await snapshot()).toEqual(before)
    })

    it('rolls everything back when the database refuses a row in the second chunk', async () => {
      await load('keluarga', [makeCsvRow('keluarga', 5)])
      const before = await snapshot()
      // A rule only the database knows, standing in for any constraint the checks cannot foresee.
      await db.exec('alter table public.keluarga add constraint test_refuses_baris_3 check (baris <> 3)')
      try {
        const rows = [1, 2, 3, 4].map((index) => makeCsvRow('keluarga', index))
        const error = await failureOf(load('keluarga', rows, { chunkRows: 2 }))
        expect(error).toBeInstanceOf(ImportDatabaseError)
        expect((error as ImportDatabaseError).constraint).toBe('test_refuses_baris_3')
        expect(error.message).toMatch(
          /^keluarga\.csv \(baris\/rows 4–5\): .*test_refuses_baris_3.*Nothing was saved\.$/s,
        )
      } finally {
        await db.exec('alter table public.keluarga drop constraint test_refuses_baris_3')
      }
      expect(await snapshot()).toEqual(before)
    })

    it('stores the good rows and records the dropped ones when asked to drop rejected rows', async () => {
      const rows = [
        makeCsvRow('penduduk', 1),
        makeCsvRow('penduduk', 2, { jumlah_kk: '-3' }),
        makeCsvRow('penduduk', 3),
      ]
      const report = await load('penduduk', rows, { dropRejected: true })
      expect(report.rows).toBe(2)
      expect(report.rejected).toEqual([
        expect.objectContaining({ row: 3, column: 'jumlah_kk', code: 'integer_min' }),
      ])
      const { rows: batches } = await db.query<{
        jumlah_baris: number
        baris_ditolak: Array<Record<string, unknown>>
      }>('select jumlah_baris, baris_ditolak from public.import_batches')
      expect(batches[0]?.jumlah_baris).toBe(2)
      expect(batches[0]?.baris_ditolak).toEqual([
        expect.objectContaining({
          file: 'penduduk.csv',
          row: 3,
          column: 'jumlah_kk',
          value: '-3',
          pesan: 'penduduk.csv baris 3, kolom jumlah_kk: nilai "-3" harus bilangan bulat ≥ 0.',
          message: 'penduduk.csv row 3, column jumlah_kk: value "-3" must be a whole number ≥ 0.',
        }),
      ])
    })

    it('stores keyed hashes of NIK and KK numbers, never the numbers, not even in the audit log', async () => {
      const bad = makeCsvRow('keluarga', 3, { nik_kepala: '990200000000003' })
      await load('keluarga', [makeCsvRow('keluarga', 1), makeCsvRow('keluarga', 2), bad], {
        dropRejected: true,
      })
      await load('penerima_bantuan', [makeCsvRow('penerima_bantuan', 1, { nik: '9903000000000001' })])
      const dump = JSON.stringify(await snapshot())
      // A raw number stands alone; a run of digits inside a keyed hash's hex (random per database) is no NIK.
      expect(dump).not.toMatch(/(?<![0-9a-f])\d{15,16}(?![0-9a-f])/)
      const { rows } = await db.query<{ id_keluarga: string; nik_kepala: string }>(
        'select id_keluarga, nik_kepala from public.keluarga',
      )
      expect(
        rows.flatMap((row) => [row.id_keluarga, row.nik_kepala]).every((hash) => /^[0-9a-f]{64}$/.test(hash)),
      ).toBe(true)
    })

    it('replaces the stored households of the (periode, kode_desa) pairs a file holds, and only those', async () => {
      await load(
        'keluarga',
        [1, 2, 3].map((index) => makeCsvRow('keluarga', index, { periode: '2023' })),
      )
      await load(
        'keluarga',
        [1, 2, 3].map((index) => makeCsvRow('keluarga', index)),
      )
      // Rows 1 and 2 are in two desa; row 3 of 2024 is in the kelurahan, which this file does not hold.
      const report = await load('keluarga', [makeCsvRow('keluarga', 1), makeCsvRow('keluarga', 2)])
      expect([report.replacedRows, report.replacedVillages]).toEqual([2, 2])
      const { rows } = await db.query(
        'select periode, count(*)::int as count from public.keluarga group by 1 order by 1',
      )
      expect(rows).toEqual([
        { periode: 2023, count: 3 },
        { periode: 2024, count: 3 },
      ])
    })

    it('replaces aid recipients per program, year and village, leaving other programs alone', async () => {
      await load(
        'penerima_bantuan',
        [1, 2].map((index) => makeCsvRow('penerima_bantuan', index)),
      )
      await load(
        'penerima_bantuan',
        [1, 2].map((index) => makeCsvRow('penerima_bantuan', index, { program: 'BPNT' })),
      )
      // Row 3 is in the village of row 1: row 2's village keeps its PKH listing.
      const report = await load('penerima_bantuan', [makeCsvRow('penerima_bantuan', 3)])
      expect(report.replacedRows).toBe(1)
      const { rows } = await db.query(
        'select program, count(*)::int as count from public.penerima_bantuan group by 1 order by 1',
      )
      expect(rows).toEqual([
        { program: 'BPNT', count: 2 },
        { program: 'PKH', count: 2 },
      ])
    })

    it('upserts public rows by kode_desa and tahun and points them at the newest batch', async () => {
      await load('penduduk', [makeCsvRow('penduduk', 1), makeCsvRow('penduduk', 2)])
      const change = { jumlah_penduduk: '1100', laki_laki: '600', perempuan: '500' }
      const report = await load('penduduk', [makeCsvRow('penduduk', 1, change)])
      expect(report.replacedRows).toBe(1)
      const { rows } = await db.query(
        'select tahun, jumlah_penduduk, batch_id::int as batch_id from public.penduduk order by tahun',
      )
      expect(rows).toEqual([
        { tahun: 2019, jumlah_penduduk: 1100, batch_id: report.batchId },
        { tahun: 2020, jumlah_penduduk: 1000, batch_id: report.batchId - 1 },
      ])
    })

    it('stores the formula inputs (data dasar) of a dana_desa file, and empty cells as null', async () => {
      const inputs = {
        dasar_penduduk: '1200',
        dasar_penduduk_miskin: '180',
        dasar_luas_km2: '85.1234',
        dasar_ikg: '0.4321',
        dasar_status_idm: 'tertinggal',
        dasar_skor_kinerja: '-0.0125',
      }
      await load('dana_desa', [makeCsvRow('dana_desa', 1, inputs), makeCsvRow('dana_desa', 2)])
      const { rows } = await db.query(
        `select tahun, dasar_penduduk, dasar_penduduk_miskin, dasar_luas_km2::text, dasar_ikg::text,
           dasar_status_idm, dasar_skor_kinerja::text
         from public.dana_desa order by tahun`,
      )
      expect(rows).toEqual([
        { tahun: 2019, ...inputs, dasar_penduduk: 1200, dasar_penduduk_miskin: 180 },
        {
          tahun: 2020,
          dasar_penduduk: null,
          dasar_penduduk_miskin: null,
          dasar_luas_km2: null,
          dasar_ikg: null,
          dasar_status_idm: null,
          dasar_skor_kinerja: null,
        },
      ])
    })

    it('refuses personal data without a pseudonymisation key and writes nothing', async () => {
      const error = await failureOf(
        load('keluarga', [makeCsvRow('keluarga', 1)], { pseudonymKey: undefined }),
      )
      expect(error.message).toMatch(/PSEUDONYM_KEY/)
      expect((await snapshot()).import_batches).toEqual([])
    })
  })

  const helpers = { db: () => db, truncate, snapshot, load, failureOf }
  describeImportFileBulkLoad(helpers)
  describeImportFileStream(helpers)
}
