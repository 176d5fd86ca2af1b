/**
 * The import workbench's SQL (migration 20261204120000): staging, preview, commit and undo as the browser
 * calls them, per role. A planner's preview changes nothing; a commit replaces only the file's (period,
 * village) pairs and keeps what it replaced; undo restores those rows exactly (ids, batches, stored
 * pseudonyms); a failure leaves the database as it was; anon and signed-in users without a role are refused.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { becomeRole, type Caller, inRollback, resetRole } from './as-role.ts'
import {
  insertKeluarga,
  insertPenerima,
  type KeluargaRow,
  makeKeluarga,
  makePenerima,
  makePenerimaByNik,
  type PenerimaRow,
} from './make-household-data.ts'

const VILLAGE_A = '99.01.01.2001'
const VILLAGE_B = '99.01.02.2001'
const KELURAHAN = '99.01.01.1001'
const SHA = 'a'.repeat(64)

type Row = Record<string, unknown>

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

/** Runs `sql` in a savepoint; the first row, or `refused <code>`. */
async function attempt(client: SqlClient, sql: string, params: unknown[] = []): Promise<Row | string> {
  await client.exec('savepoint attempt')
  try {
    const { rows } = await client.query<Row>(sql, params)
    await client.exec('release savepoint attempt')
    return rows[0] ?? {}
  } catch (error) {
    await client.exec('rollback to savepoint attempt')
    return `refused ${(error as { code?: string }).code}`
  }
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

/** The recipient listings as stored (every column), in id order, as the superuser reads them. */
async function storedListings(client: SqlClient): Promise<Row[]> {
  const { rows } = await client.query<Row>(
    `select id::integer, batch_id::integer, baris, program, tahun, id_keluarga, nik, nama,
       tanggal_lahir::text, kode_desa, nilai_rp::text from public.penerima_bantuan order by id`,
  )
  return rows
}

/** The name spellings the duplicate check keeps beside the listings (statement triggers). */
async function storedSpellings(client: SqlClient): Promise<Row[]> {
  const { rows } = await client.query<Row>(
    'select nama, normal, ketik from private.ejaan_nama order by nama collate "C"',
  )
  return rows
}

/** As the planner: starts a recipient import and stages `rows` in chunks of `chunk`; returns the token. */
async function stageListings(
  client: SqlClient,
  rows: readonly PenerimaRow[],
  chunk: number,
): Promise<string> {
  const { rows: started } = await client.query<{ token: string }>(
    `select token from public.mulai_impor('penerima_bantuan', 'penerima-desa.csv', $1)`,
    [SHA],
  )
  const token = started[0]?.token as string
  const numbered = rows.map((row, index) => ({ ...row, baris: index + 1 }))
  for (let at = 0; at * chunk < numbered.length; at++) {
    await client.query('select public.tambah_baris_impor($1, $2, $3)', [
      token,
      at,
      JSON.stringify(numbered.slice(at * chunk, (at + 1) * chunk)),
    ])
  }
  return token
}

/**
 * The effect of importing `file` over `stored`, worked out here from the rows alone: per village of the
 * file's (program, year, village) scope, the listings before and after and the pairs of equal identities
 * (program, KK, NIK), as a planner is told them.
 */
function expectedEffect(stored: readonly PenerimaRow[], file: readonly PenerimaRow[]): Row[] {
  const scope = new Set(file.map((row) => `${row.program}|${row.tahun}|${row.kode_desa}`))
  const before = stored.filter((row) => scope.has(`${row.program}|${row.tahun}|${row.kode_desa}`))
  const ident = (row: PenerimaRow) => `${row.program}:${row.id_keluarga ?? ''}:${row.nik ?? ''}`
  const villages = [...new Set([...before, ...file].map((row) => row.kode_desa))].sort()
  return villages.map((kode_desa) => {
    const old = before.filter((row) => row.kode_desa === kode_desa)
    const now = file.filter((row) => row.kode_desa === kode_desa)
    const pairs = now.reduce((sum, row) => sum + old.filter((o) => ident(o) === ident(row)).length, 0)
    return {
      kode_desa,
      sebelum: old.length,
      sesudah: now.length,
      ditambah: now.length - pairs,
      diganti: pairs,
      dihapus: old.length - pairs,
      desil14_sebelum: 0,
      desil14_sesudah: 0,
    }
  })
}

/** Defines the workbench tests against `db()`. */
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

  describe('import workbench at scale (migration 20261205200000)', () => {
    // Stored before the file: PKH 2024 households 1–30 in villages A and B, each also listed by NIK for
    // BPNT (another program: out of the file's scope), and a PKH listing in the kelurahan (another village).
    const stored: PenerimaRow[] = [
      ...Array.from({ length: 30 }, (_, n) =>
        makePenerima(n + 1, {
          kode_desa: n % 2 === 0 ? VILLAGE_A : VILLAGE_B,
          nama: `Penerima Lama ${n % 7}`,
        }),
      ),
      ...Array.from({ length: 6 }, (_, n) => makePenerimaByNik(n + 1, { program: 'BPNT' })),
      makePenerima(99, { kode_desa: KELURAHAN }),
    ]
    // The file: households 11–70 (11–30 listed again, 1–10 gone, 31–70 new), household 12 listed twice,
    // household 13 now with a NIK too (another identity), nilai_rp changed; staged in chunks of 16.
    const file: PenerimaRow[] = [
      ...Array.from({ length: 60 }, (_, n) =>
        makePenerima(n + 11, {
          kode_desa: (n + 10) % 2 === 0 ? VILLAGE_A : VILLAGE_B,
          nilai_rp: 900_000,
          nama: `Penerima Baru ${n % 5}`,
        }),
      ).map((row, n) => (n === 2 ? { ...row, nik: makePenerimaByNik(13).nik } : row)),
      makePenerima(12, { kode_desa: VILLAGE_B, nilai_rp: 1 }),
    ]

    it('previews and commits what the rows say, re-keys as the trigger does, and undo restores the table exactly', async () => {
      await inRollback(db(), async (client) => {
        await insertPenerima(client, stored)
        const before = await storedListings(client)
        const spellings = await storedSpellings(client)
        const effect = expectedEffect(stored, file)
        // The re-keyed values the per-row trigger stores for the file's rows, to compare the commit with.
        await client.exec('savepoint trigger_path')
        await insertPenerima(client, file)
        const { rows: byTrigger } = await client.query<Row>(
          `select baris, program, tahun, id_keluarga, nik, nama, tanggal_lahir::text, kode_desa, nilai_rp::text
           from public.penerima_bantuan where batch_id = (select max(batch_id) from public.penerima_bantuan)
           order by baris`,
        )
        await client.exec('rollback to savepoint trigger_path')
        const history = await client.query<{ n: number }>(
          'select coalesce(max(id), 0)::int as n from public.riwayat_perubahan',
        )

        await becomeRole(client, 'planner')
        const token = await stageListings(client, file, 16)
        const preview = (await attempt(client, 'select hasil as r from public.pratinjau_impor($1)', [
          token,
        ])) as Row
        expect(preview.r).toEqual({
          rows: file.length,
          planned_rows: 30,
          planned_villages: 2,
          whole_periods: false,
          villages: effect,
        })
        await resetRole(client)
        expect(await storedListings(client)).toEqual(before)

        await becomeRole(client, 'planner')
        const done = (await attempt(client, 'select hasil as r from public.selesaikan_impor($1)', [
          token,
        ])) as Row
        const batch = (done.r as Row).batch_id as number
        expect(done.r).toEqual({ ...(preview.r as Row), batch_id: batch })
        await resetRole(client)
        const { rows: committed } = await client.query<Row>(
          `select baris, program, tahun, id_keluarga, nik, nama, tanggal_lahir::text, kode_desa, nilai_rp::text
           from public.penerima_bantuan where batch_id = $1 order by baris`,
          [batch],
        )
        expect(committed).toEqual(byTrigger)
        const after = await storedListings(client)
        const outOfScope = (rows: Row[]) =>
          rows.filter((row) => row.program === 'BPNT' || row.kode_desa === KELURAHAN)
        expect(outOfScope(after)).toEqual(outOfScope(before))
        expect(after).toHaveLength(before.length - 30 + file.length)
        const { rows: logged } = await client.query<Row>(
          `select aksi, jumlah_baris::int, kunci from public.riwayat_perubahan
           where tabel = 'penerima_bantuan' and id > $1 order by id`,
          [history.rows[0]?.n],
        )
        expect(logged).toEqual([
          { aksi: 'delete', jumlah_baris: 30, kunci: { batch_id: [before[0]?.batch_id] } },
          { aksi: 'insert', jumlah_baris: file.length, kunci: { batch_id: [batch] } },
        ])
        const { rows: triggers } = await client.query<Row>(
          `select tgname, tgenabled from pg_trigger
           where tgname in ('penerima_bantuan_rekey_pseudonyms', 'keluarga_rekey_pseudonyms') order by tgname`,
        )
        expect(triggers).toEqual([
          { tgname: 'keluarga_rekey_pseudonyms', tgenabled: 'O' },
          { tgname: 'penerima_bantuan_rekey_pseudonyms', tgenabled: 'O' },
        ])

        await becomeRole(client, 'planner')
        const undone = (await attempt(client, 'select hasil as r from public.batalkan_impor($1)', [
          batch,
        ])) as Row
        expect(undone.r).toEqual({ batch_id: batch, removed: file.length, restored: 30 })
        await resetRole(client)
        expect(await storedListings(client)).toEqual(before)
        expect(await storedSpellings(client)).toEqual(spellings)
      })
    })

    it('a value the set-wise re-key refuses leaves every row and the log as they were', async () => {
      await inRollback(db(), async (client) => {
        await insertPenerima(client, stored)
        const before = await storedListings(client)
        await becomeRole(client, 'planner')
        // Well-formed first rows (the key check passes), then a raw 16-digit NIK.
        const token = await stageListings(
          client,
          [...file.slice(0, 20), makePenerima(5, { nik: '3201011234567890' })],
          8,
        )
        expect(await attempt(client, 'select public.selesaikan_impor($1)', [token])).toBe('refused 23514')
        expect(await attempt(client, 'select public.pratinjau_impor($1)', [token])).toBe('refused 23514')
        await resetRole(client)
        expect(await storedListings(client)).toEqual(before)
        const log = await client.query('select count(*)::int as n from public.import_batches')
        expect(log.rows[0]).toEqual({ n: 1 })
      })
    })
  })
}
