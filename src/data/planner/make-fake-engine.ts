import type { PlannerEngine, PlannerRequest, ResultRow } from './planner-request.ts'

/**
 * A test engine that records every request and answers each with `rows` (or `answer(request)`), so query
 * files can be tested without a database; the SQL behind them is tested in supabase/tests.
 */
export function makeFakeEngine(answer: ResultRow[] | ((request: PlannerRequest) => ResultRow[])): {
  engine: PlannerEngine
  requests: PlannerRequest[]
} {
  const requests: PlannerRequest[] = []
  return {
    requests,
    engine: {
      kind: 'local',
      async run(request) {
        requests.push(request)
        return typeof answer === 'function' ? answer(request) : answer
      },
    },
  }
}
