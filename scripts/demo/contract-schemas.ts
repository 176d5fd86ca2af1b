/**
 * The demo's own check of `docs/data-formats.md` for the files it writes (keluarga, penerima_bantuan,
 * penduduk), used by its tests to prove every generated row is importable. The importer keeps its own
 * validation; this file only mirrors the contract's rules.
 */
import { z } from 'zod'
import type { KeluargaRow, PendudukRow, PenerimaBantuanRow } from './types'

const digits16 = z.string().regex(/^\d{16}$/)
const villageCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/)
const year = z.number().int().min(2015).max(2100)
const flag = z.union([z.literal(0), z.literal(1)])
const name = z.string().min(2).max(100)

/** `YYYY-MM-DD`, a real calendar date, not after `today`. */
export function pastDate(today: Date): z.ZodType<string> {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((text) => {
      const date = new Date(`${text}T00:00:00Z`)
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) && date <= today
    }, 'not a past calendar date')
}

/** A `keluarga.csv` row. */
export function keluargaSchema(today: Date): z.ZodType<KeluargaRow> {
  return z
    .strictObject({
      id_keluarga: digits16,
      kode_desa: villageCode,
      periode: year,
      desil: z.number().int().min(1).max(10),
      jumlah_anggota: z.number().int().min(1).max(30),
      mata_pencaharian: z.enum(['petani', 'nelayan', 'umkm', 'buruh', 'lainnya']),
      miskin: flag,
      miskin_ekstrem: flag,
      nik_kepala: digits16,
      nama_kepala: name,
      tanggal_lahir_kepala: pastDate(today),
    })
    .refine((row) => row.miskin_ekstrem === 0 || row.miskin === 1, 'miskin_ekstrem implies miskin')
}

/** A `penerima_bantuan.csv` row. */
export function penerimaBantuanSchema(today: Date): z.ZodType<PenerimaBantuanRow> {
  return z
    .strictObject({
      program: z.enum(['PKH', 'BPNT', 'BLT_DD', 'PBI_JKN', 'PIP']),
      tahun: year,
      id_keluarga: digits16.nullable(),
      nik: digits16.nullable(),
      nama: name.nullable(),
      tanggal_lahir: pastDate(today).nullable(),
      kode_desa: villageCode,
      nilai_rp: z.number().int().nonnegative(),
    })
    .refine((row) => row.id_keluarga !== null || row.nik !== null, 'needs id_keluarga or nik')
}

/** A `penduduk.csv` row. */
export const pendudukSchema: z.ZodType<PendudukRow> = z
  .strictObject({
    kode_desa: villageCode,
    tahun: year,
    jumlah_penduduk: z.number().int().nonnegative(),
    laki_laki: z.number().int().nonnegative(),
    perempuan: z.number().int().nonnegative(),
    jumlah_kk: z.number().int().nonnegative(),
  })
  .refine(
    (row) => row.jumlah_penduduk === row.laki_laki + row.perempuan,
    'jumlah_penduduk = laki_laki + perempuan',
  )
