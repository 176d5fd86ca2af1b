/**
 * Names and birth dates, tried as an attacker would (issue 13): a planner without `lihat_nama` tries every
 * route an API role has (every table and view it may select from, every function it may call, joins and
 * filters on the personal columns, `private` objects, planner statistics) and gets no name and no birth
 * date. Allowed callers (admin, planner with lihat_nama) read names only through the masking functions,
 * and every such read lands in log_akses_nama, which only admins read and nobody writes.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { becomeRole, becomeRoleWithClaims, type Caller, inRollback, TEST_USER_ID } from './as-role.ts'
import { insertDuplicateFixture } from './duplicates.cases.ts'
import {
  insertKeluarga,
  insertPenerima,
  makeKeluarga,
  makePenerimaByNik,
  nikOf,
} from './make-household-data.ts'

const DESA_A = '99.01.01.2001'
const DESA_B = '99.01.02.2001'
/** Words and dates that appear only in the personal columns of the rows below. */
const SECRET_NAMES = ['Zulkarnaen Rahasiawan', 'Zubaidah Rahasiani']
const SECRET_DATES = ['1971-07-13', '1966-03-09']
const LEAK = /rahasia|1971-07-13|1966-03-09|13\/07\/1971|1971-07|1966-03/i

/** As the connecting superuser: one head in two villages and one person listed twice, by secret names. */
async function insertSecrets(client: SqlClient): Promise<void> {
  await insertDuplicateFixture(client)
  await insertKeluarga(client, [
    makeKeluarga(70, {
      kode_desa: DESA_A,
      nama_kepala: SECRET_NAMES[0],
      tanggal_lahir_kepala: SECRET_DATES[0],
    }),
    makeKeluarga(71, {
      kode_desa: DESA_B,
      nik_kepala: nikOf(70),
      nama_kepala: SECRET_NAMES[0],
      tanggal_lahir_kepala: SECRET_DATES[0],
    }),
  ])
  await insertPenerima(client, [
    makePenerimaByNik(72, { program: 'PBI_JKN', nama: SECRET_NAMES[1], tanggal_lahir: SECRET_DATES[1] }),
    makePenerimaByNik(72, {
      program: 'PBI_JKN',
      kode_desa: DESA_B,
      nama: SECRET_NAMES[1],
      tanggal_lahir: SECRET_DATES[1],
    }),
  ])
  // A file whose rejected rows quote a name and a birth date (the importer's report, --drop-rejected).
  const rejected = [
    { column: 'nama_kepala', value: SECRET_NAMES[0], pesan: `Nama "${SECRET_NAMES[0]}" terlalu panjang` },
    { column: 'tanggal_lahir', value: SECRET_DATES[1], message: `Date ${SECRET_DATES[1]} is in the future` },
  ]
  await client.query(
    `insert into public.import_batches (jenis, nama_file, jumlah_baris, baris_ditolak) values ('keluarga', 'x.csv', 0, $1)`,
    [JSON.stringify(rejected)],
  )
  await client.exec('analyze public.keluarga; analyze public.penerima_bantuan')
}

/** The callers of issue 13 beyond as-role.ts: a planner allowed to see names. */
type Who = Caller | 'planner_lihat_nama'

async function become(client: SqlClient, who: Who): Promise<void> {
  if (who !== 'planner_lihat_nama') return becomeRole(client, who)
  return becomeRoleWithClaims(client, 'authenticated', {
    role: 'authenticated',
    sub: TEST_USER_ID,
    email: 'lapangan@contoh.id',
    app_metadata: { role: 'planner', lihat_nama: true },
  })
}

/** Runs `sql` in a savepoint: its rows as text, or `refused <code>` when the database says no. */
async function probe(client: SqlClient, sql: string): Promise<string> {
  await client.exec('savepoint probe')
  try {
    const { rows } = await client.query(sql)
    await client.exec('release savepoint probe')
    return JSON.stringify(rows)
  } catch (error) {
    await client.exec('rollback to savepoint probe')
    return `refused ${(error as { code?: string }).code}`
  }
}

