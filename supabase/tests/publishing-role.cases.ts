/**
 * The public reads only the published snapshot (migration 20261203100000): no API caller reaches a live
 * figure view or function, the publishing role `penerbit` reads the raw figures the publish step protects
 * (and nothing row-level), and the raw views agree with the figures planners see.
 */
import { describe, expect, it } from 'vitest'
import {
  CELL_COUNTS,
  type CellCount,
  combinationCount,
  type RawCell,
} from '../../scripts/data/disclosure/cells.ts'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { asRole, becomeRole, inRollback } from './as-role.ts'
import { loadFiguresFixture } from './figures-fixture.ts'

/** Every live figure a request could ask for, with the message anon gets. */
const LIVE_FIGURES = [
  ['select 1 from public.indikator_wilayah limit 1', 'permission denied for view indikator_wilayah'],
  ['select 1 from public.kombinasi_wilayah limit 1', 'permission denied for view kombinasi_wilayah'],
  [
    'select 1 from public.kombinasi_terlarang_desa(2024)',
    'permission denied for function kombinasi_terlarang_desa',
  ],
  ['select 1 from public.indikator_lengkap(2024)', 'permission denied for function indikator_lengkap'],
] as const

const RAW = [
  'select 1 from terbit.indikator_mentah limit 1',
  'select 1 from terbit.kombinasi_mentah limit 1',
  'select 1 from terbit.sel_keluarga limit 1',
  'select terbit.kunci()',
] as const

/**
 * What anon may still read whole: public administrative reference data about villages, none about
 * households (and `kombinasi_program` but for who changed a rule: year-range.cases.ts).
 */
const ANON_TABLES = [
  'public.dana_desa',
  'public.dana_desa_ketentuan',
  'public.idm',
  'public.penduduk',
  'public.program_bantuan',
  'public.regions',
]

interface RawFigure {
  key: string
  nilai: number | null
  status: string
}

