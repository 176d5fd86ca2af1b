/**
 * A village with small cells next to public figures, for the suppression and access tests: in desa
 * 99.01.02.2001 (the only village of kecamatan 99.01.02 in the seed), three poor desil-1 farmers, all on
 * PKH, live among twenty desil-9 households; four inhabitants are on record, with an IDM score and Dana Desa.
 */
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import {
  insertKeluarga,
  insertPenerima,
  type KeluargaRow,
  makeKeluarga,
  makePenerima,
} from './make-household-data.ts'
import {
  insertDanaDesa,
  insertIdm,
  insertPenduduk,
  makeDanaDesa,
  makeIdm,
  makePenduduk,
} from './make-public-statistics.ts'

/** The desa the small-cell cases write to. */
export const SMALL_DESA = '99.01.02.2001'

/** `count` households numbered from `first`, in SMALL_DESA unless `household` says otherwise. */
export function makeHouseholds(first: number, count: number, household: Partial<KeluargaRow>): KeluargaRow[] {
  return Array.from({ length: count }, (_, index) =>
    makeKeluarga(first + index, { kode_desa: SMALL_DESA, ...household }),
  )
}

/** Loads the small-cell village of 2024 as the current role. */
export async function loadSmallCells(client: SqlClient): Promise<void> {
  await insertKeluarga(client, [
    ...makeHouseholds(1, 3, { desil: 1, miskin: true, mata_pencaharian: 'petani' }),
    ...makeHouseholds(100, 20, { desil: 9, miskin: false, mata_pencaharian: 'lainnya' }),
  ])
  await insertPenerima(
    client,
    [1, 2, 3].map((household) => makePenerima(household, { kode_desa: SMALL_DESA })),
  )
  await insertPenduduk(client, [makePenduduk(SMALL_DESA, 4)])
  await insertIdm(client, [makeIdm(SMALL_DESA, 0.65, 'berkembang')])
  await insertDanaDesa(client, [makeDanaDesa(SMALL_DESA)])
}
