import { z } from 'zod/mini'
import { DUPLICATE_DECISIONS, type DuplicateDecision } from './duplicate-pairs.ts'
import { PlannerDataError, type PlannerEngine, type RpcRequest, rpcRequest } from './planner-request.ts'
import { boundedText, runWrite } from './rpc-write.ts'

/** Longest note `keputusan_duplikat.catatan` accepts (its check constraint). */
export const MAX_DECISION_NOTE_LENGTH = 500

const savedSchema = z.object({
  kunci_pasangan: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
  keputusan: z.enum(DUPLICATE_DECISIONS),
  catatan: z.string(),
  diputuskan_pada: z.string().check(z.minLength(1)),
})

/** A decision as stored: who decided is not returned to the client, when is (ISO 8601). */
export type SavedDecision = z.infer<typeof savedSchema>

/**
 * The request: `public.tetapkan_keputusan_duplikat(p_kunci, p_keputusan, p_catatan)`, an upsert keyed by
 * the pair key (so it survives a re-import); who and when are stamped by the database.
 */
export function decideDuplicateRequest(
  kunci: string,
  keputusan: DuplicateDecision,
  catatan: string,
): RpcRequest {
  if (!/^[0-9a-f]{32}$/.test(kunci)) {
    throw new PlannerDataError('invalid', `kunci: expected a pair key of 32 hex digits, got "${kunci}"`)
  }
  return rpcRequest('tetapkan_keputusan_duplikat', {
    p_kunci: kunci,
    p_keputusan: keputusan,
    p_catatan: boundedText('catatan', catatan, MAX_DECISION_NOTE_LENGTH),
  })
}

/** Stores a decision on the pair `kunci` and returns it as saved. */
export async function decideDuplicate(
  engine: PlannerEngine,
  kunci: string,
  keputusan: DuplicateDecision,
  catatan: string,
): Promise<SavedDecision> {
  return runWrite(engine, decideDuplicateRequest(kunci, keputusan, catatan), savedSchema)
}
