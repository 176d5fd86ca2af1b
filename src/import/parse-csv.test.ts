import { describe, expect, it } from 'vitest'
import type { ImportIssue } from './import-issue.ts'
import { type CsvChunk, parseCsv } from './parse-csv.ts'

const COLUMNS = ['kode_desa', 'tahun', 'nama'] as const

/** Parses `text` with the three test columns and gathers what came out. */
function parse(text: string, chunkCharacters?: number) {
  const chunks: CsvChunk[] = []
  const fileIssues = parseCsv(text, {
    fileName: 'uji.csv',
    columns: COLUMNS,
    chunkCharacters,
    onChunk: (chunk) => chunks.push(chunk),
  })
  return {
    fileIssues,
    records: chunks.flatMap((chunk) => chunk.records),
    lineIssues: chunks.flatMap((chunk) => chunk.issues),
    chunks,
  }
}

/** The parts of an issue the header tests look at. */
const brief = (issue: ImportIssue) => ({ row: issue.row, column: issue.column, code: issue.code })

describe('parseCsv()', () => {
  it('hands over the cells in the expected order whatever the order of the header', () => {
    const { records, fileIssues } = parse('nama,kode_desa,tahun\nSiti,99.01.01.2001,2024\n')
    expect(fileIssues).toEqual([])
    expect(records).toEqual([{ row: 2, cells: ['99.01.01.2001', '2024', 'Siti'] }])
  })

  it('tolerates a byte-order mark, CRLF line ends and spaces around cells and names', () => {
    const { records, fileIssues } = parse('\uFEFFkode_desa , tahun,nama\r\n 99.01.01.2001,2024 , Siti \r\n')
    expect(fileIssues).toEqual([])
    expect(records).toEqual([{ row: 2, cells: ['99.01.01.2001', '2024', 'Siti'] }])
  })

  it('numbers rows like a spreadsheet: blank rows count, a quoted line break does not', () => {
    const text = 'kode_desa,tahun,nama\na,1,"two\nlines"\n\n,,\nb,2,x\n'
    expect(parse(text).records.map((record) => [record.row, record.cells[0]])).toEqual([
      [2, 'a'],
      [5, 'b'],
    ])
  })

  it('keeps row numbers right across chunk boundaries', () => {
    const rows = Array.from({ length: 500 }, (_, index) => `99.01.01.2001,${index},nama ${index}`)
    const { records, chunks } = parse(`kode_desa,tahun,nama\n${rows.join('\n')}\n`, 1000)
    expect(chunks.length).toBeGreaterThan(10)
    expect(records).toHaveLength(500)
    expect(records.every((record) => record.row === Number(record.cells[1]) + 2)).toBe(true)
    expect(chunks.at(-1)?.charactersRead).toBeGreaterThan(0)
  })

  it.each([
    ['an empty file', '', [{ row: 0, column: '', code: 'empty_file' }]],
    ['only a byte-order mark and spaces', '\uFEFF  \n', [{ row: 0, column: '', code: 'empty_file' }]],
    [
      'text that was not UTF-8',
      'kode_desa,tahun,nama\nx,1,Ni\uFFFDo\n',
      [{ row: 2, column: '', code: 'not_utf8' }],
    ],
    ['a header without rows', 'kode_desa,tahun,nama\n', [{ row: 0, column: '', code: 'no_rows' }]],
    ['a missing column', 'kode_desa,nama\nx,y\n', [{ row: 1, column: 'tahun', code: 'missing_column' }]],
    [
      'an unknown column',
      'kode_desa,tahun,nama,catatan\nx,1,y,z\n',
      [{ row: 1, column: 'catatan', code: 'unknown_column' }],
    ],
    [
      'a misspelt column (unknown and missing)',
      'kode_desa,Tahun,nama\nx,1,y\n',
      [
        { row: 1, column: 'Tahun', code: 'unknown_column' },
        { row: 1, column: 'tahun', code: 'missing_column' },
      ],
    ],
    [
      'a duplicate column',
      'kode_desa,tahun,nama,tahun\nx,1,y,2\n',
      [{ row: 1, column: 'tahun', code: 'duplicate_column' }],
    ],
    [
      'a semicolon-separated file',
      'kode_desa;tahun;nama\nx;1;y\n',
      [{ row: 1, column: '', code: 'wrong_delimiter' }],
    ],
    [
      'a quote never closed',
      'kode_desa,tahun,nama\nx,1,"y\nz,2,w\n',
      [{ row: 2, column: '', code: 'unclosed_quote' }],
    ],
  ])('refuses the whole file for %s', (_, text, expected) => {
    const { fileIssues, records } = parse(text)
    expect(fileIssues.map(brief)).toEqual(expected)
    expect(fileIssues.every((issue) => issue.file === 'uji.csv')).toBe(true)
    expect(records.length === 0 || expected[0]?.code === 'unclosed_quote').toBe(true)
  })

  it('names the expected columns when it meets an unknown one', () => {
    const [issue] = parse('kode_desa,tahun,nama,catatan\nx,1,y,z\n').fileIssues
    expect(issue?.params).toEqual({ position: 4, expected: 'kode_desa, tahun, nama' })
  })

  it('leaves out a row with too few or too many cells and names its row', () => {
    const { records, lineIssues, fileIssues } = parse('kode_desa,tahun,nama\na,1\nb,2,x\nc,3,y,z\n')
    expect(fileIssues).toEqual([])
    expect(records.map((record) => record.row)).toEqual([3])
    expect(lineIssues).toEqual([
      {
        file: 'uji.csv',
        row: 2,
        column: '',
        value: '',
        code: 'field_count',
        params: { expected: 3, actual: 2 },
      },
      {
        file: 'uji.csv',
        row: 4,
        column: '',
        value: '',
        code: 'field_count',
        params: { expected: 3, actual: 4 },
      },
    ])
  })
})
