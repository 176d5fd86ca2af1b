/**
 * Constraints of the personal-data tables: identities arrive as 64-hex pseudonyms, never as raw NIK or KK
 * numbers, and a row breaks one rule at a time.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { inRollback } from './as-role.ts'
import {
  insertKeluarga,
  insertPenerima,
  type KeluargaRow,
  makeKeluarga,
  makePenerima,
  type PenerimaRow,
  pseudonym,
} from './make-household-data.ts'

/** A made-up 16-digit NIK in the raw form the importer must never send. */
const RAW_NIK = '9901010101800001'

const BAD_KELUARGA: readonly [string, Partial<KeluargaRow>, string][] = [
  ['a raw NIK for the head', { nik_kepala: RAW_NIK }, 'keluarga_nik_pseudonymised'],
  [
    'an upper-case hex KK pseudonym',
    { id_keluarga: pseudonym(1).toUpperCase() },
    'keluarga_id_pseudonymised',
  ],
  ['a desil of 11', { desil: 11 }, 'keluarga_desil_range'],
  [
    'an extremely poor household that is not poor',
    { miskin: false, miskin_ekstrem: true },
    'keluarga_extreme_is_poor',
  ],
  [
    'an unknown livelihood',
    { mata_pencaharian: 'pegawai' as KeluargaRow['mata_pencaharian'] },
    'keluarga_mata_pencaharian_known',
  ],
]

const BAD_PENERIMA: readonly [string, Partial<PenerimaRow>, string][] = [
  ['neither KK nor NIK', { id_keluarga: null, nik: null }, 'penerima_identified'],
  ['a raw NIK', { nik: RAW_NIK }, 'penerima_nik_pseudonymised'],
  ['an unknown program', { program: 'KIP' as PenerimaRow['program'] }, 'penerima_program_known'],
]

/** Defines the household constraint tests; `db` returns the seeded database. */
export function describeHouseholdConstraints(db: () => SqlClient): void {
  describe('personal data constraints', () => {
    it('accept a well-formed household and listing', async () => {
      const inserted = await inRollback(db(), async (client) => [
        await insertKeluarga(client, [makeKeluarga(1)]),
        await insertPenerima(client, [makePenerima(1)]),
      ])
      expect(inserted).toEqual([1, 1])
    })

    it.each(BAD_KELUARGA)('reject a household with %s', async (_label, overrides, constraint) => {
      const attempt = inRollback(db(), (client) => insertKeluarga(client, [makeKeluarga(1, overrides)]))
      await expect(attempt).rejects.toMatchObject({ code: '23514', constraint })
    })

    it.each(BAD_PENERIMA)('reject a listing with %s', async (_label, overrides, constraint) => {
      const attempt = inRollback(db(), (client) => insertPenerima(client, [makePenerima(1, overrides)]))
      await expect(attempt).rejects.toMatchObject({ code: '23514', constraint })
    })

    it('reject a household in a region that does not exist', async () => {
      const attempt = inRollback(db(), (client) =>
        insertKeluarga(client, [makeKeluarga(1, { kode_desa: '99.01.09.2001' })]),
      )
      await expect(attempt).rejects.toMatchObject({ code: '23503', constraint: 'keluarga_kode_desa_fkey' })
    })
  })
}
