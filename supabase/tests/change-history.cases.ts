/**
 * The change history (riwayat_perubahan), tried as an attacker would (issue 13): every real change leaves a
 * row stamped by the server (who from the JWT, when from now(), the row before and after, or for a
 * statement on personal rows its row count and batches), the CLI's bulk writes included; no API role,
 * admins and service_role included, can add to, edit, delete or truncate the history.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import {
  type ApiRole,
  becomeRole,
  becomeRoleWithClaims,
  type Caller,
  inRollback,
  resetRole,
  TEST_USER_ID,
} from './as-role.ts'
import { EMAIL_CLAIMS, history, probe, setUp, VILLAGE } from './audited-writes.cases.ts'
import { insertBatch } from './make-household-data.ts'

/** Defines the change-history tests; `db` returns the migrated, seeded database. */
export function describeChangeHistory(db: () => SqlClient): void {
  describe('the change history', () => {
    it('record a rule change and a deletion with before, after, who and when', async () => {
      const rows = await inRollback(db(), async (client) => {
        await becomeRoleWithClaims(client, 'authenticated', EMAIL_CLAIMS)
        await client.query(`select * from public.ubah_aturan_kombinasi('PKH', 'BLT_DD', true, ' uji ')`)
        await becomeRoleWithClaims(client, 'service_role', { role: 'service_role' })
        await client.query(
          `delete from public.kombinasi_program where program_a = 'BLT_DD' and program_b = 'PKH'`,
        )
        await resetRole(client)
        return history(client, 'kombinasi_program')
      })
      const kunci = { program_a: 'BLT_DD', program_b: 'PKH' }
      expect(rows).toMatchObject([
        {
          aksi: 'update',
          kunci,
          sebelum: { diizinkan: false },
          sesudah: { diizinkan: true, alasan: 'uji', diubah_oleh: TEST_USER_ID },
          oleh: TEST_USER_ID,
          penulis: 'perencana@contoh.id',
          peran: 'authenticated',
          is_now: true,
        },
        {
          aksi: 'delete',
          kunci,
          sebelum: { diizinkan: true },
          sesudah: null,
          oleh: null,
          penulis: 'service_role',
        },
      ])
    })

    it('record every statement on personal rows by the CLI: who, when, how many rows, which batches', async () => {
      const { rows, batch } = await inRollback(db(), async (client) => {
        const batch = await setUp(client)
        await client.query(`update public.keluarga set nama_kepala = 'Orang Lain'`)
        await client.query('update public.keluarga set desil = 3 where false')
        await client.query('delete from public.keluarga')
        return { rows: await history(client, 'keluarga'), batch }
      })
      const cli = { oleh: null, penulis: expect.stringMatching(/^cli:/), is_now: true }
      expect(rows).toEqual([
        {
          ...cli,
          aksi: 'insert',
          kunci: { batch_id: [batch] },
          sebelum: null,
          sesudah: null,
          jumlah_baris: 2,
          peran: expect.any(String),
        },
        {
          ...cli,
          aksi: 'update',
          kunci: { batch_id: [batch] },
          sebelum: null,
          sesudah: null,
          jumlah_baris: 2,
          peran: expect.any(String),
        },
        {
          ...cli,
          aksi: 'delete',
          kunci: { batch_id: [batch] },
          sebelum: null,
          sesudah: null,
          jumlah_baris: 2,
          peran: expect.any(String),
        },
      ])
    })

    it('record a change and a deletion of a follow-up and of an import batch, with the row before', async () => {
      const rows = await inRollback(db(), async (client) => {
        const batch = await insertBatch(client, 'penduduk')
        await becomeRoleWithClaims(client, 'authenticated', EMAIL_CLAIMS)
        const { rows: saved } = await client.query<{ id: number }>(
          `select id::integer as id from public.tambah_tindak_lanjut($1, 'perlu_verifikasi', 'asli')`,
          [VILLAGE],
        )
        await becomeRoleWithClaims(client, 'service_role', { role: 'service_role' })
        await client.query(
          `update public.tindak_lanjut_desa set catatan = 'diubah', dibuat_pada = '2099-01-01'`,
        )
        await client.query('delete from public.tindak_lanjut_desa')
        await resetRole(client)
        await client.query(`update public.import_batches set nama_file = 'lain.csv' where id = $1`, [batch])
        await client.query('delete from public.import_batches where id = $1', [batch])
        const followUps = await history(client, 'tindak_lanjut_desa')
        return { followUps, batches: await history(client, 'import_batches'), id: saved[0]?.id, batch }
      })
      expect(rows.followUps).toMatchObject([
        {
          aksi: 'update',
          kunci: { id: rows.id },
          sebelum: { catatan: 'asli', penulis: 'perencana@contoh.id' },
          sesudah: { catatan: 'diubah', penulis: 'perencana@contoh.id' },
          penulis: 'service_role',
        },
        { aksi: 'delete', kunci: { id: rows.id }, sebelum: { catatan: 'diubah' }, sesudah: null },
      ])
      // The stamp keeps the original author and time: a later edit cannot re-date a note to 2099.
      const [edit] = rows.followUps as {
        sebelum: { dibuat_pada: string }
        sesudah: { dibuat_pada: string }
      }[]
      expect(edit?.sesudah.dibuat_pada).toBe(edit?.sebelum.dibuat_pada)
      expect(rows.batches).toMatchObject([
        {
          aksi: 'update',
          kunci: { id: rows.batch },
          sebelum: { nama_file: 'penduduk-contoh.csv' },
          sesudah: { nama_file: 'lain.csv' },
        },
        { aksi: 'delete', kunci: { id: rows.batch }, sebelum: { nama_file: 'lain.csv' }, sesudah: null },
      ])
    })

    it('record a truncate of the aid listings', async () => {
      const rows = await inRollback(db(), async (client) => {
        await setUp(client)
        await client.exec('truncate public.penerima_bantuan')
        return history(client, 'penerima_bantuan')
      })
      expect(rows.map((row) => [row.aksi, row.jumlah_baris])).toEqual([
        ['insert', 1],
        ['truncate', null],
      ])
    })

    it.each<[ApiRole | Caller, string]>([
      [
        'planner',
        `insert into public.riwayat_perubahan (tabel, aksi, penulis, peran) values ('x', 'insert', 'x', 'x')`,
      ],
      ['admin', 'update public.riwayat_perubahan set penulis = $$x$$'],
      ['admin', 'delete from public.riwayat_perubahan'],
      ['service_role', 'delete from public.riwayat_perubahan'],
      ['service_role', 'truncate public.riwayat_perubahan'],
      ['admin', 'delete from public.keputusan_duplikat_riwayat'],
      ['anon', 'select 1 from public.riwayat_perubahan'],
    ])('refuse %s: %s', async (caller, sql) => {
      const answer = await inRollback(db(), async (client) => {
        await setUp(client)
        await becomeRole(client, caller as Caller)
        return probe(client, sql)
      })
      expect(answer).toMatch(/^refused 42501: permission denied for table/)
    })

    it.each<[Caller, number]>([
      ['authenticated', 0],
      ['planner', 2],
      ['admin', 2],
    ])('let %s read %i rows of the change history', async (caller, count) => {
      const answer = await inRollback(db(), async (client) => {
        await setUp(client)
        await becomeRole(client, caller)
        return probe(client, 'select tabel from public.riwayat_perubahan')
      })
      // setUp's two statements on personal rows; the import-log row and the decision are histories themselves.
      expect(answer).toBe(count)
    })
  })
}