/** Every function an API role may call in `public`, with arguments that return data from the fixture. */
const FUNCTION_CALLS: Record<string, string> = {
  'app_role()': 'select public.app_role()',
  'boleh_lihat_nama()': 'select public.boleh_lihat_nama()',
  // The import path's helpers (20261203120000/120100): counts and a key check, never a personal column.
  'claim_pseudonym_key(text)': `select public.claim_pseudonym_key('${'0'.repeat(16)}')`,
  'import_removal(text,jsonb,boolean)': `select * from public.import_removal('keluarga', '[{"periode": 2024, "kode_desa": "${DESA_A}"}]', true)`,
  'indikator_lengkap(integer)': 'select * from public.indikator_lengkap(2024)',
  'is_planner()': 'select public.is_planner()',
  'keluarga_desa_pribadi(text,integer)': `select * from public.keluarga_desa_pribadi('${DESA_A}', 2024)`,
  'lock_import_periods(text,text[])': `select public.lock_import_periods('keluarga', array['2024'])`,
  'kombinasi_terlarang_desa(integer)': 'select * from public.kombinasi_terlarang_desa(2024)',
  'pasangan_duplikat(integer,text)': 'select * from public.pasangan_duplikat()',
  'penerima_desa_pribadi(text,integer)': `select * from public.penerima_desa_pribadi('${DESA_A}', 2024)`,
  'remove_rows_for_import(text,jsonb,boolean,integer)': `select public.remove_rows_for_import('keluarga', '[{"periode": 2024, "kode_desa": "${DESA_A}"}]', false)`,
  // The import workbench (20261204120000): a token, counts per village, the log; never a staged row.
  'mulai_impor(text,text,text)': `select * from public.mulai_impor('keluarga', 'x.csv', '${'a'.repeat(64)}')`,
  'tambah_baris_impor(uuid,integer,text)': `select * from public.tambah_baris_impor(gen_random_uuid(), 0, '[]')`,
  'pratinjau_impor(uuid,boolean)': 'select * from public.pratinjau_impor(gen_random_uuid())',
  'selesaikan_impor(uuid,boolean,integer,text)': 'select * from public.selesaikan_impor(gen_random_uuid())',
  'batalkan_impor(bigint)': 'select * from public.batalkan_impor(1)',
  'log_impor(integer)': 'select * from public.log_impor()',
  'buang_impor(uuid)': 'select * from public.buang_impor(gen_random_uuid())',
  'region_features(text)': `select * from public.region_features('99.01')`,
  'ringkasan_keluarga_desa(text)': `select * from public.ringkasan_keluarga_desa('${DESA_A}')`,
  // The three writers return only the row they wrote (no personal column).
  'tambah_tindak_lanjut(text,text,text)': `select * from public.tambah_tindak_lanjut('${DESA_A}', 'perlu_verifikasi', 'x')`,
  'tetapkan_keputusan_duplikat(text,text,text)': `select * from public.tetapkan_keputusan_duplikat('${'a'.repeat(32)}', 'berbeda', '')`,
  'ubah_aturan_kombinasi(text,text,boolean,text)': `select * from public.ubah_aturan_kombinasi('PIP', 'PKH', true, '')`,
}

