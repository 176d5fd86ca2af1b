/**
 * The Supabase implementation of {@link PlannerEngine}: each request becomes the PostgREST call whose SQL
 * request-sql.ts writes out (`POST /rest/v1/rpc/<fn>`, `GET /rest/v1/<view>?select=…`), sent with the
 * planner's session. Errors are mapped to what the
 * screen can act on: an expired or missing session sends the planner back to the login.
 */
import type { PostgrestError, SupabaseClient } from '@supabase/supabase-js'
import {
  describeRequest,
  PlannerDataError,
  type PlannerEngine,
  type PlannerRequest,
  type ResultRow,
} from '../planner/planner-request.ts'
import { sqlErrorReason } from '../planner/sql-error-reason.ts'
import type { PlannerClient } from './planner-client.ts'

/** PostgREST's codes for a token it cannot accept (expired, bad signature, bad claims). */
const SESSION_ERROR_CODES = new Set(['PGRST301', 'PGRST302', 'PGRST303'])

interface Response {
  data: unknown
  error: PostgrestError | null
  status: number
}

function send(typedClient: PlannerClient, request: PlannerRequest): PromiseLike<Response> {
  // The request's own type has checked its function, relation, column and argument names against the
  // generated schema; this interpreter sends any of them, so it speaks to the client without the schema.
  const client = typedClient as unknown as SupabaseClient
  switch (request.kind) {
    case 'rpc':
      return client.rpc(request.fn, { ...request.args })
    case 'select': {
      let query = client.from(request.from).select(request.columns.join(','))
      for (const filter of request.filters) query = query.eq(filter.column, filter.value)
      for (const item of request.order) query = query.order(item.column, { ascending: item.ascending })
      return request.limit === undefined ? query : query.limit(request.limit)
    }
  }
}

function isRow(data: unknown): data is ResultRow {
  return typeof data === 'object' && data !== null && !Array.isArray(data)
}

/** Wraps a client made by createPlannerClient(). */
export function createSupabaseEngine(client: PlannerClient): PlannerEngine {
  return {
    kind: 'supabase',
    async run(request: PlannerRequest): Promise<ResultRow[]> {
      const what = describeRequest(request)
      const { data: session } = await client.auth.getSession()
      if (!session.session) throw new PlannerDataError('session-expired', `${what}: not signed in`)
      let response: Response
      try {
        response = await send(client, request)
      } catch (error) {
        throw new PlannerDataError('unavailable', `${what}: ${(error as Error).message}`)
      }
      const { data, error, status } = response
      if (error) {
        const reason =
          status === 401 || SESSION_ERROR_CODES.has(error.code)
            ? 'session-expired'
            : sqlErrorReason(error.code)
        throw new PlannerDataError(reason, `${what}: ${error.message} (${error.code || `HTTP ${status}`})`)
      }
      // A function returning one composite value (not `setof`) comes back as a single JSON object.
      if (request.kind === 'rpc' && isRow(data)) return [data]
      if (!Array.isArray(data)) throw new PlannerDataError('invalid', `${what}: expected a list of rows`)
      return data as ResultRow[]
    },
  }
}
