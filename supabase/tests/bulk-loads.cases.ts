/**
 * Bulk loads of personal rows (migration 20261204100000_bulk_personal_loads.sql): staged rows go into
 * their table in one statement that re-keys them set-wise with the row trigger switched off for that
 * statement. These tests hold it to the row trigger's promises: the same refusals (raw and padded NIKs,
 * another key), the same stored values, the trigger back on afterwards, and no API role able to use the
 * bulk path or to switch the trigger off itself. Each test runs in a rolled-back transaction.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import {
  createStagingTable,
  insertStaged,
  StagedInsertError,
  stageRows,
} from '../../scripts/import/staged-insert.ts'
import { KINDS } from '../../src/import/import-kinds.ts'
import { keyFingerprint, makePseudonymiser } from '../../src/import/pseudonymise.ts'
import { becomeRole, type Caller, inRollback } from './as-role.ts'
import {
  insertBatch,
  insertKeluarga,
  insertPenerima,
  type KeluargaRow,
  makeKeluarga,
  makePenerimaByNik,
  type PenerimaRow,
  pseudonym,
  TEST_PSEUDONYM_KEY,
} from './make-household-data.ts'
import { NOT_PSEUDONYMS } from './pseudonyms.cases.ts'

const FINGERPRINT = keyFingerprint(TEST_PSEUDONYM_KEY)

/** Stages `rows` as one batch and moves them in with the bulk function; returns the batch id. */
async function bulkLoad(
  client: SqlClient,
  kind: 'keluarga' | 'penerima_bantuan',
  rows: readonly (KeluargaRow | PenerimaRow)[],
): Promise<number> {
  // The key the rows were hashed with is this database's (as importFile claims it before writing).
  await client.query('select public.claim_pseudonym_key($1)', [FINGERPRINT])
  const batch = await insertBatch(client, kind)
  await createStagingTable(client, KINDS[kind])
  await stageRows(
    client,
    KINDS[kind],
    batch,
    rows.map((row, index) => ({ ...row, baris: index + 1 })),
  )
  await client.query(`select private.insert_staged_${kind}() as inserted`)
  return batch
}

async function storedKeluarga(client: SqlClient, batch: number): Promise<string[]> {
  const { rows } = await client.query<{ value: string }>(
    `select id_keluarga || ' ' || nik_kepala as value from public.keluarga where batch_id = $1 order by baris`,
    [batch],
  )
  return rows.map((row) => row.value)
}

/** A hash of 64 hex digits that starts (or ends) with a run of `length` equal characters. */
function withRun(length: number, atEnd: boolean): string {
  const rest = 'a1b2c3d4e5f60718'.repeat(4).slice(0, 64 - length)
  return atEnd ? rest + '7'.repeat(length) : '7'.repeat(length) + rest
}

