/**
 * The shared steps of a planner write: every write is one RPC call (planner-request.ts) whose free text
 * the client checks against the column's limit first, and whose one returned row is the record as saved.
 */
import type { z } from 'zod/mini'
import { parseRows } from './parse-rows.ts'
import { PlannerDataError, type PlannerEngine, type RpcRequest } from './planner-request.ts'

/**
 * `text` trimmed, as the database stores it; a {@link PlannerDataError} naming `field` when it is longer
 * than `maxLength` (the column's check constraint), so the planner learns it before the round trip.
 */
export function boundedText(field: string, text: string, maxLength: number): string {
  const trimmed = text.trim()
  if (trimmed.length > maxLength) {
    throw new PlannerDataError('invalid', `${field}: at most ${maxLength} characters, got ${trimmed.length}`)
  }
  return trimmed
}

/**
 * Runs the write `request` and returns the one row it returns, validated by `schema`; no row at all is a
 * {@link PlannerDataError} (a write that saved nothing must not look saved).
 */
export async function runWrite<T>(
  engine: PlannerEngine,
  request: RpcRequest,
  schema: z.ZodMiniType<T>,
): Promise<T> {
  const [saved] = parseRows(request.fn, schema, await engine.run(request))
  if (!saved) throw new PlannerDataError('invalid', `rpc ${request.fn}: no row returned`)
  return saved
}
