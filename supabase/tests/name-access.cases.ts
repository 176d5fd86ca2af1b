/**
 * Who may read names and birth dates (issue 13): admins and planners with `lihat_nama` read them only
 * through the masking functions, a planner without it gets them masked, every unmasked read lands in
 * log_akses_nama with who, when and which rows, only admins read that log and nobody rewrites it.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { becomeRole, inRollback, TEST_USER_ID } from './as-role.ts'
import {
  become,
  DESA_A,
  insertSecrets,
  probe,
  SECRET_DATES,
  SECRET_NAMES,
  type Who,
} from './personal-data-fixture.ts'

/** Defines the tests of allowed name reads and their log; `db` returns the migrated, seeded database. */
export function describeNameAccess(db: () => SqlClient): void {
  describe('personal columns: allowed reads and their log', () => {
    it.each<[Who, boolean]>([
      ['planner', false],
      ['planner_lihat_nama', true],
      ['admin', true],
    ])('show %s names through the functions only when allowed (%s)', async (who, allowed) => {
      const seen = await inRollback(db(), async (client) => {
        await insertSecrets(client)
        await become(client, who)
        const direct = await probe(client, 'select nama_kepala from public.keluarga')
        const { rows: heads } = await client.query(
          `select nama_kepala, tanggal_lahir_kepala::text as lahir, disamarkan
           from public.keluarga_desa_pribadi($1, 2024) where nama_kepala ilike 'z%'`,
          [DESA_A],
        )
        const { rows: listed } = await client.query(
          `select nama, tanggal_lahir::text as lahir from public.penerima_desa_pribadi($1, 2024)
           where nama ilike 'z%'`,
          [DESA_A],
        )
        return { direct, heads, listed }
      })
      expect(seen.direct).toBe('refused 42501')
      expect(seen.heads).toEqual([
        allowed
          ? { nama_kepala: SECRET_NAMES[0], lahir: SECRET_DATES[0], disamarkan: false }
          : { nama_kepala: 'Z*** R***', lahir: null, disamarkan: true },
      ])
      expect(seen.listed).toEqual([
        allowed ? { nama: SECRET_NAMES[1], lahir: SECRET_DATES[1] } : { nama: 'Z*** R***', lahir: null },
      ])
    })

    it('log every unmasked read with who, when and which rows; masked reads are not logged', async () => {
      const log = await inRollback(db(), async (client) => {
        await insertSecrets(client)
        await become(client, 'planner')
        await client.query('select * from public.pasangan_duplikat()')
        await client.query('select * from public.keluarga_desa_pribadi($1, 2024)', [DESA_A])
        await become(client, 'planner_lihat_nama')
        const { rows: pairs } = await client.query<{ kunci: string }>(
          `select kunci from public.pasangan_duplikat(2024, 'persis') order by kunci`,
        )
        await client.query('select * from public.keluarga_desa_pribadi($1, 2024)', [DESA_A])
        const { rows: ids } = await client.query<{ id: number }>(
          'select id::integer as id from public.keluarga where kode_desa = $1 and periode = 2024 order by id',
          [DESA_A],
        )
        await becomeRole(client, 'admin')
        const { rows } = await client.query<Record<string, unknown>>(
          `select fungsi, argumen, id_keluarga::integer[] as id_keluarga, kunci_pasangan, diakses_oleh, penulis,
             diakses_pada = now() as is_now
           from public.log_akses_nama order by id`,
        )
        return { rows, pairs: pairs.map((pair) => pair.kunci), ids: ids.map((row) => row.id) }
      })
      expect(log.rows).toHaveLength(2)
      expect(log.rows[0]).toMatchObject({
        fungsi: 'pasangan_duplikat',
        argumen: { p_tahun: 2024, p_jenis: 'persis' },
        kunci_pasangan: log.pairs,
        diakses_oleh: TEST_USER_ID,
        penulis: 'lapangan@contoh.id',
        is_now: true,
      })
      expect(log.rows[1]).toMatchObject({
        fungsi: 'keluarga_desa_pribadi',
        id_keluarga: log.ids,
        is_now: true,
      })
    })

    it.each<[Who, number | string]>([
      ['anon', 'refused 42501'],
      ['authenticated', '[]'],
      ['planner', '[]'],
      ['planner_lihat_nama', '[]'],
      ['admin', 1],
    ])('let only admins read the access log (%s gets %s)', async (who, expected) => {
      const answer = await inRollback(db(), async (client) => {
        await insertSecrets(client)
        await becomeRole(client, 'admin')
        await client.query('select * from public.keluarga_desa_pribadi($1, 2024)', [DESA_A])
        await become(client, who)
        return probe(client, 'select fungsi from public.log_akses_nama')
      })
      if (typeof expected === 'number') expect(JSON.parse(answer)).toHaveLength(expected)
      else expect(answer).toBe(expected)
    })

    it.each<[Who, string]>([
      ['admin', 'update public.log_akses_nama set penulis = $$x$$'],
      ['admin', 'delete from public.log_akses_nama'],
      ['admin', `insert into public.log_akses_nama (fungsi, penulis) values ('x', 'x')`],
      ['service_role', 'delete from public.log_akses_nama'],
      ['service_role', 'truncate public.log_akses_nama'],
    ])('refuse %s a rewrite of the access log: %s', async (who, sql) => {
      const answer = await inRollback(db(), async (client) => {
        await become(client, who)
        return probe(client, sql)
      })
      expect(answer).toBe('refused 42501')
    })
  })
}
