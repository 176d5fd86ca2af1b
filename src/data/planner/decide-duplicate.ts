import { z } from 'zod/mini'
import { DUPLICATE_DECISIONS, type DuplicateDecision } from './duplicate-pairs.ts'
import { parseRows } from './parse-rows.ts'
import { PlannerDataError, type PlannerEngine, type RpcRequest } from './planner-request.ts'

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
  const note = catatan.trim()
  if (!/^[0-9a-f]{32}$/.test(kunci)) {
    throw new PlannerDataError('invalid', `kunci: expected a pair key of 32 hex digits, got "${kunci}"`)
  }
  if (note.length > MAX_DECISION_NOTE_LENGTH) {
    throw new PlannerDataError(
      'invalid',
      `catatan: at most ${MAX_DECISION_NOTE_LENGTH} characters, got ${note.length}`,
    )
  }
  return {
    kind: 'rpc',
    fn: 'tetapkan_keputusan_duplikat',
    args: { p_kunci: kunci, p_keputusan: keputusan, p_catatan: note },
  }
}

/** Stores a decision on the pair `kunci` and returns it as saved. */
export async function decideDuplicate(
  engine: PlannerEngine,
  kunci: string,
  keputusan: DuplicateDecision,
  catatan: string,
): Promise<SavedDecision> {
  const [saved] = parseRows(
    'tetapkan_keputusan_duplikat',
    savedSchema,
    await engine.run(decideDuplicateRequest(kunci, keputusan, catatan)),
  )
  if (!saved) throw new PlannerDataError('invalid', 'rpc tetapkan_keputusan_duplikat: no row returned')
  return saved
}
