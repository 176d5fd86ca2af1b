/**
 * Duplicate detection (private.pasangan_persis / pasangan_mirip behind public.pasangan_duplikat), name
 * normalisation, masking, and who may call what: planners see pairs (names masked unless authorised), a
 * signed-in user without the role is refused, anon has no privilege at all.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { asRole, becomeRole, becomeRoleWithClaims, type Caller, inRollback, TEST_USER_ID } from './as-role.ts'
import { insertKeluarga, insertPenerima, makeKeluarga, makePenerima, nikOf } from './make-household-data.ts'

/** A person listed by NIK for a person program (PBI-JKN unless told). */
function person(
  household: number,
  nama: string,
  tanggal_lahir: string,
  kode_desa: string,
  program = 'PBI_JKN',
) {
  return makePenerima(household, {
    program: program as 'PBI_JKN',
    id_keluarga: null,
    nik: nikOf(household),
    nama,
    tanggal_lahir,
    kode_desa,
    nilai_rp: 504_000,
  })
}

const DESA_A = '99.01.01.2001'
const DESA_B = '99.01.02.2001'

/** Listings with one of each kind of pair, and near misses that must not pair. */
export const DUPLICATE_FIXTURE = [
  // spelling variants of one person, two villages, two NIKs
  person(1, 'Siti Rahmawati', '1980-05-01', DESA_A),
  person(2, 'Hj. Sitti Rahmawaty', '1980-05-01', DESA_B),
  // letters swapped
  person(3, 'Nurhalizah Daeng', '2011-02-03', DESA_A, 'PIP'),
  person(4, 'Nurhailzah Daeng', '2011-02-03', DESA_B, 'PIP'),
  // a swap as typed that normalising turns into two edits ("hairul" / "kahirul")
  person(12, 'Khairul Anwar', '1985-09-09', DESA_A),
  person(13, 'Kahirul Anwar', '1985-09-09', DESA_B),
  // two edits after normalisation: different people
  person(5, 'Hamzah Tang', '1975-07-07', DESA_A),
  person(6, 'Hasan Tang', '1975-07-07', DESA_B),
  // the same spelling but another birth date: not a pair
  person(7, 'Rahmat Hidayat', '1990-01-01', DESA_A),
  person(8, 'Rachmat Hidayat', '1990-01-02', DESA_B),
  // the same NIK in two villages
  person(9, 'Yohanes Lawing', '1966-03-03', DESA_A),
  person(9, 'Yohanes Lawing', '1966-03-03', DESA_B),
  // one family listed twice for PKH in the same village
  makePenerima(10, { kode_desa: DESA_A }),
  makePenerima(10, { kode_desa: DESA_A }),
  // PKH and BPNT for one family: two programs, not a duplicate
  makePenerima(11, { kode_desa: DESA_A }),
  makePenerima(11, { kode_desa: DESA_A, program: 'BPNT' }),
]

/** Loads the fixture as the current role (the owner, as the import path writes): recipients, plus one head in two villages. */
export async function insertDuplicateFixture(client: SqlClient): Promise<void> {
  await insertPenerima(client, DUPLICATE_FIXTURE)
  await insertKeluarga(client, [
    makeKeluarga(20, { kode_desa: DESA_A }),
    makeKeluarga(21, { kode_desa: DESA_B, nik_kepala: nikOf(20), nama_kepala: 'Kepala Keluarga 20' }),
  ])
}

interface Pair {
  kunci: string
  jenis: string
  alasan: string
  program: string
  nama_a: string | null
  nama_b: string | null
  tanggal_lahir_a: string | null
  keputusan: string | null
}

/** The pairs a caller sees, after loading the fixture as the owner in the same transaction. */
async function pairsAs(client: SqlClient, claims: Record<string, unknown> | Caller): Promise<Pair[]> {
  return inRollback(client, async () => {
    await insertDuplicateFixture(client)
    await becomeRole(client, 'planner')
    if (typeof claims === 'string') await becomeRole(client, claims)
    else await becomeRoleWithClaims(client, 'authenticated', claims)
    const { rows } = await client.query<Pair>(
      'select kunci, jenis, alasan, program, nama_a, nama_b, tanggal_lahir_a::text, keputusan from public.pasangan_duplikat()',
    )
    return rows
  })
}

