import type { PlannerErrorReason } from './planner-request.ts'

/**
 * What a PostgreSQL error means for the planner screen, from its SQLSTATE: 42501 (insufficient
 * privilege, or a row refused by RLS) is `forbidden`; class 22 (bad data) and 23 (a broken constraint)
 * are `invalid`; anything else is the engine being `unavailable`.
 */
export function sqlErrorReason(code: string | undefined): PlannerErrorReason {
  if (code === '42501') return 'forbidden'
  if (code?.startsWith('22') || code?.startsWith('23')) return 'invalid'
  return 'unavailable'
}
