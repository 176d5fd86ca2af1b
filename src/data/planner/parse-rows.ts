import type { z } from 'zod/mini'
import { PlannerDataError, type ResultRow } from './planner-request.ts'

/**
 * Validates the rows an engine returned against a query's row schema, once, at the edge: a row that does
 * not fit is a {@link PlannerDataError} naming the query, the row and the field.
 */
export function parseRows<T>(query: string, schema: z.ZodMiniType<T>, rows: readonly ResultRow[]): T[] {
  return rows.map((row, index) => {
    const parsed = schema.safeParse(row)
    if (parsed.success) return parsed.data
    const issue = parsed.error.issues[0]
    const field = issue?.path.join('.') || '(row)'
    throw new PlannerDataError(
      'invalid',
      `${query}: row ${index + 1} has an unexpected ${field}: ${issue?.message ?? 'invalid value'}`,
    )
  })
}
