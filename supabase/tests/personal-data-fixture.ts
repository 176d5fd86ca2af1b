/**
 * The personal-data fixture of issue 13, shared by personal-privacy.cases.ts (what an attacker tries) and
 * name-access.cases.ts (who may read names, and the access log): rows whose names and birth dates are
 * secret words, the callers (a planner allowed to see names too) and `probe`, which turns a refusal into
 * its SQLSTATE.
 */
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { becomeRole, becomeRoleWithClaims, type Caller, TEST_USER_ID } from './as-role.ts'
import { insertDuplicateFixture } from './duplicates.cases.ts'
import {
  insertKeluarga,
  insertPenerima,
  makeKeluarga,
  makePenerimaByNik,
  nikOf,
} from './make-household-data.ts'

export const DESA_A = '99.01.01.2001'
export const DESA_B = '99.01.02.2001'
/** Words and dates that appear only in the personal columns of the rows below. */
export const SECRET_NAMES = ['Zulkarnaen Rahasiawan', 'Zubaidah Rahasiani']
export const SECRET_DATES = ['1971-07-13', '1966-03-09']
export const LEAK = /rahasia|1971-07-13|1966-03-09|13\/07\/1971|1971-07|1966-03/i

/** As the connecting superuser: one head in two villages and one person listed twice, by secret names. */
export async function insertSecrets(client: SqlClient): Promise<void> {
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
export type Who = Caller | 'planner_lihat_nama'

export async function become(client: SqlClient, who: Who): Promise<void> {
  if (who !== 'planner_lihat_nama') return becomeRole(client, who)
  return becomeRoleWithClaims(client, 'authenticated', {
    role: 'authenticated',
    sub: TEST_USER_ID,
    email: 'lapangan@contoh.id',
    app_metadata: { role: 'planner', lihat_nama: true },
  })
}

/** Runs `sql` in a savepoint: its rows as text, or `refused <code>` when the database says no. */
export async function probe(client: SqlClient, sql: string): Promise<string> {
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
