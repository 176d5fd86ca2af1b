import { z } from 'zod/mini'
import { PROGRAM_CODES, type ProgramCode } from '../programs.ts'
import { parseRows } from './parse-rows.ts'
import { PlannerDataError, type PlannerEngine, type RpcRequest } from './planner-request.ts'

const rowSchema = z.object({
  kode: z.string().check(z.regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/)),
  kombinasi: z.string().check(z.minLength(1)),
  // int8 count: a number from PostgREST, a string from node-postgres; null when withheld (1–4).
  jumlah_kk: z.nullable(z.coerce.number().check(z.int(), z.nonnegative())),
  status: z.enum(['ada', 'ditahan']),
})

/** Households of one village with one disallowed combination of programs. */
export interface DisallowedCombination {
  programs: ProgramCode[]
  /** `null` when withheld (1–4 households). */
  jumlah_kk: number | null
}

/** A village's households in disallowed combinations, in one year. */
export interface VillageDisallowed {
  kode: string
  combinations: DisallowedCombination[]
  /** Households in combinations whose count is shown (withheld ones are not added). */
  shown: number
  /** How many combinations were withheld (1–4 households each). */
  withheld: number
}

/**
 * The request: `public.kombinasi_terlarang_desa(p_tahun)`, the village rows of `kombinasi_wilayah` in
 * `tahun` that break a rule, ordered by village and combination. A function rather than a filtered read of
 * the view: the view's grouping sets apply a year filter only after grouping every year (6 s against 1 s on
 * the full demo, migration 20261201160000).
 */
export function disallowedCombinationsRequest(tahun: number): RpcRequest {
  return { kind: 'rpc', fn: 'kombinasi_terlarang_desa', args: { p_tahun: tahun } }
}

function programsOf(kombinasi: string, row: number): ProgramCode[] {
  const codes = kombinasi.split('+')
  for (const code of codes) {
    if (!(PROGRAM_CODES as readonly string[]).includes(code)) {
      throw new PlannerDataError(
        'invalid',
        `kombinasi_terlarang_desa: row ${row} has an unknown program "${code}"`,
      )
    }
  }
  return codes as ProgramCode[]
}

/**
 * Per village (by code), the households in combinations of programs that break a rule in `tahun`, as the
 * public view publishes them (counts of 1–4 withheld). Villages without any are absent.
 */
export async function fetchDisallowedCombinations(
  engine: PlannerEngine,
  tahun: number,
): Promise<VillageDisallowed[]> {
  const rows = parseRows(
    'kombinasi_terlarang_desa',
    rowSchema,
    await engine.run(disallowedCombinationsRequest(tahun)),
  )
  const byVillage = new Map<string, VillageDisallowed>()
  rows.forEach((row, index) => {
    const village = byVillage.get(row.kode) ?? { kode: row.kode, combinations: [], shown: 0, withheld: 0 }
    const jumlah = row.status === 'ada' ? row.jumlah_kk : null
    village.combinations.push({ programs: programsOf(row.kombinasi, index + 1), jumlah_kk: jumlah })
    if (jumlah === null) village.withheld += 1
    else village.shown += jumlah
    byVillage.set(row.kode, village)
  })
  return [...byVillage.values()]
}
