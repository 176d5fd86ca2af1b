/**
 * The audit trail, tried as an attacker would (issue 13): every forged write fails (a client-chosen author
 * or date, a deleted rule, a re-keyed decision, a 1 MB reason, direct writes to personal rows and to the
 * import log) and every write that goes through is stamped by the server (who from the JWT, when from
 * now()), whoever sends it. The history each change leaves: change-history.cases.ts.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import {
  becomeRole,
  becomeRoleWithClaims,
  type Caller,
  inRollback,
  resetRole,
  TEST_USER_ID,
} from './as-role.ts'
import {
  insertBatch,
  insertKeluarga,
  insertPenerima,
  makeKeluarga,
  makePenerima,
} from './make-household-data.ts'

export const VILLAGE = '99.01.01.2001'
const OTHER_USER = '00000000-0000-4000-8000-000000000009'
const KEY = 'b'.repeat(32)
export const EMAIL_CLAIMS = {
  role: 'authenticated',
  sub: TEST_USER_ID,
  email: 'perencana@contoh.id',
  app_metadata: { role: 'planner' },
}

/** Runs `sql` in a savepoint: the number of rows, or `refused <code>` with the message. */
export async function probe(
  client: SqlClient,
  sql: string,
  params: unknown[] = [],
): Promise<number | string> {
  await client.exec('savepoint probe')
  try {
    const { rows } = await client.query(sql, params)
    await client.exec('release savepoint probe')
    return rows.length
  } catch (error) {
    await client.exec('rollback to savepoint probe')
    const { code, message } = error as { code?: string; message?: string }
    return `refused ${code}: ${message}`
  }
}

/** The history rows of `tabel`, oldest first, as the superuser sees them. */
export async function history(client: SqlClient, tabel: string): Promise<Record<string, unknown>[]> {
  const { rows } = await client.query<Record<string, unknown>>(
    `select aksi, kunci, sebelum, sesudah, jumlah_baris::integer as jumlah_baris, oleh, penulis, peran,
       dicatat_pada = now() as is_now
     from public.riwayat_perubahan where tabel = $1 order by id`,
    [tabel],
  )
  return rows
}

/** As the superuser: a household and a listing in one batch, and a decision on KEY. */
export async function setUp(client: SqlClient): Promise<number> {
  const batch = await insertBatch(client, 'keluarga')
  await insertKeluarga(client, [makeKeluarga(1), makeKeluarga(2)], batch)
  await insertPenerima(client, [makePenerima(1)], batch)
  await client.query(
    `insert into public.keputusan_duplikat (kunci_pasangan, keputusan) values ($1, 'berbeda')`,
    [KEY],
  )
  return batch
}

/** Writes a planner could make with plain PostgREST requests before issue 13; each must now be refused. */
const FORGED: Record<string, string> = {
  'an import batch with another author and date': `insert into public.import_batches
     (jenis, nama_file, jumlah_baris, diimpor_oleh, diimpor_pada)
     values ('keluarga', 'palsu.csv', 0, '${OTHER_USER}', '2001-01-01') returning 1`,
  'a deletion of every household': 'delete from public.keluarga returning 1',
  'a renamed household head': `update public.keluarga set nama_kepala = 'Orang Lain' returning 1`,
  'a new aid listing': `insert into public.penerima_bantuan (batch_id, baris, program, tahun, id_keluarga, kode_desa, nilai_rp)
     select batch_id, 9, 'PKH', 2024, id_keluarga, kode_desa, 1 from public.keluarga limit 1 returning 1`,
  'a follow-up dated 2099': `insert into public.tindak_lanjut_desa (kode_desa, status, penulis, dibuat_pada)
     values ('${VILLAGE}', 'sudah_diverifikasi', 'x', '2099-01-01') returning 1`,
  'a rule signed by another user': `insert into public.kombinasi_program (program_a, program_b, diizinkan, diubah_oleh, diubah_pada)
     values ('PBI_JKN', 'PIP', false, '${OTHER_USER}', '2001-01-01') returning 1`,
  'a deleted rule': `delete from public.kombinasi_program where program_a = 'BLT_DD' and program_b = 'PKH' returning 1`,
  'a decision moved to another pair': `update public.keputusan_duplikat set kunci_pasangan = '${'c'.repeat(32)}' returning 1`,
  'a decision written directly': `insert into public.keputusan_duplikat (kunci_pasangan, keputusan, diputuskan_oleh)
     values ('${'d'.repeat(32)}', 'orang_sama', '${OTHER_USER}') returning 1`,
}

