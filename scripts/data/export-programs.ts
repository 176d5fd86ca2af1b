/**
 * Exports the social-assistance programs FROM the database, read as the publishing role `penerbit`:
 * `programs.json` holds the program dictionary (`public.program_bantuan`) and the combination rules
 * (`public.kombinasi_program`); `program-combinations.csv` holds the households per combination of programs
 * per region and year, every combination including zeros, after disclosure control
 * (scripts/data/disclosure/). No row-level data.
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
  /** Households, rounded by disclosure control (null only in files from before it existed). */
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

/** What the program files hold. */
export interface PublishedPrograms {
  programs: PublishedProgram[]
  rules: PublishedRule[]
  combinations: CombinationRow[]
}

const toNumber = (value: unknown): number | null => (value === null ? null : Number(value))

/** Reads the dictionary and the rules as `penerbit`, then rolls back. */
export async function readProgramDictionary(
  client: SqlClient,
): Promise<Pick<PublishedPrograms, 'programs' | 'rules'>> {
  await client.exec('begin')
  try {
    await client.exec('set local role penerbit')
    const programs = await client.query<PublishedProgram>(
      `select kode, nama, nama_en, satuan, sumber_dana, syarat, syarat_en, manfaat, manfaat_en,
         manfaat_min_rp, manfaat_maks_rp, urutan
       from public.program_bantuan order by urutan`,
    )
    const rules = await client.query<PublishedRule>(
      `select program_a, program_b, diizinkan, alasan from public.kombinasi_program
       order by program_a collate "C", program_b collate "C"`,
    )
    return {
      programs: programs.rows.map((row) => ({
        ...row,
        manfaat_min_rp: toNumber(row.manfaat_min_rp),
        manfaat_maks_rp: toNumber(row.manfaat_maks_rp),
        urutan: Number(row.urutan),
      })),
      rules: rules.rows,
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
        id: 'Jumlah keluarga DTSEN per kombinasi program yang diterima (mis. BPNT+PKH), setiap kombinasi termasuk 0; dibulatkan untuk kerahasiaan (docs/disclosure-control.md)',
        en: 'DTSEN households per combination of programs received (e.g. BPNT+PKH), every combination including 0; rounded for confidentiality (docs/disclosure-control.md)',
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