/** Attacks that name the personal columns, or reach them through another object. */
const ATTACKS: Record<string, string> = {
  'the columns of keluarga': 'select nama_kepala, tanggal_lahir_kepala from public.keluarga',
  'the columns of penerima_bantuan': 'select nama, tanggal_lahir from public.penerima_bantuan',
  'select * from keluarga': 'select * from public.keluarga',
  'a whole-row reference': 'select to_jsonb(p) from public.penerima_bantuan as p',
  'a filter on the birth date': `select count(*) from public.keluarga where tanggal_lahir_kepala = '${SECRET_DATES[0]}'`,
  'a filter on the name': `select id from public.penerima_bantuan where nama like 'Zub%'`,
  'an order by the name': 'select id from public.penerima_bantuan order by nama limit 1',
  'a review pair joined back to its rows': `select p.kunci, k.nama_kepala, k.tanggal_lahir_kepala
     from public.pasangan_duplikat(2024, 'persis') as p
     join public.keluarga as k on k.kode_desa in (p.kode_desa_a, p.kode_desa_b) and k.periode = p.tahun`,
  'a fuzzy pair joined to the listings': `select p.kunci, r.nama from public.pasangan_duplikat(2024, 'mirip') as p
     join public.penerima_bantuan as r on r.kode_desa = p.kode_desa_a and r.program = p.program`,
  'the private spelling table': 'select nama from private.ejaan_nama',
  'the private household view': 'select * from private.bantuan_keluarga',
  'the private pair functions': 'select * from private.pasangan_mirip(2024)',
  'the private normaliser over the table':
    'select private.normalisasi_nama(nama) from public.penerima_bantuan',
  'planner statistics': `select most_common_vals::text, histogram_bounds::text from pg_catalog.pg_stats
     where tablename in ('keluarga', 'penerima_bantuan')`,
}

const ROUTE_CALLERS: readonly Who[] = ['anon', 'authenticated', 'planner']

/** Defines the personal-data privacy tests; `db` returns the migrated, seeded database. */
export function describePersonalPrivacy(db: () => SqlClient): void {
  describe('personal columns: names and birth dates', () => {
    it('leave the API roles exactly the functions this suite tries', async () => {
      const { rows } = await db().query<{ fn: string }>(
        `select p.oid::regprocedure::text as fn from pg_proc as p
         where p.pronamespace = 'public'::regnamespace and p.prokind = 'f'
           and (has_function_privilege('authenticated', p.oid, 'execute')
             or has_function_privilege('anon', p.oid, 'execute'))
           and not exists (select 1 from pg_depend as d where d.objid = p.oid and d.deptype = 'e')
         order by 1`,
      )
      // A new callable function fails here until it is added to FUNCTION_CALLS, i.e. tried for leaks.
      expect(rows.map((row) => row.fn.replace(/^public\./, ''))).toEqual(Object.keys(FUNCTION_CALLS).sort())
    })

    it.each(ROUTE_CALLERS)('give %s no name or birth date from any table, view or function', async (who) => {
      const leaks = await inRollback(db(), async (client) => {
        await insertSecrets(client)
        const { rows: relations } = await client.query<{ name: string }>(
          `select c.relname as name from pg_class as c
           where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'v', 'm')
             and not exists (select 1 from pg_depend as d where d.objid = c.oid and d.deptype = 'e')
           order by 1`,
        )
        await become(client, who)
        const found: string[] = []
        const routes = [
          ...relations.map(({ name }) => `select * from public.${name}`),
          ...Object.values(FUNCTION_CALLS),
          ...Object.values(ATTACKS),
        ]
        for (const sql of routes) {
          const answer = await probe(client, sql)
          if (LEAK.test(answer)) found.push(`${sql} → ${answer.slice(0, 200)}`)
        }
        return { found, routes: routes.length }
      })
      expect(leaks.routes).toBeGreaterThan(40)
      expect(leaks.found).toEqual([])
    })

    it.each(Object.entries(ATTACKS))('refuse a planner %s', async (_label, sql) => {
      const answer = await inRollback(db(), async (client) => {
        await insertSecrets(client)
        await become(client, 'planner')
        return probe(client, sql)
      })
      // Refused outright, or (planner statistics) answered without the personal columns.
      expect(answer === '[]' || answer.startsWith('refused 42501')).toBe(true)
    })

    it('keep the rejected-row report of an import but blank the names and birth dates it quotes', async () => {
      const report = await inRollback(db(), async (client) => {
        await insertSecrets(client)
        await become(client, 'planner')
        const { rows } = await client.query(
          `select baris_ditolak from public.import_batches where nama_file = 'x.csv'`,
        )
        return rows[0]?.baris_ditolak
      })
      expect(report).toEqual([
        { column: 'nama_kepala', value: '', pesan: 'Nama "***" terlalu panjang' },
        { column: 'tanggal_lahir', value: '', message: 'Date *** is in the future' },
      ])
    })

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
