/**
 * Reviewers' decisions on duplicate pairs (`keputusan_duplikat`, its insert-only history
 * `keputusan_duplikat_riwayat`, the RPC `tetapkan_keputusan_duplikat`): planners record and change them,
 * every change is kept, anon has no privilege, a signed-in user without the role sees nothing, and a
 * decision is found again after the recipient list is imported anew.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { asRole, becomeRole, type Caller, inRollback, resetRole, TEST_USER_ID } from './as-role.ts'
import { DUPLICATE_FIXTURE, insertDuplicateFixture } from './duplicates.cases.ts'
import { insertPenerima } from './make-household-data.ts'

const KEY = 'a'.repeat(32)
const DECIDE = `select kunci_pasangan, keputusan from public.tetapkan_keputusan_duplikat($1, $2, $3)`

async function firstFuzzyKey(client: SqlClient): Promise<string> {
  const { rows } = await client.query<{ kunci: string }>(
    `select kunci from public.pasangan_duplikat(null, 'mirip') where alasan = 'ejaan_berbeda'`,
  )
  const kunci = rows[0]?.kunci
  if (!kunci) throw new Error('the fixture produced no ejaan_berbeda pair')
  return kunci
}

/** Defines the decision tests; `db` returns the migrated, seeded database. */
export function describeDuplicateDecisions(db: () => SqlClient): void {
  describe('duplicate decisions', () => {
    it.each(['keputusan_duplikat', 'keputusan_duplikat_riwayat'])(
      'have row-level security enabled on %s',
      async (table) => {
        const { rows } = await db().query('select relrowsecurity from pg_class where oid = $1::regclass', [
          `public.${table}`,
        ])
        expect(rows).toEqual([{ relrowsecurity: true }])
      },
    )

    it.each<[Caller, string]>([
      ['planner', 'orang_sama'],
      ['admin', 'berbeda'],
    ])('let a %s record a decision, stamped with who and when', async (caller, keputusan) => {
      const rows = await asRole(db(), caller, async (client) => {
        await client.query(DECIDE, [KEY, keputusan, 'dicek di lapangan'])
        const result = await client.query(
          `select keputusan, catatan, diputuskan_oleh, diputuskan_pada = now() as is_now
           from public.keputusan_duplikat`,
        )
        return result.rows
      })
      expect(rows).toEqual([
        { keputusan, catatan: 'dicek di lapangan', diputuskan_oleh: TEST_USER_ID, is_now: true },
      ])
    })

    it('keep every change in the history, oldest first', async () => {
      const history = await asRole(db(), 'planner', async (client) => {
        await client.query(DECIDE, [KEY, 'orang_sama', ''])
        await client.query(DECIDE, [KEY, 'berbeda', 'beda ibu kandung'])
        const result = await client.query(
          `select aksi, keputusan, catatan, diputuskan_oleh from public.keputusan_duplikat_riwayat
           where kunci_pasangan = $1 order by id`,
          [KEY],
        )
        return result.rows
      })
      expect(history).toEqual([
        { aksi: 'tetapkan', keputusan: 'orang_sama', catatan: '', diputuskan_oleh: TEST_USER_ID },
        { aksi: 'ubah', keputusan: 'berbeda', catatan: 'beda ibu kandung', diputuskan_oleh: TEST_USER_ID },
      ])
    })

    it.each<[string, string, string, string]>([
      ['an unknown decision', KEY, 'mungkin', 'keputusan must be orang_sama or berbeda, got mungkin'],
      [
        'a key that is not a pair key',
        'xyz',
        'berbeda',
        'kunci must be a pair key from pasangan_duplikat (32 hex digits), got xyz',
      ],
    ])('reject %s with a message naming it', async (_label, kunci, keputusan, message) => {
      const call = asRole(db(), 'planner', (client) => client.query(DECIDE, [kunci, keputusan, '']))
      await expect(call).rejects.toMatchObject({ code: '22023', message })
    })

    it.each<[Caller, string]>([
      ['anon', 'permission denied for function tetapkan_keputusan_duplikat'],
      ['authenticated', 'tetapkan_keputusan_duplikat is for planners only'],
    ])('refuse a decision from %s', async (caller, message) => {
      const call = asRole(db(), caller, (client) => client.query(DECIDE, [KEY, 'berbeda', '']))
      await expect(call).rejects.toMatchObject({ code: '42501', message })
    })

    it.each<[Caller, string, string | number]>([
      ['anon', 'select * from public.keputusan_duplikat', 'permission denied for table keputusan_duplikat'],
      [
        'anon',
        'select * from public.keputusan_duplikat_riwayat',
        'permission denied for table keputusan_duplikat_riwayat',
      ],
      ['authenticated', 'select * from public.keputusan_duplikat', 0],
      ['authenticated', 'select * from public.keputusan_duplikat_riwayat', 0],
      [
        'planner',
        'delete from public.keputusan_duplikat returning 1',
        'permission denied for table keputusan_duplikat',
      ],
      [
        'planner',
        `insert into public.keputusan_duplikat_riwayat (kunci_pasangan, aksi) values ('${KEY}', 'hapus') returning 1`,
        'permission denied for table keputusan_duplikat_riwayat',
      ],
      [
        'authenticated',
        `insert into public.keputusan_duplikat (kunci_pasangan, keputusan) values ('${KEY}', 'berbeda') returning 1`,
        'permission denied for table keputusan_duplikat',
      ],
      [
        'planner',
        `update public.keputusan_duplikat set keputusan = 'berbeda' returning 1`,
        'permission denied for table keputusan_duplikat',
      ],
    ])('as %s, %s gives %s', async (caller, sql, outcome) => {
      const run = inRollback(db(), async (client) => {
        await becomeRole(client, 'planner')
        await client.query(DECIDE, [KEY, 'orang_sama', ''])
        await becomeRole(client, caller)
        return (await client.query(sql)).rows.length
      })
      if (typeof outcome === 'number') expect(await run).toBe(outcome)
      else await expect(run).rejects.toMatchObject({ code: '42501', message: outcome })
    })

    it('find a decision again after the recipient list is imported anew', async () => {
      const { before, after, stored } = await inRollback(db(), async (client) => {
        await insertDuplicateFixture(client)
        await becomeRole(client, 'planner')
        const kunci = await firstFuzzyKey(client)
        await client.query(DECIDE, [kunci, 'orang_sama', 'satu orang, dua NIK'])
        // A re-import (the import path, as the owner) replaces the rows: new ids, new batch, same people.
        await resetRole(client)
        await client.query('delete from public.penerima_bantuan')
        await insertPenerima(client, DUPLICATE_FIXTURE)
        await becomeRole(client, 'planner')
        const again = await firstFuzzyKey(client)
        const { rows } = await client.query<{ keputusan: string | null }>(
          `select keputusan from public.pasangan_duplikat() where kunci = $1`,
          [again],
        )
        return { before: kunci, after: again, stored: rows }
      })
      expect(after).toBe(before)
      expect(stored).toEqual([{ keputusan: 'orang_sama' }])
    })
  })
}
