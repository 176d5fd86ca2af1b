/**
 * Row-level security of `public.regions`, written once and run on both engines through schema.cases.ts.
 * Every test runs in a transaction that is rolled back.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { type ApiRole, asRole, becomeRole, inRollback } from './as-role.ts'
import { insertRegion, makeRegion, SEEDED_KODES } from './make-region.ts'

/** The roles a browser can hold: the public (anon key) and a signed-in planner. */
const READERS = ['anon', 'authenticated'] as const satisfies readonly ApiRole[]

type Write = 'insert' | 'update' | 'delete'

/** One write per verb; each returns the kodes it touched (`returning`), so "nothing happened" is []. */
const WRITES: Record<Write, (client: SqlClient) => Promise<string[]>> = {
  insert: (client) => insertRegion(client, makeRegion()),
  update: (client) =>
    kodes(
      client,
      `update public.regions set nama = 'Nama Diubah' where kode = '99.01.01.2001' returning kode`,
    ),
  delete: (client) => kodes(client, `delete from public.regions where kode = '99.01.02.2001' returning kode`),
}

async function kodes(client: SqlClient, sql: string): Promise<string[]> {
  const { rows } = await client.query<{ kode: string }>(sql)
  return rows.map((row) => row.kode)
}

/** Every region kode, in `order by kode collate "C"` order. */
export async function seededKodes(client: SqlClient): Promise<string[]> {
  return kodes(client, 'select kode from public.regions order by kode collate "C"')
}

/** Defines the regions RLS tests; `db` returns the migrated and seeded database. */
export function describeRegionsRls(db: () => SqlClient): void {
  describe('public.regions row-level security', () => {
    it('is enabled on public.regions', async () => {
      const { rows } = await db().query(
        `select relrowsecurity from pg_class where oid = 'public.regions'::regclass`,
      )
      expect(rows).toEqual([{ relrowsecurity: true }])
    })

    it('has exactly the two documented policies, each naming its roles', async () => {
      const { rows } = await db().query(
        `select policyname, cmd, array(select r::text from unnest(roles) as r order by 1) as roles
         from pg_policies where schemaname = 'public' and tablename = 'regions' order by policyname`,
      )
      expect(rows).toEqual([
        { policyname: 'Only the service role writes regions', cmd: 'ALL', roles: ['service_role'] },
        { policyname: 'Regions are readable by everyone', cmd: 'SELECT', roles: ['anon', 'authenticated'] },
      ])
    })

    it.each([
      ['anon', false],
      ['authenticated', false],
      ['service_role', true],
    ] as const)('gives %s bypassrls = %s and no login', async (role, bypassesRls) => {
      const { rows } = await db().query('select rolbypassrls, rolcanlogin from pg_roles where rolname = $1', [
        role,
      ])
      expect(rows).toEqual([{ rolbypassrls: bypassesRls, rolcanlogin: false }])
    })

    it.each(READERS)('lets %s read every seeded region', async (role) => {
      expect(await asRole(db(), role, seededKodes)).toEqual([...SEEDED_KODES])
    })

    it.each(
      READERS.flatMap((role) =>
        (['insert', 'update', 'delete'] as const).map((write) => [write, role] as const),
      ),
    )('rejects %s by %s with "permission denied for table regions"', async (write, role) => {
      await expect(asRole(db(), role, WRITES[write])).rejects.toMatchObject({
        code: '42501',
        message: 'permission denied for table regions',
      })
    })

    // Defence in depth: on Supabase a careless `grant all` is one line away. Then RLS must still hold.
    it.each(READERS)('rejects an insert by %s through RLS even when INSERT was granted', async (role) => {
      const attempt = inRollback(db(), async (client) => {
        await client.exec(`grant insert on public.regions to ${role}`)
        await becomeRole(client, role)
        return WRITES.insert(client)
      })
      await expect(attempt).rejects.toMatchObject({
        code: '42501',
        message: 'new row violates row-level security policy for table "regions"',
      })
    })

    it.each(READERS)('lets update and delete by %s touch no row even when granted', async (role) => {
      const result = await inRollback(db(), async (client) => {
        await client.exec(`grant update, delete on public.regions to ${role}`)
        await becomeRole(client, role)
        const touched = [...(await WRITES.update(client)), ...(await WRITES.delete(client))]
        const { rows } = await client.query(`select nama from public.regions where kode = '99.01.01.2001'`)
        return { touched, kodes: await seededKodes(client), nama: rows }
      })
      expect(result).toEqual({ touched: [], kodes: [...SEEDED_KODES], nama: [{ nama: 'Desa Satu Contoh' }] })
    })

    it.each([
      ['insert', ['99.01.02.2002']],
      ['update', ['99.01.01.2001']],
      ['delete', ['99.01.02.2001']],
    ] as const)('lets service_role %s regions', async (write, expected) => {
      expect(await asRole(db(), 'service_role', WRITES[write])).toEqual(expected)
    })

    it('stamps updated_at when service_role updates a region', async () => {
      const rows = await asRole(db(), 'service_role', async (client) => {
        await WRITES.update(client)
        const result = await client.query(
          `select updated_at = now() as is_now from public.regions where kode = '99.01.01.2001'`,
        )
        return result.rows
      })
      expect(rows).toEqual([{ is_now: true }])
    })

    it.each(['anon', 'authenticated', 'service_role'] as const)(
      'makes auth.role() return %s under the emulated PostgREST claims',
      async (role) => {
        const rows = await asRole(
          db(),
          role,
          async (client) => (await client.query('select auth.role()')).rows,
        )
        expect(rows).toEqual([{ role }])
      },
    )
  })
}
