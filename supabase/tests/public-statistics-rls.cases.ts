/**
 * The public statistics (`penduduk`, `idm`, `dana_desa`, `dana_desa_ketentuan`): everyone reads them,
 * planners, admins and service_role write them; IDM and Dana Desa rows exist for desa only, and a Dana
 * Desa row's parts must add up.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { asRole, becomeRole, type Caller, inRollback } from './as-role.ts'
import {
  type DanaDesaRow,
  insertDanaDesa,
  insertIdm,
  insertPenduduk,
  makeDanaDesa,
  makeIdm,
  makePenduduk,
} from './make-public-statistics.ts'

type Table = 'penduduk' | 'idm' | 'dana_desa' | 'dana_desa_ketentuan'
type Verb = 'select' | 'insert' | 'update' | 'delete'

const DESA = '99.01.01.2001'
const OTHER_DESA = '99.01.02.2001'
const KELURAHAN = '99.01.01.1001'

/** Per table: the row setUp() leaves (or the seed has), a change to it, and a new row to insert. */
const TABLES: Record<Table, { key: string; change: string; insert: (client: SqlClient) => Promise<number> }> =
  {
    penduduk: {
      key: `kode_desa = '${DESA}' and tahun = 2024`,
      change: 'jumlah_kk = 1',
      insert: (client) => insertPenduduk(client, [makePenduduk(OTHER_DESA, 100)]),
    },
    idm: {
      key: `kode_desa = '${DESA}' and tahun = 2024`,
      change: `status = 'maju'`,
      insert: (client) => insertIdm(client, [makeIdm(OTHER_DESA, 0.6, 'berkembang')]),
    },
    dana_desa: {
      key: `kode_desa = '${DESA}' and tahun = 2024`,
      change: 'realisasi_tahap_3 = 0',
      insert: (client) => insertDanaDesa(client, [makeDanaDesa(OTHER_DESA)]),
    },
    dana_desa_ketentuan: {
      key: 'tahun = 2024',
      change: 'batas_blt_dd = 0.3',
      insert: async (client) =>
        (
          await client.query(
            `insert into public.dana_desa_ketentuan values (2026, 0.2, 'contoh') returning 1`,
          )
        ).rows.length,
    },
  }

const TABLE_NAMES = Object.keys(TABLES) as Table[]
const VERBS: readonly Verb[] = ['select', 'insert', 'update', 'delete']
const CALLERS: readonly Caller[] = ['anon', 'authenticated', 'planner', 'admin', 'service_role']

async function operate(client: SqlClient, table: Table, verb: Verb): Promise<number> {
  const { key, change, insert } = TABLES[table]
  if (verb === 'insert') return insert(client)
  const sql = {
    select: `select 1 from public.${table} where ${key}`,
    update: `update public.${table} set ${change} where ${key} returning 1`,
    delete: `delete from public.${table} where ${key} returning 1`,
  }[verb]
  return (await client.query(sql)).rows.length
}

/** As the connecting superuser: desa 99.01.01.2001 gets population, IDM and Dana Desa for 2024. */
async function setUp(client: SqlClient): Promise<void> {
  await insertPenduduk(client, [makePenduduk(DESA, 2000)])
  await insertIdm(client, [makeIdm(DESA, 0.7, 'berkembang')])
  await insertDanaDesa(client, [makeDanaDesa(DESA)])
}

/** A row count when the operation goes through, else the message of its 42501 error. */
function expectedOutcome(caller: Caller, table: Table, verb: Verb): number | string {
  if (verb === 'select' || caller === 'planner' || caller === 'admin' || caller === 'service_role') return 1
  if (caller === 'anon') return `permission denied for table ${table}`
  return verb === 'insert' ? `new row violates row-level security policy for table "${table}"` : 0
}

const MATRIX = CALLERS.flatMap((caller) =>
  TABLE_NAMES.flatMap((table) =>
    VERBS.map((verb) => [caller, verb, table, expectedOutcome(caller, table, verb)] as const),
  ),
)

/** Inserts one row for `kode` into a table that holds desa only. */
const INSERT_FOR_DESA_ONLY: Record<
  'idm' | 'dana_desa',
  (client: SqlClient, kode: string) => Promise<number>
