import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { buildCsvFile } from './csv-file.ts'

describe('buildCsvFile()', () => {
  const text = buildCsvFile({
    notes: [['tahun', 2024], ['sumber', 'BPS\nKutai Timur'], 'Data sintetis (demo)'],
    header: ['kode', 'nama', 'nilai'],
    rows: [
      ['64.08.01.2001', 'Sangatta "Lama", Utara', 12.5],
      ['64.08.01.2002', 'Teluk Lingga', null],
    ],
  })

  it('writes a byte-order mark, the notes as # lines, a blank line, then the table, all CRLF', () => {
    expect(text.split('\r\n')).toEqual([
      '\uFEFF# tahun: 2024',
      '# sumber: BPS Kutai Timur',
      '# Data sintetis (demo)',
      '',
      'kode,nama,nilai',
      '64.08.01.2001,"Sangatta ""Lama"", Utara",12.5',
      '64.08.01.2002,Teluk Lingga,',
      '',
    ])
  })

  it('reads back with the notes skipped, as pandas (comment="#") or papaparse do', () => {
    const parsed = Papa.parse<string[]>(text.slice(1), { comments: '#', skipEmptyLines: true })
    expect(parsed.data).toEqual([
      ['kode', 'nama', 'nilai'],
      ['64.08.01.2001', 'Sangatta "Lama", Utara', '12.5'],
      ['64.08.01.2002', 'Teluk Lingga', ''],
    ])
  })

  it('separates by ; when asked, quoting a cell that holds one', () => {
    const semicolons = buildCsvFile({
      notes: [],
      header: ['nama', 'nilai'],
      rows: [['A; B', '12,5']],
      delimiter: ';',
    })
    expect(semicolons).toBe('\uFEFFnama;nilai\r\n"A; B";12,5\r\n')
  })
})
