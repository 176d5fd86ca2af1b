/**
 * A planner query as plain data: what to call or read, never how. Each query file builds one of these;
 * each engine interprets it (`data/local/local-database.ts` as SQL in the browser's PGlite, `supabase-engine.ts` as a
 * PostgREST request), so the same request means the same SQL on every engine. The shapes mirror
 * PostgREST's vocabulary: an RPC call, or a `select` from a table or view with equality filters. There is
 * no insert, update or delete: every write is an RPC call to a function that checks the caller, stamps the
 * author and the time in the database and keeps the history (supabase/README.md).
 */

/** A value PostgREST and SQL both carry as a parameter. */
export type RequestValue = string | number | boolean | null

/** Calls the function `public.<fn>` with named arguments (`POST /rest/v1/rpc/<fn>`). */
export interface RpcRequest {
  kind: 'rpc'
  fn: string
  args: Readonly<Record<string, RequestValue>>
}

/** Reads `columns` of the table or view `public.<from>` (`GET /rest/v1/<from>?select=…`). */
export interface SelectRequest {
  kind: 'select'
  from: string
  columns: readonly string[]
  /** `column = value` filters, all of which must hold. */
  filters: readonly { column: string; value: Exclude<RequestValue, null> }[]
  order: readonly { column: string; ascending: boolean }[]
  limit?: number
}

/** Every request a planner query can make. */
export type PlannerRequest = RpcRequest | SelectRequest

/** A row as it crosses an engine boundary: JSON values, as PostgREST returns them. */
export type ResultRow = Record<string, unknown>

/** Something that runs requests: the published snapshot (static files), the local engine (PGlite in a worker) or Supabase. */
export interface PlannerEngine {
  /** Which engine this is, for the UI (banner, login) and messages. */
  readonly kind: 'snapshot' | 'local' | 'supabase'
  /** Runs one request as the signed-in planner; rejects with a {@link PlannerDataError}. */
  run(request: PlannerRequest): Promise<ResultRow[]>
}

/** Why a request failed, in words the screen can act on. */
export type PlannerErrorReason =
  /** The session is missing or has expired: sign in again. */
  | 'session-expired'
  /** The database refused (RLS, privileges): the account is not a planner. */
  | 'forbidden'
  /** The data did not have the expected shape, or the database rejected the values. */
  | 'invalid'
  /** Network or engine failure. */
  | 'unavailable'

/** A failed planner request; `message` names the request and the cause. */
export class PlannerDataError extends Error {
  readonly reason: PlannerErrorReason
  constructor(reason: PlannerErrorReason, message: string) {
    super(message)
    this.name = 'PlannerDataError'
    this.reason = reason
  }
}

/** A short name of a request for messages: `rpc ringkasan_keluarga_desa`, `select tindak_lanjut_desa`. */
export function describeRequest(request: PlannerRequest): string {
  switch (request.kind) {
    case 'rpc':
      return `rpc ${request.fn}`
    case 'select':
      return `select ${request.from}`
  }
}
