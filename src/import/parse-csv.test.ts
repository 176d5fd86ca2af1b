import { describe, expect, it } from 'vitest'
import type { ImportIssue } from './import-issue.ts'
import { type CsvChunk, createCsvReader, MAX_RECORD_CHARACTERS, parseCsv } from './parse-csv.ts'

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

/** Feeds `pieces` to a reader with the test columns; what came out, chunk boundaries aside. */
function readPieces(pieces: readonly string[], delimiter = ',') {
  const chunks: CsvChunk[] = []
  const lastLines: [number, string][] = []
  const reader = createCsvReader({
    fileName: 'uji.csv',
    columns: COLUMNS,
    delimiter,
    chunkCharacters: 1,
    onChunk: (chunk) => chunks.push(chunk),
    onLastLine: (row, cell) => lastLines.push([row, cell]),
  })
  for (const piece of pieces) reader.push(piece)
  return {
    fileIssues: reader.end(),
    records: chunks.flatMap((chunk) => chunk.records),
    lineIssues: chunks.flatMap((chunk) => chunk.issues),
    lastLines,
    charactersRead: chunks.at(-1)?.charactersRead,
  }
}

/** `text` cut at `cuts` (sorted offsets). */
function cutAt(text: string, cuts: readonly number[]): string[] {
  return [0, ...cuts].map((start, index) => text.slice(start, cuts[index] ?? text.length))
}

// Files whose records end in awkward places: quoted line breaks, escaped and stray quotes, CRLF, blank
// and Excel-blank rows, a malformed quote, a missing final line break, a BOM, other separators.
const AWKWARD_FILES: [string, string, string?][] = [
  [
    'quoted line breaks and quotes',
    'kode_desa,tahun,nama\na,1,"two\nlines"\nb,2,"say ""hi""\r\n, ok"\nc,3,x\n',
  ],
  ['CRLF with blank rows', '\uFEFFkode_desa,tahun,nama\r\na,1,x\r\n\r\n,,\r\nb,2,"y\r\nz"\r\nc,3,w'],
  ['stray and malformed quotes', 'kode_desa,tahun,nama\na,1,ab"c\nb,2,"q"x,y\nc,3,z\nd,4,"ok"\n'],
  ['wrong cell counts and no final break', 'kode_desa,tahun,nama\na,1\nb,2,x,y\nc,3,"last'],
  ['semicolons', 'kode_desa;tahun;nama\na;1;"x;y"\n\nb;2;z\n', ';'],
  ['bare CR line ends', 'kode_desa,tahun,nama\ra,1,x\rb,2,"y\rz"\rc,3,w\r'],
  ['an unknown column', 'kode_desa,tahun,catatan\na,1,x\n'],
]

describe('createCsvReader()', () => {
  it.each(AWKWARD_FILES)('reads %s the same wherever the pieces end', (_, text, delimiter) => {
    const whole = readPieces([text], delimiter)
    // A file that stops (an unclosed quote, a bad header) hands over no last chunk.
    if (whole.fileIssues.length === 0) expect(whole.charactersRead).toBe(text.length)
    for (let cut = 1; cut < text.length; cut++) {
      expect(readPieces(cutAt(text, [cut]), delimiter), `cut at ${cut}`).toEqual(whole)
    }
    for (let step = 1; step <= 4; step++) {
      const cuts = Array.from({ length: Math.ceil(text.length / step) - 1 }, (_, index) => (index + 1) * step)
      expect(readPieces(cutAt(text, cuts), delimiter), `pieces of ${step}`).toEqual(whole)
    }
  })

  it('agrees with parseCsv over a whole text and its characters read', () => {
    const [, text] = AWKWARD_FILES[0] as [string, string]
    const chunks: CsvChunk[] = []
    const issues = parseCsv(text, { fileName: 'uji.csv', columns: COLUMNS, onChunk: (c) => chunks.push(c) })
    const pieces = readPieces([text])
    expect(issues).toEqual(pieces.fileIssues)
    expect(chunks.flatMap((chunk) => chunk.records)).toEqual(pieces.records)
    expect(chunks.at(-1)?.charactersRead).toBe(text.length)
  })

  it('names the line of an undecodable byte in a later piece', () => {
    const pieces = ['kode_desa,tahun,nama\na,1,x\n', 'b,2,y\nc,3,Ni\uFFFDo\n']
    expect(readPieces(pieces).fileIssues.map(brief)).toEqual([{ row: 4, column: '', code: 'not_utf8' }])
  })

  it('calls a whitespace-only stream empty, whatever its pieces', () => {
    expect(readPieces(['\uFEFF', '  ', '\n', ' ']).fileIssues.map(brief)).toEqual([
      { row: 0, column: '', code: 'empty_file' },
    ])
  })

  it('gives up on a quote that is never closed instead of holding the rest of the file', () => {
    const reader = createCsvReader({ fileName: 'uji.csv', columns: COLUMNS, onChunk: () => undefined })
    reader.push('kode_desa,tahun,nama\na,1,x\nb,2,"opened\n')
    const line = 'c,3,more text inside the open quote\n'
    const piece = line.repeat(Math.ceil((1 << 20) / line.length))
    let pushed = 0
    while (!reader.stopped && pushed <= MAX_RECORD_CHARACTERS + piece.length) {
      reader.push(piece)
      pushed += piece.length
    }
    expect(reader.stopped).toBe(true)
    expect(reader.end().map(brief)).toEqual([{ row: 3, column: '', code: 'unclosed_quote' }])
  })
})
