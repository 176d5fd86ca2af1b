/**
 * Valid import rows of each kind for tests, changed one cell at a time, and the matching CSV text. The
 * villages are the fictional kabupaten 99.01 of supabase/seed.sql; the numbers are made up.
 */
import { type ImportKind, KINDS } from '../import-kinds.ts'
import type { CsvRecord } from '../parse-csv.ts'
import type { RegionSet } from '../validate-rows.ts'

/** A row as the file holds it: column → cell text. */
export type CsvRow = Record<string, string>

/** The seed's villages: two desa and one kelurahan. */
export function makeRegions(): RegionSet {
  return new Map([
    ['99.01.01.1001', { jenis: 'kelurahan' as const }],
    ['99.01.01.2001', { jenis: 'desa' as const }],
    ['99.01.02.2001', { jenis: 'desa' as const }],
  ])
}

/**
 * Named villages of the fictional kabupaten 99.01 for the name matcher: two desa one edit apart
 * (Sukamaju, Sukamaji), one name in two kecamatan (Muara Lestari), a short name (Bual). All made up.
 */
export function makeNamedVillages(): {
  kode: string
  nama: string
  jenis: 'desa' | 'kelurahan'
  kecamatan_nama: string
}[] {
  const village = (kode: string, nama: string, kecamatan_nama: string) => ({
    kode,
    nama,
    jenis: kode.endsWith('.1001') ? ('kelurahan' as const) : ('desa' as const),
    kecamatan_nama,
  })
  return [
    village('99.01.01.1001', 'Sungai Jernih', 'Teluk Harapan'),
    village('99.01.01.2001', 'Muara Lestari', 'Teluk Harapan'),
    village('99.01.01.2002', 'Sukamaju', 'Teluk Harapan'),
    village('99.01.01.2003', 'Sukamaji', 'Teluk Harapan'),
    village('99.01.02.2001', 'Tanjung Ilir', 'Bukit Damai'),
    village('99.01.02.2002', 'Muara Lestari', 'Bukit Damai'),
    village('99.01.02.2003', 'Batu Putih', 'Bukit Damai'),
    village('99.01.03.2001', 'Rantau Panjang', 'Sungai Bening'),
    village('99.01.03.2002', 'Bual', 'Sungai Bening'),
  ]
}

/** A made-up 16-digit number, different for every `index`. */
export function makeId16(index: number, prefix = '9901'): string {
  return `${prefix}${String(index).padStart(12, '0')}`
}

/** A valid row of `kind`, number `index` (ids and villages vary with it), with `change` applied. */
export function makeCsvRow(kind: ImportKind, index = 1, change: CsvRow = {}): CsvRow {
  const desa = index % 2 === 0 ? '99.01.02.2001' : '99.01.01.2001'
  const base: Record<ImportKind, CsvRow> = {
    keluarga: {
      id_keluarga: makeId16(index, '9901'),
      kode_desa: index % 3 === 0 ? '99.01.01.1001' : desa,
      periode: '2024',
      desil: String(1 + (index % 10)),
      jumlah_anggota: '4',
      mata_pencaharian: 'petani',
      miskin: '1',
      miskin_ekstrem: '0',
      nik_kepala: makeId16(index, '9902'),
      nama_kepala: 'Kepala Contoh',
      tanggal_lahir_kepala: '1980-03-12',
    },
    penerima_bantuan: {
      program: 'PKH',
      tahun: '2024',
      id_keluarga: makeId16(index, '9901'),
      nik: '',
      nama: 'Penerima Contoh',
      tanggal_lahir: '1985-07-01',
      kode_desa: desa,
      nilai_rp: '3000000',
    },
    penduduk: {
      kode_desa: desa,
      tahun: String(2018 + index),
      jumlah_penduduk: '1000',
      laki_laki: '510',
      perempuan: '490',
      jumlah_kk: '300',
    },
    idm: {
      kode_desa: desa,
      tahun: String(2018 + index),
      skor_idm: '0.6500',
      iks: '0.7000',
      ike: '0.6000',
      ikl: '0.6500',
      status: 'berkembang',
    },
    dana_desa: {
      kode_desa: desa,
      tahun: String(2018 + index),
      pagu: '1000000000',
      alokasi_dasar: '600000000',
      alokasi_afirmasi: '0',
      alokasi_kinerja: '100000000',
      alokasi_formula: '300000000',
      pagu_blt_dd: '150000000',
      realisasi_tahap_1: '400000000',
      realisasi_tahap_2: '400000000',
      realisasi_tahap_3: '200000000',
    },
  }
  return { ...base[kind], ...change }
}

/** `row` as a parsed record at spreadsheet row `row`. */
export function toRecord(kind: ImportKind, csvRow: CsvRow, row: number): CsvRecord {
  return { row, cells: KINDS[kind].columns.map((column) => csvRow[column.name] ?? '') }
}

/** A CSV text of `rows` with the contract's header (or `columns`, to test a broken header). */
export function makeCsv(kind: ImportKind, rows: readonly CsvRow[], columns?: readonly string[]): string {
  const header = columns ?? KINDS[kind].columns.map((column) => column.name)
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)
  const lines = rows.map((row) => header.map((name) => quote(row[name] ?? '')).join(','))
  return `${[header.join(','), ...lines].join('\n')}\n`
}
