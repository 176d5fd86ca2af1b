import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatCsv, formatCsvField, PENDUDUK_COLUMNS, writeCsv } from './write-csv'

describe('formatCsvField()', () => {
  it.each([
    [null, ''],
    [0, '0'],
    [504000, '504000'],
    ['Siti Aminah', 'Siti Aminah'],
    ['Aminah, Siti', '"Aminah, Siti"'],
    ['Nur "Ani"', '"Nur ""Ani"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('writes %j as %j', (value, expected) => {
    expect(formatCsvField(value)).toBe(expected)
  })
})

describe('formatCsv()', () => {
  it('writes a header row and one line per row in the column order', () => {
    const rows = [
      {
        kode_desa: '64.08.01.2001',
        tahun: 2024,
        jumlah_penduduk: 3,
        laki_laki: 2,
        perempuan: 1,
        jumlah_kk: 1,
      },
    ]
    expect(formatCsv(rows, PENDUDUK_COLUMNS)).toBe(
      'kode_desa,tahun,jumlah_penduduk,laki_laki,perempuan,jumlah_kk\n64.08.01.2001,2024,3,2,1,1\n',
    )
  })
})

describe('writeCsv()', () => {
  it('writes the same text as formatCsv() across many chunks and reports its bytes', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'demo-csv-'))
    try {
      const rows = Array.from({ length: 30_000 }, (_, index) => ({
        a: index,
        b: `nama ${index}, ke-${index}`,
      }))
      const file = path.join(folder, 'rows.csv')
      const bytes = await writeCsv(file, rows, ['a', 'b'])
      const text = await readFile(file, 'utf8')
      expect(text).toBe(formatCsv(rows, ['a', 'b']))
      expect(bytes).toBe(Buffer.byteLength(text))
    } finally {
      await rm(folder, { recursive: true })
    }
  })
})
