/**
 * PostgREST emulation for SQL tests. PostgREST runs every request in a transaction that switches to the
 * role named in the JWT and exposes the claims as `request.jwt.claims`; we do the same with
 * `set local role` + `set_config(..., true)` and always roll back, so tests never leave data behind.
 */
import type { SqlClient } from '../../scripts/db/sql-client.ts'

/**
 * The database roles PostgREST switches to on Supabase, and `penerbit`, the publishing role the data
 * build switches to (migration 20261203100000; never an API role).
 */
export type ApiRole = 'anon' | 'authenticated' | 'service_role' | 'penerbit'

/**
 * Who makes the request. `authenticated` is a signed-in user without an application role; `planner` and
 * `admin` are signed-in users whose JWT carries `app_metadata.role` (set by an admin, never by the user),
 * so they run as the database role `authenticated` too. The other two are database roles as they are.
 */
export type Caller = ApiRole | 'planner' | 'admin'

/** A fixed, made-up user id, so `auth.uid()` is deterministic in tests. */
export const TEST_USER_ID = '00000000-0000-4000-8000-000000000001'

/** The database role PostgREST switches to for `caller`. */
export function roleOf(caller: Caller): ApiRole {
  return caller === 'planner' || caller === 'admin' ? 'authenticated' : caller
}

/** JWT claims PostgREST would expose for a request made by `caller` (its key or its session). */
export function claimsFor(caller: Caller): Record<string, unknown> {
  if (caller === 'planner' || caller === 'admin') {
    return { role: 'authenticated', sub: TEST_USER_ID, app_metadata: { role: caller } }
  }
  if (caller === 'authenticated') return { role: caller, sub: TEST_USER_ID, app_metadata: {} }
  return { role: caller }
}

/** Runs `body` in a transaction that is always rolled back, whatever happens inside. */
export async function inRollback<T>(client: SqlClient, body: (client: SqlClient) => Promise<T>): Promise<T> {
  await client.exec('begin')
  try {
    return await body(client)
  } finally {
    await client.exec('rollback')
  }
}

/** Inside a transaction: become `caller`'s role with its claims until the transaction ends. */
export async function becomeRole(client: SqlClient, caller: Caller): Promise<void> {
  await becomeRoleWithClaims(client, roleOf(caller), claimsFor(caller))
}

/** Inside a transaction: become `role` with hand-made `claims`, e.g. a forged or unusual token. */
export async function becomeRoleWithClaims(
  client: SqlClient,
  role: ApiRole,
  claims: Record<string, unknown>,
): Promise<void> {
  // A role name cannot be a bind parameter; ApiRole is a closed union of plain identifiers.
  await client.exec(`set local role ${role}`)
  await client.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims)])
}

/** Inside a transaction: back to the connecting superuser, e.g. to look behind RLS after a request. */
export async function resetRole(client: SqlClient): Promise<void> {
  await client.exec('reset role')
  await client.query(`select set_config('request.jwt.claims', '', true)`)
}

/** Runs `body` as `caller`, as PostgREST would for one request, then rolls everything back. */
export async function asRole<T>(
  client: SqlClient,
  caller: Caller,
  body: (client: SqlClient) => Promise<T>,
): Promise<T> {
  return inRollback(client, async () => {
    await becomeRole(client, caller)
    return body(client)
  })
}
