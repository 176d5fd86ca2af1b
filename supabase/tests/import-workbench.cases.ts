/**
 * The import workbench's SQL (migration 20261204120000): staging, preview, commit and undo as the browser
 * calls them, per role. A planner's preview changes nothing; a commit replaces only the file's (period,
 * village) pairs and keeps what it replaced; undo restores those rows exactly (ids, batches, stored
 * pseudonyms); a failure leaves the database as it was; anon and signed-in users without a role are refused.
 * Recipient lists at scale (the set-wise commit): import-workbench-scale.cases.ts.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { becomeRole, type Caller, inRollback, resetRole } from './as-role.ts'
import { attempt, type Row, SHA, VILLAGE_A, VILLAGE_B } from './import-workbench-fixture.ts'
import { insertKeluarga, type KeluargaRow, makeKeluarga } from './make-household-data.ts'

/** The households as stored (every column), in id order, as the superuser reads them. */
async function storedHouseholds(client: SqlClient): Promise<Row[]> {
  const { rows } = await client.query<Row>(
    `select id::integer, batch_id::integer, baris, id_keluarga, kode_desa, periode, desil, nik_kepala,
       nama_kepala, tanggal_lahir_kepala::text from public.keluarga order by id`,
  )
  return rows
}

/** Staged JSON of households as the worker sends them (pseudonyms in the p1 form, `baris`). */
function staged(rows: readonly KeluargaRow[]): string {
  return JSON.stringify(rows.map((row, index) => ({ ...row, baris: index + 1 })))
}

/** As `caller`: starts an import of `rows` and stages them in one chunk; returns the token. */
async function stage(client: SqlClient, rows: readonly KeluargaRow[]): Promise<string> {
  const { rows: started } = await client.query<{ token: string }>(
    `select token from public.mulai_impor('keluarga', 'keluarga-desa.csv', $1)`,
    [SHA],
  )
  const token = started[0]?.token as string
  await client.query('select public.tambah_baris_impor($1, 0, $2)', [token, staged(rows)])
  return token
}

/** Two stored households in village A and one in village B (2024), under a batch the owner logged. */
async function seed(client: SqlClient): Promise<void> {
  await insertKeluarga(client, [
    makeKeluarga(1),
    makeKeluarga(2, { desil: 7 }),
    makeKeluarga(3, { kode_desa: VILLAGE_B }),
  ])
}

/** The file: village A now holds household 2 (desil 2 now) and a new household 4. */
const FILE = [makeKeluarga(2, { desil: 2 }), makeKeluarga(4)]