/** Defines the publishing-role tests; `db` returns the migrated, seeded database. */
export function describePublishingRole(db: () => SqlClient): void {
  describe('the publishing role and the live figures', () => {
    it.each(LIVE_FIGURES)('refuses anon `%s`: "%s"', async (sql, message) => {
      await expect(asRole(db(), 'anon', (client) => client.query(sql))).rejects.toMatchObject({
        code: '42501',
        message,
      })
    })

    it.each(LIVE_FIGURES.slice(0, 2))('refuses a planner the live view `%s` too', async (sql, message) => {
      await expect(asRole(db(), 'planner', (client) => client.query(sql))).rejects.toMatchObject({
        code: '42501',
        message,
      })
    })

    it('leaves anon no view at all and no table but the public reference data', async () => {
      const { rows } = await db().query<{ name: string }>(
        `select n.nspname || '.' || c.relname as name
         from pg_catalog.pg_class as c join pg_catalog.pg_namespace as n on n.oid = c.relnamespace
         where n.nspname not in ('pg_catalog', 'information_schema', 'extensions')
           and c.relkind in ('r', 'v', 'm', 'p', 'f')
           and has_schema_privilege('anon', n.nspname, 'usage')
           and has_table_privilege('anon', c.oid, 'select')
         order by 1`,
      )
      expect(rows.map((row) => row.name)).toEqual(ANON_TABLES)
    })

    it('leaves anon only the role helpers and region_features() to execute', async () => {
      const { rows } = await db().query<{ name: string }>(
        `select p.oid::regprocedure::text as name
         from pg_catalog.pg_proc as p join pg_catalog.pg_namespace as n on n.oid = p.pronamespace
         where n.nspname not in ('pg_catalog', 'information_schema', 'extensions', 'auth')
           and has_schema_privilege('anon', n.nspname, 'usage')
           and has_function_privilege('anon', p.oid, 'execute')
         order by 1`,
      )
      expect(rows.map((row) => row.name)).toEqual([
        'app_role()',
        'boleh_lihat_nama()',
        'is_planner()',
        'region_features(text)',
      ])
    })

    it.each(
      (['anon', 'authenticated', 'planner', 'admin', 'service_role'] as const).flatMap((caller) =>
        RAW.map((sql) => [caller, sql] as const),
      ),
    )('refuses %s the raw figures `%s`: "permission denied for schema terbit"', async (caller, sql) => {
      await expect(asRole(db(), caller, (client) => client.query(sql))).rejects.toMatchObject({
        code: '42501',
        message: 'permission denied for schema terbit',
      })
    })

    it.each<string>([...LIVE_FIGURES.slice(0, 2).map(([sql]) => sql), ...RAW])(
      'lets penerbit run `%s`',
      async (sql) => {
        await expect(asRole(db(), 'penerbit', (client) => client.query(sql))).resolves.toBeDefined()
      },
    )

    it.each<[string, string]>([
      ['select 1 from public.keluarga limit 1', 'permission denied for table keluarga'],
      ['select 1 from public.penerima_bantuan limit 1', 'permission denied for table penerima_bantuan'],
      ['select 1 from private.hitungan limit 1', 'permission denied for schema private'],
      ['select 1 from private.kamus_indikator limit 1', 'permission denied for schema private'],
      [`delete from public.penduduk`, 'permission denied for table penduduk'],
      [
        `update terbit.kunci_publikasi set kunci = repeat('x', 40)`,
        'permission denied for table kunci_publikasi',
      ],
    ])('refuses penerbit `%s`: "%s"', async (sql, message) => {
      await expect(asRole(db(), 'penerbit', (client) => client.query(sql))).rejects.toMatchObject({
        code: '42501',
        message,
      })
    })

    it('keeps one disclosure key per database, the same on every read, of at least 32 characters', async () => {
      const read = (): Promise<string> =>
        asRole(db(), 'penerbit', async (client) => {
          const { rows } = await client.query<{ kunci: string }>('select terbit.kunci() as kunci')
          return rows[0]?.kunci ?? ''
        })
      const first = await read()
      expect(first.length).toBeGreaterThanOrEqual(32)
      expect(await read()).toBe(first)
    })

    it('gives in terbit.indikator_mentah the very figures planners get from indikator_lengkap()', async () => {
      const { raw, full } = await inRollback(db(), async (client) => {
        await loadFiguresFixture(client)
        await becomeRole(client, 'penerbit')
        const rawRows = await client.query<RawFigure>(
          `select kode || '|' || indikator as key,
             (case when berlaku then round(nilai, 4) end)::double precision as nilai,
             case when not berlaku then 'tidak_berlaku' when nilai is null then 'tidak_ada' else 'ada' end as status
           from terbit.indikator_mentah where tahun = 2024 order by 1`,
        )
        await becomeRole(client, 'planner')
        const fullRows = await client.query<RawFigure>(
          `select kode || '|' || indikator as key, nilai::double precision as nilai, status
           from public.indikator_lengkap(2024) order by 1`,
        )
        return { raw: rawRows.rows, full: fullRows.rows }
      })
      expect(raw.length).toBeGreaterThan(300)
      expect(raw).toEqual(full)
    })

    it('makes every household and person count of a desa, and every combination, a sum of terbit.sel_keluarga cells', async () => {
      const { counts, combinations, cells } = await inRollback(db(), async (client) => {
        await loadFiguresFixture(client)
        await becomeRole(client, 'penerbit')
        const read = async (sql: string): Promise<Array<Record<string, unknown>>> =>
          (await client.query<Record<string, unknown>>(sql)).rows
        return {
          counts: await read(
            `select kode, tahun, pembilang_nama as nama, pembilang::int as nilai from terbit.indikator_mentah
             where level = 'desa' and pembilang_rahasia and pembilang is not null
             union
             select kode, tahun, penyebut_nama, penyebut::int from terbit.indikator_mentah
             where level = 'desa' and penyebut_rahasia and penyebut is not null`,
          ),
          combinations: await read(
            `select kode, tahun, kombinasi, jumlah_kk::int as nilai from terbit.kombinasi_mentah where level = 'desa'`,
          ),
          cells: await read('select * from terbit.sel_keluarga'),
        }
      })
      const typed = cells.map((row) => ({
        ...(row as unknown as RawCell),
        tahun: Number(row.tahun),
        jumlah_program: Number(row.jumlah_program),
      }))
      const sum = (kode: string, tahun: number, count: CellCount): number =>
        typed
          .filter((cell) => cell.kode === kode && cell.tahun === tahun && count.holds(cell))
          .reduce((total, cell) => total + (count.unit === 'kk' ? cell.jumlah_kk : cell.jumlah_jiwa), 0)
      expect(typed.length).toBeGreaterThan(3)
      let checked = 0
      for (const row of counts) {
        const count = CELL_COUNTS[String(row.nama)]
        if (!count) continue
        expect([row.nama, row.kode, sum(String(row.kode), Number(row.tahun), count)]).toEqual([
          row.nama,
          row.kode,
          row.nilai,
        ])
        checked += 1
      }
      for (const row of combinations) {
        const count = combinationCount(String(row.kombinasi))
        expect([row.kombinasi, row.kode, sum(String(row.kode), Number(row.tahun), count)]).toEqual([
          row.kombinasi,
          row.kode,
          row.nilai,
        ])
      }
      expect(checked).toBeGreaterThan(20)
      expect(new Set(counts.map((row) => row.nama))).toEqual(
        new Set([
          ...Object.keys(CELL_COUNTS),
          'penerima_pkh',
          'penerima_bpnt',
          'penerima_blt_dd',
          'penerima_pbi_jkn',
          'penerima_pip',
          'duplikat_lintas_desa',
          'duplikat_dalam_program',
        ]),
      )
    })

    it('lists every combination of programs in terbit.kombinasi_mentah, zeros included, as kombinasi_wilayah counts them', async () => {
      const { raw, view } = await inRollback(db(), async (client) => {
        await loadFiguresFixture(client)
        await becomeRole(client, 'penerbit')
        const rawRows = await client.query<{
          kode: string
          kombinasi: string
          jumlah_kk: number
          terlarang: boolean
        }>(
          `select kode, kombinasi, jumlah_kk::int as jumlah_kk, terlarang from terbit.kombinasi_mentah
           where tahun = 2024 order by kode, kombinasi`,
        )
        const viewRows = await client.query<{
          kode: string
          kombinasi: string
          jumlah_kk: number | null
          status: string
        }>(
          `select kode, kombinasi, jumlah_kk::int as jumlah_kk, status from public.kombinasi_wilayah where tahun = 2024`,
        )
        return { raw: rawRows.rows, view: viewRows.rows }
      })
      const regions = new Set(raw.map((row) => row.kode))
      expect(raw).toHaveLength(regions.size * 31)
      expect(view.length).toBeGreaterThan(0)
      const byKey = new Map(raw.map((row) => [`${row.kode}|${row.kombinasi}`, row.jumlah_kk]))
      for (const row of view) {
        const count = byKey.get(`${row.kode}|${row.kombinasi}`)
        if (row.status === 'ada') expect(count).toBe(row.jumlah_kk)
        else expect(count).toBeGreaterThanOrEqual(1)
      }
      const seen = new Set(view.map((row) => `${row.kode}|${row.kombinasi}`))
      expect(
        raw.filter((row) => !seen.has(`${row.kode}|${row.kombinasi}`)).every((row) => row.jumlah_kk === 0),
      ).toBe(true)
    })
  })
}