> = {
  idm: (client, kode) => insertIdm(client, [makeIdm(kode, 0.5, 'tertinggal')]),
  dana_desa: (client, kode) => insertDanaDesa(client, [makeDanaDesa(kode)]),
}

/** Dana Desa rows that differ from a valid one in one field, and the constraint each breaks. */
const BAD_DANA_DESA: readonly [string, Partial<DanaDesaRow>, string][] = [
  ['parts that do not add up to the pagu', { alokasi_formula: 1 }, 'dana_desa_components_add_up'],
  ['a BLT-DD budget above the pagu', { pagu_blt_dd: 2_000_000_000 }, 'dana_desa_blt_within_pagu'],
  ['a realisation above the pagu', { realisasi_tahap_3: 1_000_000_000 }, 'dana_desa_realisation_within_pagu'],
]

/** Defines the RLS and constraint tests of the public statistics; `db` returns the seeded database. */
export function describePublicStatisticsRls(db: () => SqlClient): void {
  describe('public statistics row-level security and rules', () => {
    it.each(TABLE_NAMES)('is enabled on public.%s', async (table) => {
      const { rows } = await db().query('select relrowsecurity from pg_class where oid = $1::regclass', [
        `public.${table}`,
      ])
      expect(rows).toEqual([{ relrowsecurity: true }])
    })

    it.each(MATRIX)('%s: %s on %s gives %s', async (caller, verb, table, outcome) => {
      const result = inRollback(db(), async (client) => {
        await setUp(client)
        await becomeRole(client, caller)
        return operate(client, table, verb)
      })
      if (typeof outcome === 'number') expect(await result).toBe(outcome)
      else await expect(result).rejects.toMatchObject({ code: '42501', message: outcome })
    })

    it('ships the BLT-DD caps of 2022–2025, readable by anon', async () => {
      const { rows } = await asRole(db(), 'anon', (client) =>
        client.query(
          'select tahun, batas_blt_dd::double precision as batas from public.dana_desa_ketentuan order by 1',
        ),
      )
      expect(rows).toEqual([
        { tahun: 2022, batas: null },
        { tahun: 2023, batas: 0.25 },
        { tahun: 2024, batas: 0.25 },
        { tahun: 2025, batas: 0.15 },
      ])
    })

    it.each(
      (['planner', 'service_role'] as const).flatMap((caller) =>
        (['idm', 'dana_desa'] as const).flatMap((table) =>
          [KELURAHAN, '99.01.01'].map((kode) => [caller, table, kode] as const),
        ),
      ),
    )('refuses %s a row of %s for %s, which is not a desa', async (caller, table, kode) => {
      const result = asRole(db(), caller, (client) => INSERT_FOR_DESA_ONLY[table](client, kode))
      await expect(result).rejects.toMatchObject({
        code: '23514',
        message: `${kode} is not a desa: ${table} applies to desa only (kelurahan have none)`,
      })
    })

    it('refuses to move an IDM row from a desa to a kelurahan', async () => {
      const result = inRollback(db(), async (client) => {
        await setUp(client)
        await becomeRole(client, 'planner')
        return client.query(`update public.idm set kode_desa = '${KELURAHAN}' where kode_desa = '${DESA}'`)
      })
      await expect(result).rejects.toMatchObject({ code: '23514' })
    })

    it('accepts the population of a kelurahan', async () => {
      expect(
        await asRole(db(), 'planner', (client) => insertPenduduk(client, [makePenduduk(KELURAHAN, 800)])),
      ).toBe(1)
    })

    it.each(BAD_DANA_DESA)('rejects a Dana Desa row with %s', async (_label, overrides, constraint) => {
      const result = inRollback(db(), (client) =>
        insertDanaDesa(client, [{ ...makeDanaDesa(DESA), ...overrides }]),
      )
      await expect(result).rejects.toMatchObject({ code: '23514', constraint })
    })

    it('rejects a population whose sexes do not add up', async () => {
      const result = inRollback(db(), (client) =>
        insertPenduduk(client, [makePenduduk(DESA, 100, { laki_laki: 1 })]),
      )
      await expect(result).rejects.toMatchObject({ code: '23514', constraint: 'penduduk_sexes_add_up' })
    })
  })
}