/** Defines the bulk-load tests; `db` returns the seeded database. */
export function describeBulkLoads(db: () => SqlClient): void {
  describe('bulk loads of personal rows', () => {
    it.each(NOT_PSEUDONYMS)('refuse %s, as the row trigger does', async (_, value) => {
      for (const column of ['id_keluarga', 'nik_kepala'] as const) {
        const attempt = inRollback(db(), (client) =>
          bulkLoad(client, 'keluarga', [makeKeluarga(1), makeKeluarga(2, { [column]: value })]),
        )
        const constraint =
          column === 'id_keluarga' ? 'keluarga_id_pseudonymised' : 'keluarga_nik_pseudonymised'
        await expect(attempt).rejects.toMatchObject({ code: '23514', constraint })
      }
    })

    it('refuse an aid listing whose NIK is a raw number padded in the pseudonym form', async () => {
      const padded = `p1.${FINGERPRINT}.${'6408011809690001'.padStart(64, '0')}`
      const attempt = inRollback(db(), (client) =>
        bulkLoad(client, 'penerima_bantuan', [makePenerimaByNik(1, { nik: padded })]),
      )
      await expect(attempt).rejects.toMatchObject({ code: '23514', constraint: 'penerima_nik_pseudonymised' })
    })

    it('refuse rows hashed with another key than the database first saw, in both languages', async () => {
      const other = makePseudonymiser('another-key-not-secret-02')
      const attempt = inRollback(db(), (client) =>
        bulkLoad(client, 'keluarga', [makeKeluarga(1, { id_keluarga: other('1'), nik_kepala: other('2') })]),
      )
      await expect(attempt).rejects.toMatchObject({ code: '23514', constraint: 'pseudonym_key_fingerprint' })
      await expect(attempt).rejects.toThrow(/kunci lain.*another key/)
    })

    it.each([
      ['refuse', 24],
      ['accept', 23],
    ] as const)(
      '%s a hash with a run of %i equal characters at either end, as the row trigger does',
      async (verdict, length) => {
        for (const atEnd of [false, true]) {
          const value = `p1.${FINGERPRINT}.${withRun(length, atEnd)}`
          for (const load of [
            (client: SqlClient) => insertKeluarga(client, [makeKeluarga(1, { id_keluarga: value })]),
            (client: SqlClient) => bulkLoad(client, 'keluarga', [makeKeluarga(1, { id_keluarga: value })]),
          ]) {
            const attempt = inRollback(db(), load)
            if (verdict === 'refuse') {
              await expect(attempt).rejects.toMatchObject({
                code: '23514',
                constraint: 'keluarga_id_pseudonymised',
              })
            } else {
              await expect(attempt).resolves.toBeDefined()
            }
          }
        }
      },
    )

    it('store exactly what the row trigger stores for the same incoming pseudonyms', async () => {
      await inRollback(db(), async (client) => {
        const rows = [makeKeluarga(7), makeKeluarga(8)]
        const byTrigger = await insertBatch(client, 'keluarga')
        await insertKeluarga(client, rows, byTrigger)
        const byBulk = await bulkLoad(client, 'keluarga', rows)
        const stored = await storedKeluarga(client, byBulk)
        expect(stored).toHaveLength(2)
        expect(stored[0]).toMatch(/^[0-9a-f]{64} [0-9a-f]{64}$/)
        expect(stored[0]?.split(' ')[0]).not.toBe(pseudonym(7).slice(20))
        expect(stored).toEqual(await storedKeluarga(client, byTrigger))
      })
    })

    it('leave the re-key trigger on: a later insert is re-keyed, not stored as sent', async () => {
      await inRollback(db(), async (client) => {
        await bulkLoad(client, 'penerima_bantuan', [makePenerimaByNik(3)])
        const { rows: triggers } = await client.query<{ enabled: string }>(
          `select tgenabled as enabled from pg_trigger
           where tgname in ('keluarga_rekey_pseudonyms', 'penerima_bantuan_rekey_pseudonyms')`,
        )
        expect(triggers.map((row) => row.enabled)).toEqual(['O', 'O'])
        await insertPenerima(client, [makePenerimaByNik(4)])
        const { rows } = await client.query<{ nik: string }>(
          'select nik from public.penerima_bantuan order by id desc limit 1',
        )
        expect(rows[0]?.nik).toMatch(/^[0-9a-f]{64}$/)
        expect(rows[0]?.nik).not.toBe(makePenerimaByNik(4).nik?.slice(20))
      })
    })

    it('record one change-history row and every new spelling for the whole load', async () => {
      await inRollback(db(), async (client) => {
        const rows = [1, 2, 3].map((n) => makePenerimaByNik(n, { nama: `Nama Baru Sekali ${'x'.repeat(n)}` }))
        const batch = await bulkLoad(client, 'penerima_bantuan', rows)
        const { rows: history } = await client.query<{ jumlah_baris: number; kunci: unknown }>(
          `select jumlah_baris::int, kunci from public.riwayat_perubahan
           where tabel = 'penerima_bantuan' and aksi = 'insert' order by id desc limit 1`,
        )
        expect(history).toEqual([{ jumlah_baris: 3, kunci: { batch_id: [batch] } }])
        const { rows: spellings } = await client.query<{ count: number }>(
          `select count(*)::int as count from private.ejaan_nama where nama like 'Nama Baru Sekali %'`,
        )
        expect(spellings[0]?.count).toBe(3)
      })
    })

    it('name the rows of the file whose values it refuses', async () => {
      const error = await inRollback(db(), async (client) => {
        await client.query('select public.claim_pseudonym_key($1)', [FINGERPRINT])
        const batch = await insertBatch(client, 'keluarga')
        const rows = [1, 2, 3, 4].map((n) =>
          makeKeluarga(n, n === 2 || n === 3 ? { nik_kepala: NOT_PSEUDONYMS[0]?.[1] } : {}),
        )
        await createStagingTable(client, KINDS.keluarga)
        await stageRows(
          client,
          KINDS.keluarga,
          batch,
          rows.map((row, index) => ({ ...row, baris: index + 1 })),
        )
        return insertStaged(client, KINDS.keluarga).then(
          () => undefined,
          (failure: unknown) => failure,
        )
      })
      expect(error).toBeInstanceOf(StagedInsertError)
      // Spreadsheet rows: the header is row 1, so data rows 2 and 3 are rows 3 and 4.
      expect((error as StagedInsertError).rows).toEqual({ first: 3, last: 4 })
      expect((error as StagedInsertError).cause).toMatchObject({ code: '23514' })
    })

    it.each(['anon', 'authenticated', 'planner', 'admin', 'service_role'] as const)(
      'refuse the bulk path and the trigger switch to %s',
      async (caller: Caller) => {
        for (const sql of [
          'select private.insert_staged_keluarga()',
          'select private.insert_staged_penerima_bantuan()',
          'alter table public.keluarga disable trigger keluarga_rekey_pseudonyms',
          'alter table public.penerima_bantuan disable trigger penerima_bantuan_rekey_pseudonyms',
        ]) {
          const attempt = inRollback(db(), async (client) => {
            await becomeRole(client, caller)
            await client.query(sql)
          })
          await expect(attempt).rejects.toMatchObject({ code: '42501' })
        }
      },
    )
  })
}
