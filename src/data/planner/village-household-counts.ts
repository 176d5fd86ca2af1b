import { z } from 'zod/mini'
import type { Database } from '../database.types.ts'
import { parseRows } from './parse-rows.ts'
import type { PlannerEngine, RpcRequest } from './planner-request.ts'

/**
 * Household counts of one village in one DTSEN period, from the row-level data (planners only):
 * households, poor and extremely poor households, and people (`jumlah_jiwa`, the sum of household sizes).
 * The row type of the generated `database.types.ts`, so a changed function breaks the build.
 */
export type VillageHouseholdCounts =
  Database['public']['Functions']['ringkasan_keluarga_desa']['Returns'][number]

const count = () => z.int().check(z.nonnegative())

const rowSchema = z.object({
  periode: z.int().check(z.gte(2015), z.lte(2100)),
  jumlah_keluarga: count(),
  jumlah_miskin: count(),
  jumlah_miskin_ekstrem: count(),
  jumlah_jiwa: count(),
})

/** The request: `public.ringkasan_keluarga_desa(p_kode_desa)`, newest period first. */
export function villageHouseholdCountsRequest(kodeDesa: string): RpcRequest {
  return { kind: 'rpc', fn: 'ringkasan_keluarga_desa', args: { p_kode_desa: kodeDesa } }
}

/** Household counts per period of the village `kodeDesa` (empty when it has no household rows). */
export async function fetchVillageHouseholdCounts(
  engine: PlannerEngine,
  kodeDesa: string,
): Promise<VillageHouseholdCounts[]> {
  const rows = await engine.run(villageHouseholdCountsRequest(kodeDesa))
  return parseRows('ringkasan_keluarga_desa', rowSchema, rows)
}
