/**
 * Names and birth dates, tried as an attacker would (issue 13): a planner without `lihat_nama` tries every
 * route an API role has (every table and view it may select from, every function it may call, joins and
 * filters on the personal columns, `private` objects, planner statistics) and gets no name and no birth
 * date, and the rejected-row report of an import quotes none. Who may read names, and the access log:
 * name-access.cases.ts.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { inRollback } from './as-role.ts'
import {
  become,
  DESA_A,
  insertSecrets,
  LEAK,
  probe,
  SECRET_DATES,
  type Who,
} from './personal-data-fixture.ts'

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
  })
}
