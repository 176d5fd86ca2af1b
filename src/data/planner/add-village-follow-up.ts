import { type FollowUp, type FollowUpStatus, followUpSchema, MAX_NOTE_LENGTH } from './follow-up.ts'
import { type PlannerEngine, type RpcRequest, rpcRequest } from './planner-request.ts'
import { boundedText, runWrite } from './rpc-write.ts'

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
  return rpcRequest('tambah_tindak_lanjut', {
    p_kode_desa: followUp.kode_desa,
    p_status: followUp.status,
    p_catatan: boundedText('catatan', followUp.catatan, MAX_NOTE_LENGTH),
  })
}

/** Stores a follow-up and returns it as saved (with its id, author and timestamp). */
export async function addVillageFollowUp(engine: PlannerEngine, followUp: NewFollowUp): Promise<FollowUp> {
  return runWrite(engine, addVillageFollowUpRequest(followUp), followUpSchema)
}
