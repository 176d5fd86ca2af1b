/**
 * Builders for the personal-data tables (`keluarga`, `penerima_bantuan`) and their audit log
 * (`import_batches`). Every row is made up: identities are pseudonyms derived from a small number, so a
 * test reads "household 7" and the database sees the keyed hash the importer would have sent (and re-keys it with its pepper).
 * Row fields are the tables' snake_case column names.
 */
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { makePseudonymiser } from '../../src/import/pseudonymise.ts'
import { insertRows } from './insert-rows.ts'

/** The import key of every test row (fictional people only); its fingerprint is the database's. */
export const TEST_PSEUDONYM_KEY = 'test-key-not-secret-0001'
const pseudonymise = makePseudonymiser(TEST_PSEUDONYM_KEY)

/** The pseudonym the importer would send for made-up number `n` (`p1.<fingerprint>.<HMAC>`). */
export function pseudonym(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`pseudonym() needs a non-negative integer, got ${n}`)
  return pseudonymise(String(n))
}

/** Household `n`'s head has NIK pseudonym(NIK_OFFSET + n), so KK numbers and NIKs never collide. */
export const NIK_OFFSET = 1_000_000

/** The pseudonymised NIK of household `n`'s head. */
export function nikOf(household: number): string {
  return pseudonym(NIK_OFFSET + household)
}

/** What an import batch held (`import_batches.jenis`). */
export type ImportJenis = 'keluarga' | 'penerima_bantuan' | 'penduduk' | 'idm' | 'dana_desa'

/** Logs one import batch as the current role and returns its id. */
export async function insertBatch(client: SqlClient, jenis: ImportJenis): Promise<number> {
  const { rows } = await client.query<{ id: number }>(
    `insert into public.import_batches (jenis, nama_file, jumlah_baris)
     values ($1, $2, 0) returning id::integer as id`,
    [jenis, `${jenis}-contoh.csv`],
  )
  const id = rows[0]?.id
  if (id === undefined) throw new Error('insert into import_batches returned no id')
  return id
}

/** One DTSEN household (`public.keluarga` without id, batch_id and baris). */
export interface KeluargaRow {
  id_keluarga: string
  kode_desa: string
  periode: number
  desil: number
  jumlah_anggota: number
  mata_pencaharian: 'petani' | 'nelayan' | 'umkm' | 'buruh' | 'lainnya'
  miskin: boolean
  miskin_ekstrem: boolean
  nik_kepala: string
  nama_kepala: string
  tanggal_lahir_kepala: string
}

/**
 * Household number `household` (KK pseudonym(n), head's NIK nikOf(n)): by default a poor desil-1 farming
 * family of four in Desa Satu Contoh in 2024. Override one field at a time.
 */
export function makeKeluarga(household: number, overrides: Partial<KeluargaRow> = {}): KeluargaRow {
  return {
    id_keluarga: pseudonym(household),
    kode_desa: '99.01.01.2001',
    periode: 2024,
    desil: 1,
    jumlah_anggota: 4,
    mata_pencaharian: 'petani',
    miskin: true,
    miskin_ekstrem: false,
    nik_kepala: nikOf(household),
    nama_kepala: `Kepala Keluarga ${household}`,
    tanggal_lahir_kepala: '1980-01-01',
    ...overrides,
  }
}

/**
 * Inserts households as the current role, under `batchId` or else under a new batch the same role logs;
 * returns how many rows went in.
 */
export async function insertKeluarga(
  client: SqlClient,
  rows: readonly KeluargaRow[],
  batchId?: number,
): Promise<number> {
  const batch = batchId ?? (await insertBatch(client, 'keluarga'))
  return insertRows(
    client,
    'public.keluarga',
    {
      batch_id: 'bigint',
      baris: 'integer',
      id_keluarga: 'text',
      kode_desa: 'text',
      periode: 'smallint',
      desil: 'smallint',
      jumlah_anggota: 'smallint',
      mata_pencaharian: 'text',
      miskin: 'boolean',
      miskin_ekstrem: 'boolean',
      nik_kepala: 'text',
      nama_kepala: 'text',
      tanggal_lahir_kepala: 'date',
    },
    rows.map((row, index) => ({ ...row, batch_id: batch, baris: index + 1 })),
  )
}

/** A program of `public.program_bantuan`. */
export type Program = 'PKH' | 'BPNT' | 'BLT_DD' | 'PBI_JKN' | 'PIP'

/** One listing of an aid recipient (`public.penerima_bantuan` without id, batch_id and baris). */
export interface PenerimaRow {
  program: Program
  tahun: number
  id_keluarga: string | null
  nik: string | null
  nama: string | null
  tanggal_lahir: string | null
  kode_desa: string
  nilai_rp: number
}

/** Household `household` listed for PKH in Desa Satu Contoh in 2024 by its KK number only. */
export function makePenerima(household: number, overrides: Partial<PenerimaRow> = {}): PenerimaRow {
  return {
    program: 'PKH',
    tahun: 2024,
    id_keluarga: pseudonym(household),
    nik: null,
    nama: null,
    tanggal_lahir: null,
    kode_desa: '99.01.01.2001',
    nilai_rp: 750_000,
    ...overrides,
  }
}

/** The same listing by the head's NIK only (how PBI-JKN and some Dinsos lists identify people). */
export function makePenerimaByNik(household: number, overrides: Partial<PenerimaRow> = {}): PenerimaRow {
  return makePenerima(household, {
    id_keluarga: null,
    nik: nikOf(household),
    nama: `Kepala Keluarga ${household}`,
    tanggal_lahir: '1980-01-01',
    ...overrides,
  })
}

/** Inserts recipient listings as the current role, like insertKeluarga(); returns how many rows went in. */
export async function insertPenerima(
  client: SqlClient,
  rows: readonly PenerimaRow[],
  batchId?: number,
): Promise<number> {
  const batch = batchId ?? (await insertBatch(client, 'penerima_bantuan'))
  return insertRows(
    client,
    'public.penerima_bantuan',
    {
      batch_id: 'bigint',
      baris: 'integer',
      program: 'text',
      tahun: 'smallint',
      id_keluarga: 'text',
      nik: 'text',
      nama: 'text',
      tanggal_lahir: 'date',
      kode_desa: 'text',
      nilai_rp: 'bigint',
    },
    rows.map((row, index) => ({ ...row, batch_id: batch, baris: index + 1 })),
  )
}
