/**
 * Years and periods outside the configured range are refused by the database itself, whoever writes
 * (migration 20261204100100), and anon reads the combination rules without the id of who changed them.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { asRole, inRollback } from './as-role.ts'
import { loadFiguresFixture } from './figures-fixture.ts'

const NEXT_YEAR = new Date().getUTCFullYear() + 1

/** Defines the year-range tests; `db` returns the migrated, seeded database. */
export function describeYearRange(db: () => SqlClient): void {
  describe('the accepted years', () => {
    it.each([
      ['keluarga', 'periode', 'update public.keluarga set periode = 2099 where periode = 2024'],
      ['penerima_bantuan', 'tahun', 'update public.penerima_bantuan set tahun = 2099 where tahun = 2024'],
      [
        'dana_desa_ketentuan',
        'tahun',
        'update public.dana_desa_ketentuan set tahun = 2099 where tahun = 2024',
      ],
    ])(
      'refuses %s.%s 2099 even from the owner, naming table, column and range',
      async (table, column, sql) => {
        const write = inRollback(db(), async (client) => {
          await loadFiguresFixture(client)
          return client.query(sql)
        })
        await expect(write).rejects.toMatchObject({
          code: '22023',
          message: `${table}.${column} 2099 is outside the accepted years 2015 to ${NEXT_YEAR}`,
        })
      },
    )

    it('accepts next year, and refuses it once the configured range says no year ahead', async () => {
      const result = await inRollback(db(), async (client) => {
        const sql = `update public.dana_desa_ketentuan set tahun = ${NEXT_YEAR} where tahun = 2024`
        await client.exec('savepoint before')
        const accepted = await client.query(`${sql} returning tahun`)
        await client.exec('rollback to savepoint before')
        await client.exec('update private.rentang_tahun set tahun_ke_depan = 0')
        const refused = await client.query(sql).then(
          () => 'stored',
          (error: { code?: string }) => error.code,
        )
        return { accepted: accepted.rows.length, refused }
      })
      expect(result).toEqual({ accepted: 1, refused: '22023' })
    })

    it('checks once per statement: a load of many rows in range passes', async () => {
      const count = await inRollback(db(), async (client) => {
        await loadFiguresFixture(client)
        const { rows } = await client.query<{ n: number }>(
          'with moved as (update public.keluarga set periode = 2023 where periode = 2024 returning 1) select count(*)::int as n from moved',
        )
        return rows[0]?.n ?? 0
      })
      expect(count).toBeGreaterThan(1)
    })
  })

  describe('who changed a combination rule', () => {
    it('lets anon read the rules but not the id of the planner who changed them', async () => {
      const rules = await asRole(db(), 'anon', (client) =>
        client.query(
          'select program_a, program_b, diizinkan, alasan, diubah_pada from public.kombinasi_program',
        ),
      )
      expect(rules.rows.length).toBeGreaterThan(0)
      await expect(
        asRole(db(), 'anon', (client) => client.query('select diubah_oleh from public.kombinasi_program')),
      ).rejects.toMatchObject({ code: '42501', message: 'permission denied for table kombinasi_program' })
    })
  })
}
