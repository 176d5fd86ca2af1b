/**
 * CSV in the import format (`docs/data-formats.md`): UTF-8 without BOM, comma-separated, one header row,
 * `\n` line ends, `null` as an empty cell, fields quoted only when they hold a comma, quote or line break.
 * Large files are written in ~1 MB chunks through a stream, respecting back-pressure.
 */

import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import type { DanaDesaRow, IdmRow, KeluargaRow, PendudukRow, PenerimaBantuanRow } from './types'

/** Column order of each file (the contract's order; importers accept any order). */
export const KELUARGA_COLUMNS = [
  'id_keluarga',
  'kode_desa',
  'periode',
  'desil',
  'jumlah_anggota',
  'mata_pencaharian',
  'miskin',
  'miskin_ekstrem',
  'nik_kepala',
  'nama_kepala',
  'tanggal_lahir_kepala',
] as const satisfies readonly (keyof KeluargaRow)[]

export const PENERIMA_BANTUAN_COLUMNS = [
  'program',
  'tahun',
  'id_keluarga',
  'nik',
  'nama',
  'tanggal_lahir',
  'kode_desa',
  'nilai_rp',
] as const satisfies readonly (keyof PenerimaBantuanRow)[]

export const PENDUDUK_COLUMNS = [
  'kode_desa',
  'tahun',
  'jumlah_penduduk',
  'laki_laki',
  'perempuan',
  'jumlah_kk',
] as const satisfies readonly (keyof PendudukRow)[]

export const IDM_COLUMNS = [
  'kode_desa',
  'tahun',
  'skor_idm',
  'iks',
  'ike',
  'ikl',
  'status',
] as const satisfies readonly (keyof IdmRow)[]

export const DANA_DESA_COLUMNS = [
  'kode_desa',
  'tahun',
  'pagu',
  'alokasi_dasar',
  'alokasi_afirmasi',
  'alokasi_kinerja',
  'alokasi_formula',
  'pagu_blt_dd',
  'realisasi_tahap_1',
  'realisasi_tahap_2',
  'realisasi_tahap_3',
  'dasar_penduduk',
  'dasar_penduduk_miskin',
  'dasar_luas_km2',
  'dasar_ikg',
  'dasar_status_idm',
  'dasar_skor_kinerja',
] as const satisfies readonly (keyof DanaDesaRow)[]

/** A cell value as the CSV needs it. */
export type CsvValue = string | number | null

const NEEDS_QUOTES = /[",\r\n]/

/** One field: empty for `null`, quoted (inner quotes doubled) when it holds `,`, `"` or a line break. */
export function formatCsvField(value: CsvValue): string {
  if (value === null) return ''
  const text = String(value)
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One line (without its line end) of `row`'s `columns`. */
export function formatCsvLine<Row>(row: Row, columns: readonly (keyof Row)[]): string {
  let line = ''
  for (let index = 0; index < columns.length; index++) {
    const column = columns[index] as keyof Row
    if (index > 0) line += ','
    line += formatCsvField(row[column] as CsvValue)
  }
  return line
}

/** A whole CSV text (header and rows); for small files and tests. */
export function formatCsv<Row>(rows: Iterable<Row>, columns: readonly (keyof Row)[]): string {
  let text = `${columns.join(',')}\n`
  for (const row of rows) text += `${formatCsvLine(row, columns)}\n`
  return text
}

const CHUNK_CHARACTERS = 1 << 20

/** Writes `rows` to `filePath` as CSV; resolves to the number of bytes written. */
export async function writeCsv<Row>(
  filePath: string,
  rows: Iterable<Row>,
  columns: readonly (keyof Row)[],
): Promise<number> {
  const stream = createWriteStream(filePath, { encoding: 'utf8' })
  let bytes = 0
  const flush = async (chunk: string): Promise<void> => {
    bytes += Buffer.byteLength(chunk)
    if (!stream.write(chunk)) await once(stream, 'drain')
  }
  let chunk = `${columns.join(',')}\n`
  for (const row of rows) {
    chunk += `${formatCsvLine(row, columns)}\n`
    if (chunk.length >= CHUNK_CHARACTERS) {
      await flush(chunk)
      chunk = ''
    }
  }
  await flush(chunk)
  stream.end()
  await once(stream, 'finish')
  return bytes
}
