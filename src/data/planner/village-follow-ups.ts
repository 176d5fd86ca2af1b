import { FOLLOW_UP_COLUMNS, type FollowUp, followUpSchema } from './follow-up.ts'
import { parseRows } from './parse-rows.ts'
import type { PlannerEngine, SelectRequest } from './planner-request.ts'

/** How many past follow-ups of a village the screen lists (newest first). */
export const FOLLOW_UP_HISTORY_LIMIT = 50

/** The request: the follow-up log of one village, newest first. */
export function villageFollowUpsRequest(kodeDesa: string): SelectRequest {
  return {
    kind: 'select',
    from: 'tindak_lanjut_desa',
    columns: FOLLOW_UP_COLUMNS,
    filters: [{ column: 'kode_desa', value: kodeDesa }],
    order: [
      { column: 'dibuat_pada', ascending: false },
      { column: 'id', ascending: false },
    ],
    limit: FOLLOW_UP_HISTORY_LIMIT,
  }
}

/** The follow-up log of `kodeDesa`, newest first (the first entry is the current status). */
export async function fetchVillageFollowUps(engine: PlannerEngine, kodeDesa: string): Promise<FollowUp[]> {
  return parseRows('tindak_lanjut_desa', followUpSchema, await engine.run(villageFollowUpsRequest(kodeDesa)))
}
