/**
 * The published social-assistance programs: `programs.json` (dictionary and combination rules, from
 * `public.program_bantuan` and `public.kombinasi_program`) and `program-combinations.csv` (households per
 * combination of programs per region and year, from `terbit.kombinasi_mentah` after disclosure control). Validated
 * here, once; the rest of the app trusts the types.
 */
import Papa from 'papaparse'
import { z } from 'zod'

/** The five programs, in the dictionary's order. */
export const PROGRAM_CODES = ['PKH', 'BPNT', 'BLT_DD', 'PBI_JKN', 'PIP'] as const

/** A program code. */
export type ProgramCode = (typeof PROGRAM_CODES)[number]

const programCode = z.enum(PROGRAM_CODES)

const programSchema = z.object({
  kode: programCode,
  nama: z.string().min(1),
  nama_en: z.string().min(1),
  satuan: z.enum(['keluarga', 'orang', 'siswa']),
  sumber_dana: z.string().min(1),
  syarat: z.string().min(1),
  syarat_en: z.string().min(1),
  manfaat: z.string().min(1),
  manfaat_en: z.string().min(1),
  manfaat_min_rp: z.number().nonnegative().nullable(),
  manfaat_maks_rp: z.number().nonnegative().nullable(),
  urutan: z.number().int(),
})

const ruleSchema = z.object({
  program_a: programCode,
  program_b: programCode,
  diizinkan: z.boolean(),
  alasan: z.string(),
})

const programsFileSchema = z.object({
  programs: z.array(programSchema).min(1),
  rules: z.array(ruleSchema),
})

/** One program of the dictionary. */
export type Program = z.infer<typeof programSchema>
/** Whether two programs may go to one household together. */
export type CombinationRule = z.infer<typeof ruleSchema>

/** Households with one combination of programs in one region and year. */
export interface CombinationCount {
  kode: string
  level: 'desa' | 'kecamatan' | 'kabupaten'
  tahun: number
  /** The programs, sorted by code. */
  programs: ProgramCode[]
  /** `null` when withheld (1–4 households). */
  jumlah_kk: number | null
  status: 'ada' | 'ditahan'
  /** The combination breaks a rule. */
  terlarang: boolean
}

/** Everything the program screen reads. */
export interface ProgramData {
  programs: Program[]
  rules: CombinationRule[]
  combinations: CombinationCount[]
}

/** The file names, relative to the snapshot's base URL. */
export const PROGRAM_FILES = {
  definitions: 'programs.json',
  combinations: 'program-combinations.csv',
} as const

/** A malformed programs file, with where the problem is. */
export class ProgramDataError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ProgramDataError'
  }
}

const combinationRowSchema = z.object({
  kode: z.string().regex(/^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/),
  level: z.enum(['desa', 'kecamatan', 'kabupaten']),
  tahun: z.coerce.number().int().min(2000).max(2100),
  kombinasi: z.string().min(1),
  jumlah_kk: z.string(),
  status: z.enum(['ada', 'ditahan']),
  terlarang: z.enum(['0', '1']),
})

/** Parses program-combinations.csv; throws naming the first bad row (1 = first data row). */
export function parseCombinationsCsv(text: string): CombinationCount[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
  return parsed.data.map((raw, index) => {
    const row = combinationRowSchema.safeParse(raw)
    if (!row.success) {
      throw new ProgramDataError(`program-combinations.csv row ${index + 1}: ${row.error.issues[0]?.message}`)
    }
    const programs = row.data.kombinasi.split('+')
    const unknown = programs.find((code) => !programCode.safeParse(code).success)
    if (unknown !== undefined) {
      throw new ProgramDataError(`program-combinations.csv row ${index + 1}: unknown program "${unknown}"`)
    }
    const count = row.data.jumlah_kk === '' ? null : Number(row.data.jumlah_kk)
    if (row.data.status === 'ada' && (count === null || !Number.isInteger(count) || count < 0)) {
      throw new ProgramDataError(
        `program-combinations.csv row ${index + 1}: jumlah_kk "${row.data.jumlah_kk}" is not a count`,
      )
    }
    return {
      kode: row.data.kode,
      level: row.data.level,
      tahun: row.data.tahun,
      programs: programs as ProgramCode[],
      jumlah_kk: row.data.status === 'ada' ? count : null,
      status: row.data.status,
      terlarang: row.data.terlarang === '1',
    }
  })
}

/** Validates both files. Pure: the caller fetches. */
export function assembleProgramData(definitionsJson: unknown, csvText: string): ProgramData {
  const file = programsFileSchema.safeParse(definitionsJson)
  if (!file.success) {
    const issue = file.error.issues[0]
    throw new ProgramDataError(`programs.json at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`)
  }
  const programs = [...file.data.programs].sort((a, b) => a.urutan - b.urutan)
  return { programs, rules: file.data.rules, combinations: parseCombinationsCsv(csvText) }
}

/** Fetches both files; `null` when the snapshot has none (built without the demo). */
export async function fetchProgramData(
  baseUrl: string,
  fetchFn: typeof fetch = fetch,
): Promise<ProgramData | null> {
  const read = async (file: string): Promise<string | null> => {
    try {
      const response = await fetchFn(`${baseUrl}${file}`)
      return response.ok ? await response.text() : null
    } catch {
      return null
    }
  }
  const [json, csv] = await Promise.all([read(PROGRAM_FILES.definitions), read(PROGRAM_FILES.combinations)])
  // A static host with an SPA fallback answers a missing file with index.html.
  if (json === null || csv === null || !csv.startsWith('kode,')) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    throw new ProgramDataError('programs.json is not JSON')
  }
  return assembleProgramData(parsed, csv)
}