/** Defines the workbench tests/** Defines the workbench tests against `db()`. */
export function describeImportWorkbench(db: () => SqlClient): void {
  describe('import workbench (migration 20261204120000)', () => {
    it.each<[Caller, string]>([
      ['anon', 'refused 42501'],
      ['authenticated', 'refused 42501'],
    ])('refuses %s at every step', async (caller, expected) => {
      await inRollback(db(), async (client) => {
        await becomeRole(client, caller)
        for (const sql of [
          `select public.mulai_impor('keluarga', 'x.csv', '${SHA}')`,
          `select public.tambah_baris_impor(gen_random_uuid(), 0, '[]')`,
          'select public.pratinjau_impor(gen_random_uuid())',
          'select public.selesaikan_impor(gen_random_uuid())',
          'select public.batalkan_impor(1)',
          'select * from public.log_impor()',
          'select public.buang_impor(gen_random_uuid())',
        ]) {
          expect(await attempt(client, sql), sql).toBe(expected)
        }
      })
    })

    it('a planner reads no staged or kept row directly', async () => {
      await inRollback(db(), async (client) => {
        await becomeRole(client, 'planner')
        for (const table of ['impor_tahap', 'impor_tahap_potongan', 'impor_baris_diganti']) {
          expect(await attempt(client, `select * from private.${table}`)).toBe('refused 42501')
        }
      })
    })

    it('previews per village without changing anything', async () => {
      await inRollback(db(), async (client) => {
        await seed(client)
        const before = await storedHouseholds(client)
        await becomeRole(client, 'planner')
        const token = await stage(client, FILE)
        const preview = await attempt(client, 'select hasil as r from public.pratinjau_impor($1)', [token])
        expect((preview as Row).r).toMatchObject({
          rows: 2,
          planned_rows: 2,
          planned_villages: 1,
          villages: [
            {
              kode_desa: VILLAGE_A,
              sebelum: 2,
              sesudah: 2,
              ditambah: 1,
              diganti: 1,
              dihapus: 1,
              desil14_sebelum: 1,
              desil14_sesudah: 2,
            },
          ],
        })
        await resetRole(client)
        expect(await storedHouseholds(client)).toEqual(before)
        const log = await client.query('select count(*)::int as n from public.import_batches')
        expect(log.rows[0]).toEqual({ n: 1 })
      })
    })

    it('commits only the file’s village, logs it, and undo restores exactly the replaced rows', async () => {
      await inRollback(db(), async (client) => {
        await seed(client)
        const before = await storedHouseholds(client)
        await becomeRole(client, 'planner')
        const token = await stage(client, FILE)
        const done = (await attempt(client, 'select hasil as r from public.selesaikan_impor($1)', [
          token,
        ])) as Row
        const batch = (done.r as Row).batch_id as number
        const log = await client.query<Row>(
          'select id::int, nama_file, sha256, periode_kunci, jumlah_baris, jumlah_diganti, jumlah_dihapus, bisa_dibatalkan from public.log_impor()',
        )
        expect(log.rows[0]).toEqual({
          id: batch,
          nama_file: 'keluarga-desa.csv',
          sha256: SHA,
          periode_kunci: ['2024'],
          jumlah_baris: 2,
          jumlah_diganti: 1,
          jumlah_dihapus: 1,
          bisa_dibatalkan: true,
        })
        await resetRole(client)
        const after = await storedHouseholds(client)
        expect(after.filter((row) => row.kode_desa === VILLAGE_B)).toEqual(
          before.filter((row) => row.kode_desa === VILLAGE_B),
        )
        expect(after.filter((row) => row.batch_id === batch)).toHaveLength(2)
        await becomeRole(client, 'planner')
        const undone = await client
          .query<Row>('select hasil as r from public.batalkan_impor($1)', [batch])
          .then((r) => r.rows[0] as Row)
        expect((undone as Row).r).toEqual({ batch_id: batch, removed: 2, restored: 2 })
        expect(await attempt(client, 'select public.batalkan_impor($1)', [batch])).toBe('refused PPD03')
        await resetRole(client)
        expect(await storedHouseholds(client)).toEqual(before)
      })
    })

    it('refuses to undo a batch that is not the latest of its period, or whose replaced rows were not kept', async () => {
      await inRollback(db(), async (client) => {
        await seed(client)
        await becomeRole(client, 'planner')
        const first = (await attempt(client, 'select hasil as r from public.selesaikan_impor($1)', [
          await stage(client, FILE),
        ])) as Row
        await stage(client, FILE).then((token) => client.query('select public.selesaikan_impor($1)', [token]))
        const firstBatch = (first.r as Row).batch_id
        expect(await attempt(client, 'select public.batalkan_impor($1)', [firstBatch])).toBe('refused PPD03')
        const cliBatch = await client.query<{ id: number }>(
          `select id::int from public.import_batches where not dapat_dibatalkan order by id limit 1`,
        )
        expect(await attempt(client, 'select public.batalkan_impor($1)', [cliBatch.rows[0]?.id])).toBe(
          'refused PPD03',
        )
      })
    })

    it('replaces a whole period only when confirmed with its exact row count', async () => {
      await inRollback(db(), async (client) => {
        await seed(client)
        await becomeRole(client, 'planner')
        const token = await stage(client, FILE)
        const preview = (await attempt(client, 'select hasil as r from public.pratinjau_impor($1, true)', [
          token,
        ])) as Row
        expect(preview.r).toMatchObject({ planned_rows: 3, planned_villages: 2, whole_periods: true })
        expect(await attempt(client, 'select public.selesaikan_impor($1, true, 2)', [token])).toBe(
          'refused PPD01',
        )
        await attempt(client, 'select public.selesaikan_impor($1, true, 3)', [token])
        await resetRole(client)
        const left = await client.query('select kode_desa from public.keluarga order by id')
        expect(left.rows).toEqual([{ kode_desa: VILLAGE_A }, { kode_desa: VILLAGE_A }])
      })
    })

    it('a commit the database refuses leaves every row and the log as they were', async () => {
      await inRollback(db(), async (client) => {
        await seed(client)
        const before = await storedHouseholds(client)
        await becomeRole(client, 'planner')
        const token = await stage(client, [makeKeluarga(5), makeKeluarga(6, { kode_desa: '99.99.99.9999' })])
        expect(await attempt(client, 'select public.selesaikan_impor($1)', [token])).toBe('refused 23503')
        await resetRole(client)
        expect(await storedHouseholds(client)).toEqual(before)
        const log = await client.query('select count(*)::int as n from public.import_batches')
        expect(log.rows[0]).toEqual({ n: 1 })
      })
    })

    it('a staging token works only for the request author who started it', async () => {
      await inRollback(db(), async (client) => {
        await becomeRole(client, 'planner')
        const token = await stage(client, FILE)
        await client.query(`select set_config('request.jwt.claims', $1, true)`, [
          JSON.stringify({
            role: 'authenticated',
            email: 'lain@contoh.id',
            app_metadata: { role: 'planner' },
          }),
        ])
        expect(await attempt(client, 'select public.pratinjau_impor($1)', [token])).toBe('refused 22023')
        expect(await attempt(client, 'select public.buang_impor($1)', [token])).toBe('refused 22023')
      })
    })

    it('discards a staged import: its rows go, the token stops working, nothing stored changes', async () => {
      await inRollback(db(), async (client) => {
        await seed(client)
        const before = await storedHouseholds(client)
        await becomeRole(client, 'planner')
        const token = await stage(client, FILE)
        const kept = await stage(client, FILE)
        expect(await attempt(client, 'select * from public.buang_impor($1)', [token])).toEqual({ jumlah: 2 })
        expect(await attempt(client, 'select public.pratinjau_impor($1)', [token])).toBe('refused 22023')
        expect(await attempt(client, 'select public.buang_impor($1)', [token])).toBe('refused 22023')
        await resetRole(client)
        const { rows: staging } = await client.query<{ token: string; chunks: number }>(
          `select t.token::text as token, count(p.urut)::integer as chunks from private.impor_tahap as t
           left join private.impor_tahap_potongan as p using (token) group by t.token`,
        )
        expect(staging).toEqual([{ token: kept, chunks: 1 }])
        expect(await storedHouseholds(client)).toEqual(before)
      })
    })
  })
}
