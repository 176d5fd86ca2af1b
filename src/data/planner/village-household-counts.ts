import { z } from 'zod/mini'
import { parseRows } from './parse-rows.ts'
import type { PlannerEngine, RpcRequest } from './planner-request.ts'

/** Household counts of one village in one DTSEN period, from the row-level data (planners only). */
export interface VillageHouseholdCounts {
  periode: number
  jumlah_keluarga: number
  jumlah_miskin: number
  jumlah_miskin_ekstrem: number
  /** People in those households (sum of `jumlah_anggota`). */
  jumlah_jiwa: number
}

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
