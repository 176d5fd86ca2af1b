/**
 * A planner query as plain data: what to call or read, never how. Each query file builds one of these;
 * each engine interprets it (`data/local/local-database.ts` as SQL in the browser's PGlite, `supabase-engine.ts` as a
 * PostgREST request), so the same request means the same SQL on every engine. The shapes mirror
 * PostgREST's vocabulary: an RPC call, or a `select` from a table or view with equality filters. There is
 * no insert, update or delete: every write is an RPC call to a function that checks the caller, stamps the
 * author and the time in the database and keeps the history (supabase/README.md).
 */

import type { Database, Json } from '../database.types.ts'

type PublicSchema = Database['public']
type Functions = PublicSchema['Functions']
type Tables = PublicSchema['Tables']
type Views = PublicSchema['Views']

/** A value PostgREST and SQL both carry as a filter value. */
export type RequestValue = string | number | boolean | null

/** A value a function argument may carry: JSON, as PostgREST sends it (jsonb arguments take objects). */
export type ArgumentValue = Json | undefined

/** Every function of schema `public`, by the generated `Database` type. */
export type FunctionName = keyof Functions & string

/**
 * The named arguments of `public.<F>` as the generated types declare them. An argument with a default
 * (optional in the generated type) may also be passed as null: every such default here is NULL, and
 * the generated types do not say that.
 */
export type FunctionArgs<F extends FunctionName> = {
  [A in keyof Functions[F]['Args']]: undefined extends Functions[F]['Args'][A]
    ? Functions[F]['Args'][A] | null
    : Functions[F]['Args'][A]
}

/** Every table and view of schema `public`. */
export type RelationName = (keyof Tables | keyof Views) & string

/** A row of the table or view `R`. */
export type RelationRow<R extends RelationName> = R extends keyof Tables
  ? Tables[R]['Row']
  : R extends keyof Views
    ? Views[R]['Row']
    : never

/** A column of the table or view `R`. */
export type ColumnOf<R extends RelationName> = keyof RelationRow<R> & string

/**
 * Calls the function `public.<fn>` with named arguments (`POST /rest/v1/rpc/<fn>`). One variant per
 * function, so a misspelt function, a renamed argument or a value of the wrong type fails `tsc`.
 */
export type RpcRequest<F extends FunctionName = FunctionName> = {
  [K in F]: { kind: 'rpc'; fn: K; args: Readonly<FunctionArgs<K>> }
}[F]

/** The request calling `fn` with `args`, typed by the function's generated signature. */
export function rpcRequest<F extends FunctionName>(fn: F, args: FunctionArgs<F>): RpcRequest<F> {
  return { kind: 'rpc', fn, args } as RpcRequest<F>
}

/**
 * Reads `columns` of the table or view `public.<from>` (`GET /rest/v1/<from>?select=…`). One variant
 * per relation, so every column named (selected, filtered or ordered on) must be one of its columns.
 */
export type SelectRequest<R extends RelationName = RelationName> = {
  [K in R]: {
    kind: 'select'
    from: K
    columns: readonly ColumnOf<K>[]
    /** `column = value` filters, all of which must hold. */
    filters: readonly { column: ColumnOf<K>; value: Exclude<RequestValue, null> }[]
    order: readonly { column: ColumnOf<K>; ascending: boolean }[]
    limit?: number
  }
}[R]

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
