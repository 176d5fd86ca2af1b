import { describe, expect, it } from 'vitest'
import { columnNames, IMPORT_KINDS } from './import-kinds.ts'
import { PSEUDONYM_FORM } from './pseudonymise.ts'
import { type ImportProgress, readImport } from './read-import.ts'
import { makeReadOptions } from './testing/make-read-options.ts'
import { makeCsv, makeCsvRow } from './testing/make-rows.ts'

describe('readImport()', () => {
  it.each(IMPORT_KINDS)('reads a good %s file into one row per data row', (kind) => {
    const rows = [makeCsvRow(kind, 1), makeCsvRow(kind, 2), makeCsvRow(kind, 4)]
    const result = readImport(makeCsv(kind, rows), makeReadOptions(kind))
    expect(result.errors).toEqual([])
    expect(result.rows.map((row) => row.baris)).toEqual([1, 2, 3])
  })

  it('reports progress per chunk, ending at the whole text (byte-order mark included)', () => {
    const rows = Array.from({ length: 400 }, (_, index) => makeCsvRow('keluarga', index + 1))
    const text = `\uFEFF${makeCsv('keluarga', rows)}`
    const progress: ImportProgress[] = []
    readImport(
      text,
      makeReadOptions('keluarga', { chunkCharacters: 4096, onProgress: (step) => progress.push(step) }),
    )
    expect(progress.length).toBeGreaterThan(5)
    expect(progress.at(-1)).toEqual({
      characters: text.length,
      totalCharacters: text.length,
      rows: 400,
      rejectedRows: 0,
    })
  })

  it('allows dropping rejected rows when every problem concerns single rows and is listed', () => {
    const rows = [makeCsvRow('penduduk', 1), makeCsvRow('penduduk', 2, { jumlah_kk: '-1' })]
    const result = readImport(makeCsv('penduduk', rows), makeReadOptions('penduduk'))
    expect([result.rows.length, result.errorCount, result.canDropRejected]).toEqual([1, 1, true])
  })

  it('does not allow dropping rows when more problems were found than listed', () => {
    const rows = [1, 2, 3].map((index) => makeCsvRow('penduduk', index, { jumlah_kk: '-1' }))
    const result = readImport(makeCsv('penduduk', rows), makeReadOptions('penduduk', { maxIssues: 2 }))
    expect([result.errors.length, result.errorCount, result.canDropRejected]).toEqual([2, 3, false])
  })

  it('counts the problems of the whole file and of the last row by code with the others', () => {
    const rows = [makeCsvRow('penduduk', 1, { jumlah_kk: '-1' }), makeCsvRow('penduduk', 2)]
    const cut = makeCsv('penduduk', rows).trimEnd().slice(0, -1)
    const result = readImport(cut, makeReadOptions('penduduk', { maxIssues: 1 }))
    expect(result.errors).toHaveLength(1)
    expect(result.countsByCode).toEqual({ integer_min: 1, possibly_truncated: 1 })
    const columns = columnNames('penduduk').filter((name) => name !== 'jumlah_kk')
    const header = readImport(
      makeCsv('penduduk', [makeCsvRow('penduduk')], columns),
      makeReadOptions('penduduk'),
    )
    expect(header.countsByCode).toEqual({ missing_column: 1 })
  })

  it('puts a problem with the whole file first and does not allow dropping rows', () => {
    const columns = columnNames('penduduk').filter((name) => name !== 'jumlah_kk')
    const result = readImport(
      makeCsv('penduduk', [makeCsvRow('penduduk')], columns),
      makeReadOptions('penduduk'),
    )
    expect(result.errors.map((issue) => [issue.row, issue.column, issue.code])).toEqual([
      [1, 'jumlah_kk', 'missing_column'],
    ])
    expect([result.rows.length, result.canDropRejected]).toEqual([0, false])
  })

  it('never keeps a raw NIK or KK number in the rows it returns', () => {
    const row = makeCsvRow('penerima_bantuan', 7, { nik: '9903000000000007' })
    const [stored] = readImport(makeCsv('penerima_bantuan', [row]), makeReadOptions('penerima_bantuan')).rows
    expect(JSON.stringify(stored)).not.toMatch(/\d{16}/)
    expect(stored?.nik).toMatch(PSEUDONYM_FORM)
  })
})
