/**
 * Exports the social-assistance programs FROM the database, read as `anon` (what anyone may read):
 * `programs.json` holds the program dictionary (`public.program_bantuan`) and the combination rules
 * (`public.kombinasi_program`); `program-combinations.csv` holds the households per combination of programs
 * per region and year (`public.kombinasi_wilayah`, counts of 1–4 already withheld). No row-level data.
 */
import Papa from 'papaparse'
import type { SqlClient } from '../db/sql-client.ts'

/** One program of the dictionary, as published. */
export interface PublishedProgram {
  kode: string
  nama: string
  nama_en: string
  satuan: 'keluarga' | 'orang' | 'siswa'
  sumber_dana: string
  syarat: string
  syarat_en: string
  manfaat: string
  manfaat_en: string
  manfaat_min_rp: number | null
  manfaat_maks_rp: number | null
  urutan: number
}

/** One combination rule: a pair of programs one household may (not) receive together. */
export interface PublishedRule {
  program_a: string
  program_b: string
  diizinkan: boolean
  alasan: string
}

/** One row of program-combinations.csv. */
export interface CombinationRow {
  kode: string
  level: 'desa' | 'kecamatan' | 'kabupaten'
  tahun: number
  kombinasi: string
  jumlah_program: number
  jumlah_kk: number | null
  status: 'ada' | 'ditahan'
  terlarang: boolean
}

/** The columns of program-combinations.csv, in order (a public interface, see the README). */
export const COMBINATION_COLUMNS = [
  'kode',
  'level',
  'tahun',
  'kombinasi',
  'jumlah_program',
  'jumlah_kk',
  'status',
  'terlarang',
] as const

/** What {@link readPublishedPrograms} reads. */
export interface PublishedPrograms {
  programs: PublishedProgram[]
  rules: PublishedRule[]
  combinations: CombinationRow[]
}

const toNumber = (value: unknown): number | null => (value === null ? null : Number(value))

/** Reads the dictionary, the rules and one kabupaten's combinations as `anon`, then rolls back. */
export async function readPublishedPrograms(client: SqlClient, region: string): Promise<PublishedPrograms> {
  await client.exec('begin')
  try {
    await client.exec('set local role anon')
    await client.query(`select set_config('request.jwt.claims', '{"role":"anon"}', true)`)
    const programs = await client.query<PublishedProgram>(
      `select kode, nama, nama_en, satuan, sumber_dana, syarat, syarat_en, manfaat, manfaat_en,
         manfaat_min_rp, manfaat_maks_rp, urutan
       from public.program_bantuan order by urutan`,
    )
    const rules = await client.query<PublishedRule>(
      `select program_a, program_b, diizinkan, alasan from public.kombinasi_program
       order by program_a collate "C", program_b collate "C"`,
    )
    const combinations = await client.query<CombinationRow>(
      `select kode, level, tahun, kombinasi, jumlah_program, jumlah_kk, status, terlarang
       from public.kombinasi_wilayah
       where kode = $1 or starts_with(kode, $1 || '.')
       order by kode collate "C", tahun, kombinasi collate "C"`,
      [region],
    )
    return {
      programs: programs.rows.map((row) => ({
        ...row,
        manfaat_min_rp: toNumber(row.manfaat_min_rp),
        manfaat_maks_rp: toNumber(row.manfaat_maks_rp),
        urutan: Number(row.urutan),
      })),
      rules: rules.rows,
      combinations: combinations.rows.map((row) => ({
        ...row,
        tahun: Number(row.tahun),
        jumlah_program: Number(row.jumlah_program),
        jumlah_kk: toNumber(row.jumlah_kk),
      })),
    }
  } finally {
    await client.exec('rollback')
  }
}

/** `programs.json`: the dictionary and the rules, with what the combinations file's columns mean. */
export function formatProgramsJson(published: PublishedPrograms): string {
  const document = {
    programs: published.programs,
    rules: published.rules,
    combinations: {
      file: 'program-combinations.csv',
      columns: COMBINATION_COLUMNS,
      description: {
        id: 'Jumlah keluarga DTSEN per kombinasi program yang diterima (mis. BPNT+PKH); jumlah 1–4 ditahan',
        en: 'DTSEN households per combination of programs received (e.g. BPNT+PKH); counts of 1–4 withheld',
      },
    },
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

/** Long-form CSV of the combinations; an empty `jumlah_kk` when withheld. */
export function formatCombinationsCsv(rows: readonly CombinationRow[]): string {
  return `${Papa.unparse(
    {
      fields: [...COMBINATION_COLUMNS],
      data: rows.map((row) => [
        row.kode,
        row.level,
        row.tahun,
        row.kombinasi,
        row.jumlah_program,
        row.jumlah_kk ?? '',
        row.status,
        row.terlarang ? 1 : 0,
      ]),
    },
    { newline: '\n' },
  )}\n`
}
