/**
 * Builders for the public statistics (`penduduk`, `idm`, `dana_desa`): one valid row per village and year
 * by default, changed one field at a time. Row fields are the tables' snake_case column names; the rows
 * carry no batch (batch_id null), as when the pipeline writes them as service_role.
 */
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { insertRows } from './insert-rows.ts'

/** One row of `public.penduduk`. */
export interface PendudukRow {
  kode_desa: string
  tahun: number
  jumlah_penduduk: number
  laki_laki: number
  perempuan: number
  jumlah_kk: number
}

/** `jumlah` people (half men, half women, rounded down) in `jumlah / 4` households. */
export function makePenduduk(
  kodeDesa: string,
  jumlah: number,
  overrides: Partial<PendudukRow> = {},
): PendudukRow {
  const lakiLaki = Math.floor(jumlah / 2)
  return {
    kode_desa: kodeDesa,
    tahun: 2024,
    jumlah_penduduk: jumlah,
    laki_laki: lakiLaki,
    perempuan: jumlah - lakiLaki,
    jumlah_kk: Math.floor(jumlah / 4),
    ...overrides,
  }
}

/** Inserts population rows as the current role; returns how many went in. */
export async function insertPenduduk(client: SqlClient, rows: readonly PendudukRow[]): Promise<number> {
  return insertRows(
    client,
    'public.penduduk',
    {
      kode_desa: 'text',
      tahun: 'smallint',
      jumlah_penduduk: 'integer',
      laki_laki: 'integer',
      perempuan: 'integer',
      jumlah_kk: 'integer',
    },
    rows,
  )
}

/** One row of `public.idm` (scores 0–1 with four decimals, as Kemendesa publishes them). */
export interface IdmRow {
  kode_desa: string
  tahun: number
  skor_idm: number
  iks: number
  ike: number
  ikl: number
  status: 'mandiri' | 'maju' | 'berkembang' | 'tertinggal' | 'sangat_tertinggal'
}

/** An IDM row with score `skor` (the three sub-indices equal to it) and status `status`. */
export function makeIdm(kodeDesa: string, skor: number, status: IdmRow['status']): IdmRow {
  return { kode_desa: kodeDesa, tahun: 2024, skor_idm: skor, iks: skor, ike: skor, ikl: skor, status }
}

/** Inserts IDM rows as the current role; returns how many went in. */
export async function insertIdm(client: SqlClient, rows: readonly IdmRow[]): Promise<number> {
  return insertRows(
    client,
    'public.idm',
    {
      kode_desa: 'text',
      tahun: 'smallint',
      skor_idm: 'numeric',
      iks: 'numeric',
      ike: 'numeric',
      ikl: 'numeric',
      status: 'text',
    },
    rows,
  )
}

/** One row of `public.dana_desa`, in rupiah. */
export interface DanaDesaRow {
  kode_desa: string
  tahun: number
  pagu: number
  alokasi_dasar: number
  alokasi_afirmasi: number
  alokasi_kinerja: number
  alokasi_formula: number
  pagu_blt_dd: number
  realisasi_tahap_1: number
  realisasi_tahap_2: number
  realisasi_tahap_3: number
}

/** Rp1 milyar (10^9 rupiah), so fixtures read like budgets: `{ pagu: 2 * MILYAR }`. */
export const MILYAR = 1_000_000_000

/**
 * A Dana Desa row whose parts add up: pagu = dasar 60% + afirmasi 10% + kinerja 10% + formula 20%, BLT-DD
 * and realisation as given (defaults: Rp1 milyar, 20% BLT-DD, 90% realised in stages of 4/9, 3/9, 2/9).
 */
export function makeDanaDesa(
  kodeDesa: string,
  options: { tahun?: number; pagu?: number; bltDd?: number; realisasi?: number } = {},
): DanaDesaRow {
  // Integer rupiah throughout: bigint columns reject fractions, and 0.6 * 8e8 is not exact in floating point.
  const pagu = options.pagu ?? MILYAR
  const realisasi = options.realisasi ?? Math.round((pagu * 9) / 10)
  const dasar = Math.round((pagu * 6) / 10)
  const afirmasi = Math.round(pagu / 10)
  const kinerja = Math.round(pagu / 10)
  const tahap1 = Math.round((realisasi * 4) / 9)
  const tahap2 = Math.round((realisasi * 3) / 9)
  return {
    kode_desa: kodeDesa,
    tahun: options.tahun ?? 2024,
    pagu,
    alokasi_dasar: dasar,
    alokasi_afirmasi: afirmasi,
    alokasi_kinerja: kinerja,
    alokasi_formula: pagu - dasar - afirmasi - kinerja,
    pagu_blt_dd: options.bltDd ?? Math.round(pagu / 5),
    realisasi_tahap_1: tahap1,
    realisasi_tahap_2: tahap2,
    realisasi_tahap_3: realisasi - tahap1 - tahap2,
  }
}

/** Inserts Dana Desa rows as the current role; returns how many went in. */
export async function insertDanaDesa(client: SqlClient, rows: readonly DanaDesaRow[]): Promise<number> {
  return insertRows(
    client,
    'public.dana_desa',
    {
      kode_desa: 'text',
      tahun: 'smallint',
      pagu: 'bigint',
      alokasi_dasar: 'bigint',
      alokasi_afirmasi: 'bigint',
      alokasi_kinerja: 'bigint',
      alokasi_formula: 'bigint',
      pagu_blt_dd: 'bigint',
      realisasi_tahap_1: 'bigint',
      realisasi_tahap_2: 'bigint',
      realisasi_tahap_3: 'bigint',
    },
    rows,
  )
}
