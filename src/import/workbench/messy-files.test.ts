/**
 * The messy files of tests/fixtures/import (made by make-fixtures.ts): each is either read correctly or
 * refused with a problem naming its file, row and column, through the same path as the workbench's
 * worker (one pass over the bytes → header → proposed mapping → the file streamed through
 * readWorkbenchStream, rows handed over as they pass). None is accepted wrongly.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { IssueCode } from '../import-issue.ts'
import type { ImportKind } from '../import-kinds.ts'
import { makePseudonymiser } from '../pseudonymise.ts'
import type { ImportRow, RegionSet } from '../validate-rows.ts'
import { readWorkbenchStream, readWorkbenchText, sniffHeader } from './read-workbench-file.ts'
import { sheetToCsv } from './sheet-to-csv.ts'
import { sniffFileBytes } from './sniff-file.ts'

const FOLDER = path.resolve(import.meta.dirname, '../../../tests/fixtures/import')
const REGIONS: RegionSet = new Map([
  ['99.01.01.2001', { jenis: 'desa' }],
  ['99.01.01.1001', { jenis: 'kelurahan' }],
  ['99.01.02.2001', { jenis: 'desa' }],
])
const pseudonymise = makePseudonymiser('fixture-key-not-secret')

/** Reads fixture `name` the way the worker does; `sheet` picks an XLSX sheet. */
async function readFixture(name: string, sheet?: string) {
  const bytes = readFileSync(path.join(FOLDER, name))
  let source: Blob
  let encoding: string
  let sniffed: ReturnType<typeof sniffHeader>
  if (name.endsWith('.xlsx')) {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    const worksheet = workbook.worksheets.find((item) => item.name === sheet) ?? workbook.worksheets[0]
    const text = sheetToCsv(worksheet as ExcelJS.Worksheet)
    sniffed = sniffHeader(text)
    source = new Blob([text])
    encoding = 'utf-8'
  } else {
    source = new Blob([bytes])
    const start = await sniffFileBytes(source)
    sniffed = sniffHeader(start.head)
    encoding = start.encoding
  }
  const best = sniffed.proposals[0]
  if (!best) throw new Error('no proposal')
  const rows: ImportRow[] = []
  const read = await readWorkbenchStream(source.stream(), {
    kind: best.kind,
    fileName: name,
    delimiter: sniffed.delimiter,
    mapping: best.mapping,
    regions: REGIONS,
    pseudonymise,
    today: '2025-06-30',
    encoding,
    onRows: (checked) => rows.push(...checked),
  })
  return { sniffed, kind: best.kind, read: { ...read, rows } }
}

describe('messy import files', () => {
  it.each<[string, ImportKind, number, string | undefined]>([
    ['keluarga-titik-koma-bom.csv', 'keluarga', 4, undefined],
    ['keluarga-windows-1252.csv', 'keluarga', 1, undefined],
    ['keluarga-utf16.txt', 'keluarga', 2, undefined],
    ['keluarga-excel-artefak.csv', 'keluarga', 2, undefined],
    ['keluarga-dua-lembar.xlsx', 'keluarga', 3, 'Data'],
    ['idm-jenis-lain.csv', 'idm', 1, undefined],
  ])('%s is read as %s with %i good rows and no problem', async (name, kind, rows, sheet) => {
    const { kind: detected, read } = await readFixture(name, sheet)
    expect(detected).toBe(kind)
    expect(read.errors).toEqual([])
    expect(read.rows).toHaveLength(rows)
  })

  it('keeps the real characters of a Windows-1252 name and the dates Excel wrote its own ways', async () => {
    expect((await readFixture('keluarga-windows-1252.csv')).read.rows[0]?.nama_kepala).toBe('Andréas Muñoz')
    const artefacts = (await readFixture('keluarga-excel-artefak.csv')).read.rows
    // Serial 29292 is 1980-03-12 in Excel's 1900 date system.
    expect(artefacts[0]?.tanggal_lahir_kepala).toBe('1980-03-12')
    expect((await readFixture('keluarga-titik-koma-bom.csv')).read.rows[0]?.tanggal_lahir_kepala).toBe(
      '1980-03-12',
    )
    expect((await readFixture('keluarga-dua-lembar.xlsx', 'Data')).read.rows[0]?.tanggal_lahir_kepala).toBe(
      '1975-06-01',
    )
  })

  it('sends no raw NIK or KK number out of the reader', async () => {
    const { read } = await readFixture('keluarga-excel-artefak.csv')
    const sent = JSON.stringify(read.rows)
    expect(sent).not.toMatch(/\d{16}/)
    expect(read.rows[0]?.nik_kepala).toMatch(/^p1\.[0-9a-f]{16}\.[0-9a-f]{64}$/)
  })

  it.each<[string, number, string, IssueCode, string | undefined]>([
    ['keluarga-notasi-ilmiah.csv', 2, 'nik_kepala', 'not_id16', undefined],
    ['keluarga-terpotong.csv', 3, 'tanggal_lahir_kepala', 'not_date', undefined],
    ['keluarga-kolom-ganda.csv', 1, 'kode_desa', 'duplicate_column', undefined],
    ['penduduk-ganda.csv', 3, 'kode_desa', 'duplicate_key', undefined],
    ['keluarga-desa-asing.csv', 2, 'kode_desa', 'unknown_desa', undefined],
    ['keluarga-kutip-terbuka.csv', 2, '', 'unclosed_quote', undefined],
    ['keluarga-dua-lembar.xlsx', 1, '', 'missing_column', 'Petunjuk'],
  ])('%s is refused at row %i, column "%s" (%s)', async (name, row, column, code, sheet) => {
    const { read } = await readFixture(name, sheet)
    const issue = read.errors.find((item) => item.code === code)
    expect(issue, JSON.stringify(read.errors)).toMatchObject({ file: name, row, code })
    if (column) expect(issue?.column).toBe(column)
    expect(read.rows.some((item) => item.baris === row - 1)).toBe(false)
  })

  it('an IDM file read as keluarga is refused at its header, with nothing kept', async () => {
    const text = readFileSync(path.join(FOLDER, 'idm-jenis-lain.csv'), 'utf8')
    const sniffed = sniffHeader(text)
    const keluarga = sniffed.proposals.find((proposal) => proposal.kind === 'keluarga')
    const read = readWorkbenchText(text, {
      kind: 'keluarga',
      fileName: 'idm-jenis-lain.csv',
      delimiter: sniffed.delimiter,
      mapping: keluarga?.mapping ?? [],
      regions: REGIONS,
      pseudonymise,
    })
    expect(read.rows).toEqual([])
    expect(read.errors.map((issue) => issue.code)).toContain('missing_column')
    expect(read.canDropRejected).toBe(false)
  })
})
