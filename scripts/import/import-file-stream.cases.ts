/**
 * importFile() from a byte stream, as the command line reads a file: the same rows stored as from the
 * text, a late bad row refusing the whole stream with nothing written and its spill removed, rejected
 * rows dropped on request. Registered by import-file.cases.ts with its engine and helpers.
 */
import { readdirSync } from 'node:fs'
import os from 'node:os'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { IMPORT_KINDS, type ImportKind } from '../../src/import/import-kinds.ts'
import { type CsvRow, makeCsv, makeCsvRow } from '../../src/import/testing/make-rows.ts'
import type { SqlClient } from '../db/sql-client.ts'
import type { ImportRejectedError } from './import-errors.ts'
import type { ImportFileOptions, ImportReport } from './import-file.ts'

/** What the stream cases need of import-file.cases.ts. */
export interface ImportFileHelpers {
  db: () => SqlClient
  truncate: () => Promise<unknown>
  snapshot: () => Promise<Record<string, string[]>>
  load: (
    kind: ImportKind,
    rows: readonly CsvRow[],
    change?: Partial<ImportFileOptions>,
  ) => Promise<ImportReport>
  failureOf: (promise: Promise<unknown>) => Promise<Error>
}

/** Registers the stream cases. */
export function describeImportFileStream({
  db,
  truncate,
  snapshot,
  load,
  failureOf,
}: ImportFileHelpers): void {
  describe('importFile() from a stream (the command line)', () => {
    /** `text` as a Node stream of `size`-byte pieces. */
    const streamOf = (text: string, size: number) => {
      const bytes = Buffer.from(text)
      const pieces = Array.from({ length: Math.ceil(bytes.length / size) }, (_, at) =>
        bytes.subarray(at * size, (at + 1) * size),
      )
      return { stream: Readable.from(pieces), bytes: bytes.length }
    }
    const spills = () => readdirSync(os.tmpdir()).filter((name) => name.startsWith('ppd-import-')).length

    it.each(IMPORT_KINDS)('stores a streamed %s file exactly as its text', async (kind) => {
      // Public rows carry the year 2018 + index, and the year may not pass next year.
      const count = kind === 'keluarga' || kind === 'penerima_bantuan' ? 40 : 6
      const rows = Array.from({ length: count }, (_, index) => makeCsvRow(kind, index + 1))
      const byText = await load(kind, rows, { chunkRows: 4 })
      const { rows: stored } = await db().query(`select t::text as row from public.${kind} as t order by 1`)
      await truncate()
      const byStream = await load(kind, [], {
        text: undefined,
        ...streamOf(makeCsv(kind, rows), 97),
        chunkRows: 7,
      })
      expect([byStream.rows, byStream.batchId]).toEqual([byText.rows, byText.batchId])
      expect((await db().query(`select t::text as row from public.${kind} as t order by 1`)).rows).toEqual(
        stored,
      )
    })

    it('refuses a stream whose last row is bad after the rest has passed, and writes nothing', async () => {
      await load('keluarga', [makeCsvRow('keluarga', 5)])
      const before = await snapshot()
      const spillsBefore = spills()
      const rows = Array.from({ length: 300 }, (_, index) =>
        makeCsvRow('keluarga', index + 1, index === 299 ? { desil: '11' } : {}),
      )
      const progress: number[] = []
      const error = await failureOf(
        load('keluarga', [], {
          text: undefined,
          ...streamOf(makeCsv('keluarga', rows), 1000),
          onProgress: (step) => progress.push(step.done),
        }),
      )
      expect((error as ImportRejectedError).issues).toEqual([
        expect.objectContaining({ file: 'keluarga.csv', row: 301, column: 'desil' }),
      ])
      expect(await snapshot()).toEqual(before)
      expect(spills()).toBe(spillsBefore)
      expect(progress.length).toBeGreaterThan(0)
    })

    it('reads what Excel did to cells as the workbench does when asked (the command line), and not otherwise', async () => {
      const rows = [
        makeCsvRow('keluarga', 1),
        makeCsvRow('keluarga', 2, { tanggal_lahir_kepala: '12/03/1980' }),
        makeCsvRow('keluarga', 3),
      ]
      // An undotted village code, an apostrophe before the NIK, and an Excel serial date.
      const [first, second, third] = rows as [CsvRow, CsvRow, CsvRow]
      third.kode_desa = String(third.kode_desa).replaceAll('.', '')
      first.nik_kepala = `'${first.nik_kepala}`
      first.tanggal_lahir_kepala = '29292'
      const text = makeCsv('keluarga', [first, second, third])
      const error = await failureOf(load('keluarga', [], { text: undefined, ...streamOf(text, 50) }))
      expect(
        (error as ImportRejectedError).issues.map((issue) => `${issue.row}:${issue.column}`).sort(),
      ).toEqual(['2:nik_kepala', '2:tanggal_lahir_kepala', '3:tanggal_lahir_kepala', '4:kode_desa'])
      const report = await load('keluarga', [], { text: undefined, ...streamOf(text, 50), excelCells: true })
      expect(report.rows).toBe(3)
      const { rows: stored } = await db().query<{ kode_desa: string; lahir: string }>(
        `select kode_desa, tanggal_lahir_kepala::text as lahir from public.keluarga order by baris`,
      )
      expect(stored).toEqual([
        { kode_desa: String(makeCsvRow('keluarga', 1).kode_desa), lahir: '1980-03-12' },
        { kode_desa: String(makeCsvRow('keluarga', 2).kode_desa), lahir: '1980-03-12' },
        { kode_desa: String(makeCsvRow('keluarga', 3).kode_desa), lahir: '1980-03-12' },
      ])
    })

    it('drops the rejected rows of a stream when asked, and logs them', async () => {
      const rows = Array.from({ length: 30 }, (_, index) =>
        makeCsvRow('penerima_bantuan', index + 1, index % 10 === 3 ? { tahun: '1999' } : {}),
      )
      const report = await load('penerima_bantuan', [], {
        text: undefined,
        ...streamOf(makeCsv('penerima_bantuan', rows), 64),
        dropRejected: true,
      })
      expect([report.rows, report.rejected.map((issue) => issue.row)]).toEqual([27, [5, 15, 25]])
      const { rows: logged } = await db().query<{ jumlah_baris: number }>(
        'select jumlah_baris from public.import_batches',
      )
      expect(logged).toEqual([{ jumlah_baris: 27 }])
    })
  })
}