/** Defines the duplicate-detection tests; `db` returns the migrated, seeded database. */
export function describeDuplicates(db: () => SqlClient): void {
  describe('duplicate detection', () => {
    it.each([
      ['Muhammad Rizki', 'muhamat riski'],
      ['M. Rizki', 'muhamat riski'],
      ['H. Moch. Rizki, S.Pd', 'muhamat riski'],
      ['Hj. Sitti Nurhayaty', 'siti nurhaiati'],
      ['Djoko Soetjipto', 'ioko sucipto'],
      ['Achmad Syahruddin', 'ahmat sahrudin'],
      ['Akhmad Sahrudin', 'ahmat sahrudin'],
      ['Budi Santoso S.Pd', 'budi santoso'],
      ['  Wahyunie  ', 'wahiuni'],
      ['Yusuf Hidayad', 'iusup hidaiat'],
      ['Johanes', 'iohanes'],
      ['...', null],
    ])('normalisasi_nama(%j) is %j', async (nama, expected) => {
      const { rows } = await db().query('select private.normalisasi_nama($1) as normal', [nama])
      expect(rows).toEqual([{ normal: expected }])
    })

    it.each([
      ['Hj. Sitti Rahmawaty', 'H***. S*** R***'],
      ['Kepala KK 9e3f31c8', 'K*** K*** ***'],
      ['Siti 3171234567890001 Rahma', 'S*** *** R***'],
      ['A. 12b', 'A***. ***'],
    ])('samarkan_nama(%j) is %j: initials, and no digit at all', async (nama, expected) => {
      const { rows } = await db().query('select private.samarkan_nama($1) as masked', [nama])
      expect(rows).toEqual([{ masked: expected }])
    })

    it('finds each kind of pair once, with its reason, and nothing else', async () => {
      const pairs = await pairsAs(db(), 'planner')
      const found = pairs.map((pair) => `${pair.jenis} ${pair.alasan} ${pair.program}`).sort()
      expect(found).toEqual([
        'mirip ejaan_berbeda PBI_JKN',
        'mirip huruf_tertukar PBI_JKN',
        'mirip huruf_tertukar PIP',
        'persis dua_kali_dalam_program PKH',
        'persis kepala_lintas_desa DTSEN',
        'persis nik_sama_lintas_desa PBI_JKN',
      ])
      expect(new Set(pairs.map((pair) => pair.kunci)).size).toBe(pairs.length)
    })

    it('masks names and hides birth dates from a planner', async () => {
      const pairs = await pairsAs(db(), 'planner')
      const variant = pairs.find((pair) => pair.alasan === 'ejaan_berbeda')
      expect(variant).toMatchObject({ nama_a: 'S*** R***', nama_b: 'H***. S*** R***', tanggal_lahir_a: null })
    })

    it.each<[string, Record<string, unknown> | Caller]>([
      ['an admin', 'admin'],
      [
        'a planner with app_metadata.lihat_nama',
        { role: 'authenticated', sub: TEST_USER_ID, app_metadata: { role: 'planner', lihat_nama: true } },
      ],
    ])('shows names and birth dates to %s', async (_label, claims) => {
      const pairs = await pairsAs(db(), claims)
      const variant = pairs.find((pair) => pair.alasan === 'ejaan_berbeda')
      expect(variant).toMatchObject({
        nama_a: 'Siti Rahmawati',
        nama_b: 'Hj. Sitti Rahmawaty',
        tanggal_lahir_a: '1980-05-01',
      })
    })

    it('ignores a lihat_nama flag of a user who is not a planner', async () => {
      const claims = { role: 'authenticated', sub: TEST_USER_ID, app_metadata: { lihat_nama: true } }
      await expect(pairsAs(db(), claims)).rejects.toMatchObject({
        code: '42501',
        message: 'pasangan_duplikat is for planners only',
      })
    })

    it.each<[Caller, string]>([
      ['anon', 'permission denied for function pasangan_duplikat'],
      ['authenticated', 'pasangan_duplikat is for planners only'],
    ])('refuses the list to %s', async (caller, message) => {
      await expect(pairsAs(db(), caller)).rejects.toMatchObject({ code: '42501', message })
    })

    it('rejects an unknown kind with a message naming it', async () => {
      const call = asRole(db(), 'planner', (client) =>
        client.query(`select * from public.pasangan_duplikat(null, 'kabur')`),
      )
      await expect(call).rejects.toMatchObject({ message: 'jenis must be persis or mirip, got kabur' })
    })
  })
}
