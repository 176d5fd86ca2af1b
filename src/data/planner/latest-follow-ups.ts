import { FOLLOW_UP_COLUMNS, type FollowUp, followUpSchema } from './follow-up.ts'
import { parseRows } from './parse-rows.ts'
import type { PlannerEngine, SelectRequest } from './planner-request.ts'

/** The request: the current follow-up of every village that has one (`public.tindak_lanjut_terkini`). */
export function latestFollowUpsRequest(): SelectRequest {
  return {
    kind: 'select',
    from: 'tindak_lanjut_terkini',
    columns: FOLLOW_UP_COLUMNS,
    filters: [],
    order: [{ column: 'kode_desa', ascending: true }],
  }
}

/** The current follow-up per village, by village code. */
export async function fetchLatestFollowUps(engine: PlannerEngine): Promise<Map<string, FollowUp>> {
  const rows = parseRows('tindak_lanjut_terkini', followUpSchema, await engine.run(latestFollowUpsRequest()))
  return new Map(rows.map((row) => [row.kode_desa, row]))
}
