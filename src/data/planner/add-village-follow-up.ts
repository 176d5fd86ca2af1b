import {
  FOLLOW_UP_COLUMNS,
  type FollowUp,
  type FollowUpStatus,
  followUpSchema,
  MAX_NOTE_LENGTH,
} from './follow-up.ts'
import { parseRows } from './parse-rows.ts'
import { type InsertRequest, PlannerDataError, type PlannerEngine } from './planner-request.ts'

/** What a planner writes: the new status of a village and a note, signed by `penulis`. */
export interface NewFollowUp {
  kode_desa: string
  status: FollowUpStatus
  catatan: string
  penulis: string
}

/**
 * The request: one new row in the follow-up log. `dibuat_oleh` and `dibuat_pada` are left to the
 * database (`auth.uid()`, `now()`), so nobody can sign or date a note as someone else.
 */
export function addVillageFollowUpRequest(followUp: NewFollowUp): InsertRequest {
  const catatan = followUp.catatan.trim()
  const penulis = followUp.penulis.trim()
  if (catatan.length > MAX_NOTE_LENGTH) {
    throw new PlannerDataError(
      'invalid',
      `catatan: at most ${MAX_NOTE_LENGTH} characters, got ${catatan.length}`,
    )
  }
  if (penulis.length === 0) throw new PlannerDataError('invalid', 'penulis: the author is empty')
  return {
    kind: 'insert',
    into: 'tindak_lanjut_desa',
    row: { kode_desa: followUp.kode_desa, status: followUp.status, catatan, penulis },
    returning: FOLLOW_UP_COLUMNS,
  }
}

/** Stores a follow-up and returns it as saved (with its id, author and timestamp). */
export async function addVillageFollowUp(engine: PlannerEngine, followUp: NewFollowUp): Promise<FollowUp> {
  const [saved] = parseRows(
    'tindak_lanjut_desa',
    followUpSchema,
    await engine.run(addVillageFollowUpRequest(followUp)),
  )
  if (!saved) throw new PlannerDataError('invalid', 'insert tindak_lanjut_desa: the database returned no row')
  return saved
}
