/**
 * The indicator dictionary in SQL (`private.kamus_hitungan`, `private.kamus_indikator`, migration
 * 20261207100000): no API role reads or writes it, like every table of `private` (row level security on,
 * no policy, no grant); every count `private.hitungan_lain` computes is one the dictionary declares, and
 * every count the dictionary declares as SQL has its expression there (or, for the area, in
 * `private.wilayah_tahun`).
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { asRole, inRollback } from './as-role.ts'
import { loadFiguresFixture } from './figures-fixture.ts'

const TABLES = ['kamus_hitungan', 'kamus_indikator'] as const
const API_ROLES = ['anon', 'authenticated', 'service_role', 'penerbit'] as const
const PRIVILEGES = ['select', 'insert', 'update', 'delete'] as const

/** Defines the dictionary tests; `db` returns the migrated and seeded database. */
export function describeDictionary(db: () => SqlClient): void {
  describe('the indicator dictionary in SQL', () => {
    it.each(
      (['anon', 'authenticated', 'planner', 'service_role', 'penerbit'] as const).flatMap((caller) =>
        TABLES.map((table) => [caller, table] as const),
      ),
    )('refuses %s the table private.%s: "permission denied for schema private"', async (caller, table) => {
      const attempt = asRole(db(), caller, (client) => client.query(`select 1 from private.${table} limit 1`))
      await expect(attempt).rejects.toMatchObject({
        code: '42501',
        message: 'permission denied for schema private',
      })
    })

    it.each(TABLES)(
      'grants no API role any privilege on private.%s and keeps row level security on',
      async (table) => {
        const checks = API_ROLES.flatMap((role) =>
          PRIVILEGES.map((privilege) => `has_table_privilege('${role}', 'private.${table}', '${privilege}')`),
        )
        const { rows } = await db().query<{ any: boolean; rls: boolean }>(
          `select (${checks.join(' or ')}) as any,
           (select relrowsecurity from pg_class where oid = 'private.${table}'::regclass) as rls`,
        )
        expect(rows[0]).toEqual({ any: false, rls: true })
      },
    )

    it('declares every count private.hitungan_lain computes', async () => {
      const undeclared = await inRollback(db(), async (client) => {
        await loadFiguresFixture(client)
        const { rows } = await client.query<{ hitungan: string }>(
          `select distinct l.hitungan from private.hitungan_lain as l
           where not exists (select 1 from private.kamus_hitungan as k where k.id = l.hitungan and k.sumber = 'sql')`,
        )
        return rows.map((row) => row.hitungan)
      })
      expect(undeclared).toEqual([])
    })

    it('computes every SQL count the dictionary declares', async () => {
      const { rows } = await db().query<{ id: string }>(
        `select k.id from private.kamus_hitungan as k
         where k.sumber = 'sql'
           and position(quote_literal(k.id) in pg_get_viewdef('private.hitungan_lain'::regclass)) = 0
           and position(quote_literal(k.id) in pg_get_viewdef('private.hitungan'::regclass)) = 0
         order by 1`,
      )
      expect(rows.map((row) => row.id)).toEqual([])
    })

    it('refuses an indicator that names an undeclared count', async () => {
      const attempt = inRollback(db(), (client) =>
        client.query(
          `insert into private.kamus_indikator (id, pembilang, berlaku_di) values ('uji', 'hitungan_tak_ada', 'semua')`,
        ),
      )
      await expect(attempt).rejects.toMatchObject({ code: '23503' })
    })
  })
}