const WRITERS: readonly Caller[] = ['anon', 'authenticated', 'planner', 'admin']

/** Defines the audited-write tests; `db` returns the migrated, seeded database. */
export function describeAuditedWrites(db: () => SqlClient): void {
  describe('audited writes and the change history', () => {
    it.each(
      WRITERS.flatMap((caller) =>
        Object.entries(FORGED).map(([label, sql]) => [caller, label, sql] as const),
      ),
    )('refuse %s %s', async (caller, _label, sql) => {
      const answer = await inRollback(db(), async (client) => {
        await setUp(client)
        await becomeRole(client, caller)
        return probe(client, sql)
      })
      expect(answer).toMatch(/^refused 42501: permission denied for table/)
    })

    it('stamp the server clock and the request author over a service-role or CLI write', async () => {
      const stamped = await inRollback(db(), async (client) => {
        await setUp(client)
        await becomeRoleWithClaims(client, 'service_role', { role: 'service_role' })
        await client.query(FORGED['a follow-up dated 2099'] ?? '')
        await client.query(FORGED['a rule signed by another user'] ?? '')
        await resetRole(client)
        await client.query(FORGED['an import batch with another author and date'] ?? '')
        const { rows } = await client.query(
          `select (select dibuat_pada = now() and penulis = 'service_role' from public.tindak_lanjut_desa) as follow_up,
             (select diubah_pada = now() and diubah_oleh is null from public.kombinasi_program
               where program_a = 'PBI_JKN') as rule,
             (select diimpor_pada = now() and diimpor_oleh is null and diimpor_oleh_nama = 'cli:' || session_user
               from public.import_batches where nama_file = 'palsu.csv') as batch`,
        )
        return rows
      })
      expect(stamped).toEqual([{ follow_up: true, rule: true, batch: true }])
    })

    it('refuse to move a decision to another pair key, for every role', async () => {
      const answer = await inRollback(db(), async (client) => {
        await setUp(client)
        return probe(client, FORGED['a decision moved to another pair'] ?? '')
      })
      expect(answer).toBe(
        `refused 23000: kunci_pasangan tidak dapat diubah (${KEY} → ${'c'.repeat(32)}) / a decision's pair key cannot change`,
      )
    })

    it.each<[string, string, unknown[], string]>([
      [
        'a 1 MB rule reason',
        'select * from public.ubah_aturan_kombinasi($1, $2, false, $3)',
        ['PBI_JKN', 'PIP', 'x'.repeat(1_000_000)],
        'alasan terlalu panjang: 1000000 karakter (maksimal 500) / alasan too long: 1000000 characters (at most 500)',
      ],
      [
        'a follow-up note of 2,001 characters',
        'select * from public.tambah_tindak_lanjut($1, $2, $3)',
        [VILLAGE, 'perlu_verifikasi', 'y'.repeat(2001)],
        'catatan terlalu panjang: 2001 karakter (maksimal 2000) / catatan too long: 2001 characters (at most 2000)',
      ],
      [
        'a decision note of 501 characters',
        'select * from public.tetapkan_keputusan_duplikat($1, $2, $3)',
        [KEY, 'orang_sama', 'z'.repeat(501)],
        'catatan terlalu panjang: 501 karakter (maksimal 500) / catatan too long: 501 characters (at most 500)',
      ],
    ])('refuse %s with a bilingual message naming the field', async (_label, sql, params, message) => {
      const answer = await inRollback(db(), async (client) => {
        await becomeRole(client, 'planner')
        return probe(client, sql, params)
      })
      expect(answer).toBe(`refused 22001: ${message}`)
    })

    it('bound a rule reason in the table too, whoever writes it', async () => {
      const answer = await inRollback(db(), (client) =>
        probe(client, `update public.kombinasi_program set alasan = repeat('x', 501) returning 1`),
      )
      expect(answer).toMatch(/^refused 23514: .*kombinasi_program_alasan_length/)
    })

    it('sign a follow-up from the local mode (no user in the token) as this device', async () => {
      const saved = await inRollback(db(), async (client) => {
        await becomeRoleWithClaims(client, 'authenticated', {
          role: 'authenticated',
          app_metadata: { role: 'planner' },
        })
        const { rows } = await client.query(
          `select penulis, dibuat_oleh, dibuat_pada = now() as is_now
           from public.tambah_tindak_lanjut($1, 'perlu_verifikasi', ' cek ')`,
          [VILLAGE],
        )
        return rows
      })
      expect(saved).toEqual([{ penulis: 'perangkat-lokal', dibuat_oleh: null, is_now: true }])
    })
  })
}
