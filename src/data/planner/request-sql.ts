/**
 * The SQL of a planner request: what PostgREST would run for it on Supabase, written out for the local
 * engine and for the SQL tests (which run exactly this on PGlite and PostgreSQL under each role).
 * Identifiers are checked against a strict pattern (they come from our own query files, never from
 * users); values always travel as `$n` parameters.
 */
import type { Json } from '../database.types.ts'
import type { ArgumentValue, PlannerRequest } from './planner-request.ts'

/** A statement with `$1`-style parameters. */
export interface SqlStatement {
  sql: string
  params: Json[]
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/

function identifier(name: string, what: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`request-sql: ${what} "${name}" is not a plain snake_case name`)
  return name
}

function columnList(columns: readonly string[], what: string): string {
  if (columns.length === 0) throw new Error(`request-sql: ${what} lists no columns`)
  return columns.map((column) => identifier(column, `${what} column`)).join(', ')
}

/** Turns a request into one SQL statement on schema `public`. Throws on a malformed request. */
export function requestSql(request: PlannerRequest): SqlStatement {
  switch (request.kind) {
    case 'rpc': {
      // An argument left undefined is left out, as JSON (and so PostgREST) leaves it out: SQL's default applies.
      const entries = Object.entries(request.args as Readonly<Record<string, ArgumentValue>>).filter(
        (entry): entry is [string, Json] => entry[1] !== undefined,
      )
      const args = entries.map(([name], index) => `${identifier(name, 'argument')} => $${index + 1}`)
      return {
        sql: `select * from public.${identifier(request.fn, 'function')}(${args.join(', ')})`,
        params: entries.map(([, value]) => value),
      }
    }
    case 'select': {
      const where = request.filters.map(
        (filter, index) => `${identifier(filter.column, 'filter column')} = $${index + 1}`,
      )
      const order = request.order.map(
        (item) => `${identifier(item.column, 'order column')} ${item.ascending ? 'asc' : 'desc'}`,
      )
      if (request.limit !== undefined && !(Number.isInteger(request.limit) && request.limit > 0)) {
        throw new Error(`request-sql: limit must be a positive integer, got ${request.limit}`)
      }
      const sql = [
        `select ${columnList(request.columns, 'select')} from public.${identifier(request.from, 'relation')}`,
        where.length > 0 ? `where ${where.join(' and ')}` : '',
        order.length > 0 ? `order by ${order.join(', ')}` : '',
        request.limit !== undefined ? `limit ${request.limit}` : '',
      ]
      return { sql: sql.filter(Boolean).join(' '), params: request.filters.map((filter) => filter.value) }
    }
  }
}

/**
 * A database value as PostgREST would put it into JSON: timestamps as ISO strings, int8 as a number
 * (our counts stay far below 2^53), so every engine hands the query files the same shapes.
 */
export function toJsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'bigint') return Number(value)
  return value
}

/** {@link toJsonValue} over every column of a row. */
export function toJsonRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, toJsonValue(value)]))
}
