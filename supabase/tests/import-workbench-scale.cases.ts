/**
 * The import workbench at scale (migration 20261205200000): a recipient list staged in chunks is previewed
 * and committed set-wise exactly as the per-row trigger would store it, out-of-scope listings stay, the log
 * names both steps, undo restores the table and its name spellings exactly, and a value the set-wise
 * re-key refuses changes nothing.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { becomeRole, inRollback, resetRole } from './as-role.ts'
import { attempt, KELURAHAN, type Row, SHA, VILLAGE_A, VILLAGE_B } from './import-workbench-fixture.ts'
import { insertPenerima, makePenerima, makePenerimaByNik, type PenerimaRow } from './make-household-data.ts'

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

/** Defines the workbench tests at scale against `db()`. */
export function describeImportWorkbenchAtScale(db: () => SqlClient): void {
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
