/**
 * PostgREST emulation for SQL tests. PostgREST runs every request in a transaction that switches to the
 * role named in the JWT and exposes the claims as `request.jwt.claims`; we do the same with
 * `set local role` + `set_config(..., true)` and always roll back, so tests never leave data behind.
 */
import type { SqlClient } from '../../scripts/db/sql-client.ts'

/** The roles PostgREST switches to on Supabase. */
export type ApiRole = 'anon' | 'authenticated' | 'service_role'

/** A fixed, made-up user id, so `auth.uid()` is deterministic in tests. */
export const TEST_USER_ID = '00000000-0000-4000-8000-000000000001'

/** JWT claims PostgREST would expose for a request made with that role's key or session. */
export function claimsFor(role: ApiRole): Record<string, unknown> {
  if (role === 'authenticated') return { role, sub: TEST_USER_ID, app_metadata: { role: 'planner' } }
  return { role }
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

/** Inside a transaction: become `role` with its claims until the transaction ends. */
export async function becomeRole(client: SqlClient, role: ApiRole): Promise<void> {
  // A role name cannot be a bind parameter; ApiRole is a closed union of plain identifiers.
  await client.exec(`set local role ${role}`)
  await client.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claimsFor(role))])
}

/** Runs `body` as `role`, as PostgREST would for one request, then rolls everything back. */
export async function asRole<T>(
  client: SqlClient,
  role: ApiRole,
  body: (client: SqlClient) => Promise<T>,
): Promise<T> {
  return inRollback(client, async () => {
    await becomeRole(client, role)
    return body(client)
  })
}
