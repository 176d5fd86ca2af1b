/**
 * public.app_role() and public.is_planner(): the planner role comes from the JWT's app_metadata, which only
 * an admin can set through Supabase Auth, never from user_metadata, which every user can edit.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { type ApiRole, asRole, becomeRoleWithClaims, type Caller, inRollback } from './as-role.ts'

async function readRole(client: SqlClient): Promise<unknown[]> {
  const { rows } = await client.query(
    'select public.app_role() as app_role, public.is_planner() as is_planner',
  )
  return rows
}

/** Defines the planner-role helper tests; `db` returns the migrated database. */
export function describePlannerRole(db: () => SqlClient): void {
  describe('public.app_role() and public.is_planner()', () => {
    it.each([
      ['anon', '', false],
      ['authenticated', '', false],
      ['planner', 'planner', true],
      ['admin', 'admin', true],
      ['service_role', '', false],
    ] as const)(
      'give %s the app role "%s" and is_planner = %s',
      async (caller: Caller, appRole, isPlanner) => {
        expect(await asRole(db(), caller, readRole)).toEqual([{ app_role: appRole, is_planner: isPlanner }])
      },
    )

    it.each([
      ['a role in user_metadata, which users edit themselves', { user_metadata: { role: 'planner' } }],
      ['an app role other than planner or admin', { app_metadata: { role: 'viewer' } }],
      ['a top-level claim named planner', { planner: true }],
    ])('do not make a planner of %s', async (_label, extraClaims) => {
      const role: ApiRole = 'authenticated'
      const rows = await inRollback(db(), async (client) => {
        await becomeRoleWithClaims(client, role, {
          role,
          sub: '00000000-0000-4000-8000-000000000002',
          ...extraClaims,
        })
        return readRole(client)
      })
      expect(rows).toMatchObject([{ is_planner: false }])
    })
  })
}
