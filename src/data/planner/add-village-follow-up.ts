import { type FollowUp, type FollowUpStatus, followUpSchema, MAX_NOTE_LENGTH } from './follow-up.ts'
import { parseRows } from './parse-rows.ts'
import { PlannerDataError, type PlannerEngine, type RpcRequest } from './planner-request.ts'

/** What a planner writes: the new status of a village and a note. */
export interface NewFollowUp {
  kode_desa: string
  status: FollowUpStatus
  catatan: string
}

/**
 * The request: `public.tambah_tindak_lanjut(p_kode_desa, p_status, p_catatan)`. The author and the time
 * are the database's (the JWT's e-mail on Supabase, "perangkat-lokal" in local mode; `now()`), so nobody
 * can sign or date a note as someone else, or in the future.
 */
export function addVillageFollowUpRequest(followUp: NewFollowUp): RpcRequest {
  const catatan = followUp.catatan.trim()
  if (catatan.length > MAX_NOTE_LENGTH) {
    throw new PlannerDataError(
      'invalid',
      `catatan: at most ${MAX_NOTE_LENGTH} characters, got ${catatan.length}`,
    )
  }
  return {
    kind: 'rpc',
    fn: 'tambah_tindak_lanjut',
    args: { p_kode_desa: followUp.kode_desa, p_status: followUp.status, p_catatan: catatan },
  }
}

/** Stores a follow-up and returns it as saved (with its id, author and timestamp). */
export async function addVillageFollowUp(engine: PlannerEngine, followUp: NewFollowUp): Promise<FollowUp> {
  const [saved] = parseRows(
    'tambah_tindak_lanjut',
    followUpSchema,
    await engine.run(addVillageFollowUpRequest(followUp)),
  )
  if (!saved) throw new PlannerDataError('invalid', 'rpc tambah_tindak_lanjut: the database returned no row')
  return saved
}
