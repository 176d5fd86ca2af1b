/**
 * The unprotected figures the publish step starts from (`terbit.indikator_mentah`,
 * `terbit.kombinasi_mentah`), read as the publishing role `penerbit`. Only the publish step sees them;
 * {@link protectFigures} turns them into what the public files hold.
 */

import type { DesilGroup } from '../../../src/indicators/dictionary/types.ts'
import type { SqlClient } from '../../db/sql-client.ts'
import type { RawCell } from './cells.ts'

/** Region level, as in indicators.csv. */
export type Level = 'desa' | 'kecamatan' | 'kabupaten'

/**
 * One figure before disclosure control, with the parts it is computed from: `nilai` is `pembilang`, or
 * `pembilang × skala / penyebut` for a ratio. A part marked `*_rahasia` counts households or persons.
 */
export interface RawIndicatorRow {
  kode: string
  level: Level
  tahun: number
  indikator: string
  berlaku: boolean
  nilai: number | null
  pembilang_nama: string
  pembilang: number | null
  pembilang_rahasia: boolean
  penyebut_nama: string | null
  penyebut: number | null
  penyebut_rahasia: boolean
  skala: number | null
}

/** Households per combination of programs before disclosure control; 0 when nobody has it. */
export interface RawCombinationRow {
  kode: string
  level: Level
  tahun: number
  kombinasi: string
  jumlah_program: number
  jumlah_kk: number
  terlarang: boolean
}

/** What the publish step reads: the figures, the combinations, their cells and the disclosure key. */
export interface RawFigures {
  indicators: RawIndicatorRow[]
  combinations: RawCombinationRow[]
  /** The elementary cells every household and person count is a sum of (`terbit.sel_keluarga`). */
  cells: RawCell[]
  key: string
}

/** Memory per sort or hash of the publish step's one read transaction. */
const PUBLISH_WORK_MEM = '128MB'

const numberOrNull = (value: unknown): number | null => (value === null ? null : Number(value))

/** Reads one kabupaten's raw figures as `penerbit`, in a transaction that is rolled back. */
export async function readRawFigures(client: SqlClient, region: string): Promise<RawFigures> {
  await client.exec('begin')
  try {
    await client.exec('set local role penerbit')
    // The figures group ~1.7 M listings and ~0.9 M households per village and identity: with the default
    // 4 MB PostgreSQL sorts them on disk instead of hashing them in memory (a third of the publish step).
    await client.exec(`set local work_mem = '${PUBLISH_WORK_MEM}'`)
    const indicators = await client.query<Record<string, unknown>>(
      `select kode, level, tahun, indikator, berlaku, nilai, pembilang_nama, pembilang, pembilang_rahasia,
         penyebut_nama, penyebut, penyebut_rahasia, skala
       from terbit.indikator_mentah
       where kode = $1 or starts_with(kode, $1 || '.')
       order by kode collate "C", tahun, indikator collate "C"`,
      [region],
    )
    const combinations = await client.query<Record<string, unknown>>(
      `select kode, level, tahun, kombinasi, jumlah_program, jumlah_kk, terlarang
       from terbit.kombinasi_mentah
       where kode = $1 or starts_with(kode, $1 || '.')
       order by kode collate "C", tahun, kombinasi collate "C"`,
      [region],
    )
    const cells = await client.query<Record<string, unknown>>(
      `select kode, tahun, desil, miskin, miskin_ekstrem, mata_pencaharian, kombinasi, jumlah_program,
         terlarang, lintas_desa, jumlah_kk, jumlah_jiwa
       from terbit.sel_keluarga
       where starts_with(kode, $1 || '.')
       order by kode collate "C", tahun, desil collate "C", miskin, miskin_ekstrem,
         mata_pencaharian collate "C", kombinasi collate "C", terlarang, lintas_desa`,
      [region],
    )
    const key = await client.query<{ kunci: string }>('select terbit.kunci() as kunci')
    return {
      indicators: indicators.rows.map((row) => ({
        ...(row as unknown as RawIndicatorRow),
        tahun: Number(row.tahun),
        nilai: numberOrNull(row.nilai),
        pembilang: numberOrNull(row.pembilang),
        penyebut: numberOrNull(row.penyebut),
        skala: numberOrNull(row.skala),
      })),
      combinations: combinations.rows.map((row) => ({
        ...(row as unknown as RawCombinationRow),
        tahun: Number(row.tahun),
        jumlah_program: Number(row.jumlah_program),
        jumlah_kk: Number(row.jumlah_kk),
      })),
      cells: cells.rows.map((row) => ({
        kode: String(row.kode),
        tahun: Number(row.tahun),
        desil: (row.desil ?? null) as DesilGroup | null,
        miskin: Boolean(row.miskin),
        miskin_ekstrem: Boolean(row.miskin_ekstrem),
        mata_pencaharian: (row.mata_pencaharian ?? null) as string | null,
        kombinasi: String(row.kombinasi),
        jumlah_program: Number(row.jumlah_program),
        terlarang: Boolean(row.terlarang),
        lintas_desa: Boolean(row.lintas_desa),
        jumlah_kk: Number(row.jumlah_kk),
        jumlah_jiwa: Number(row.jumlah_jiwa),
      })),
      key: key.rows[0]?.kunci ?? '',
    }
  } finally {
    await client.exec('rollback')
  }
}
