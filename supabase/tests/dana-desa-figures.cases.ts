/**
 * Migration 20261201110000 on the data of figures-fixture.ts: realisation per stage (summed to kecamatan and
 * kabupaten), the formula inputs (data dasar) published per desa only and small poor counts withheld, the
 * new table checks on `public.dana_desa`, and the columns' row-level security (anon reads, cannot write).
 *
 * Realised in the fixture (makeDanaDesa: stages 4/9, 3/9, the rest): A 0.9 M = 400 000 000 + 300 000 000 +
 * 200 000 000; B 0.4 M = 177 777 778 + 133 333 333 + 88 888 889; C 1.2 M = 533 333 333 + 400 000 000 +
 * 266 666 667. Data dasar set here for 2024: A in full, B without a performance score, C none.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { becomeRole, inRollback } from './as-role.ts'
import { KODE, loadFiguresFixture } from './figures-fixture.ts'
import {
  type Cell,
  cellLookup,
  cellsByRegion,
  FIXTURE_REGIONS,
  type FigureRow,
  readFigures,
} from './read-figures.ts'

const NA = 'tidak_ada'
const NB = 'tidak_berlaku'
const WITHHELD = 'ditahan'

const FIGURES: readonly FigureRow[] = [
  ['realisasi_tahap_1', NB, 400_000_000, 177_777_778, 533_333_333, 400_000_000, 711_111_111, 1_111_111_111],
  ['realisasi_tahap_2', NB, 300_000_000, 133_333_333, 400_000_000, 300_000_000, 533_333_333, 833_333_333],
  ['realisasi_tahap_3', NB, 200_000_000, 88_888_889, 266_666_667, 200_000_000, 355_555_556, 555_555_556],
  ['realisasi_dana_desa', NB, 9e8, 4e8, 1.2e9, 9e8, 1.6e9, 2.5e9],
  // A desa's own inputs: not aggregated, not for a kelurahan; C has none
  ['dasar_penduduk', NB, 1990, 480, NA, NB, NB, NB],
  // B's 3 poor residents are a small count
  ['dasar_penduduk_miskin', NB, 70, WITHHELD, NA, NB, NB, NB],
  ['dasar_luas_km2', NB, 40.1234, 25, NA, NB, NB, NB],
  ['dasar_ikg', NB, 0.4567, 0.12, NA, NB, NB, NB],
  // 1 sangat tertinggal … 5 mandiri
  ['dasar_status_idm', NB, 2, 3, NA, NB, NB, NB],
  ['dasar_skor_kinerja', NB, -0.0123, NA, NA, NB, NB, NB],
]

/** Sets the data dasar of A and B for 2024, as a planner's dana_desa.csv would. */
async function setFormulaInputs(client: SqlClient): Promise<void> {
  await client.query(
    `update public.dana_desa set dasar_penduduk = 1990, dasar_penduduk_miskin = 70, dasar_luas_km2 = 40.1234,
       dasar_ikg = 0.4567, dasar_status_idm = 'tertinggal', dasar_skor_kinerja = -0.0123
     where kode_desa = $1 and tahun = 2024`,
    [KODE.desaA],
  )
  await client.query(
    `update public.dana_desa set dasar_penduduk = 480, dasar_penduduk_miskin = 3, dasar_luas_km2 = 25,
       dasar_ikg = 0.12, dasar_status_idm = 'berkembang'
     where kode_desa = $1 and tahun = 2024`,
    [KODE.desaB],
  )
}

/** Updates that break one new check each, and the constraint that refuses them. */
const BAD_INPUTS: readonly [string, string, string][] = [
  [
    'more poor than residents',
    'dasar_penduduk = 10, dasar_penduduk_miskin = 11',
    'dana_desa_dasar_poor_within_population',
  ],
  ['an IKG above 1', 'dasar_ikg = 1.5', 'dana_desa_dasar_ikg_range'],
  ['an unknown IDM status', "dasar_status_idm = 'maju_sekali'", 'dana_desa_dasar_status_known'],
  ['a performance score below −1', 'dasar_skor_kinerja = -1.5', 'dana_desa_dasar_skor_kinerja_range'],
  ['a negative area', 'dasar_luas_km2 = -1', 'dana_desa_dasar_luas_nonnegative'],
]

/** Defines the tests of the Dana Desa stage and formula-input figures; `db` returns the seeded database. */
export function describeDanaDesaFigures(db: () => SqlClient): void {
  describe('Dana Desa realisation per stage and formula inputs (20261201110000)', () => {
    let lookup: (tahun: number, kode: string, indikator: string) => Cell | string = () => 'not loaded'

    beforeAll(async () => {
      const figures = await inRollback(db(), async (client) => {
        await loadFiguresFixture(client)
        await setFormulaInputs(client)
        await becomeRole(client, 'penerbit')
        return readFigures(client)
      })
      lookup = cellLookup(figures)
    })

    it.each(FIGURES)('%s for L, A, B, C, Hulu, Hilir and the kabupaten', (indikator, ...cells) => {
      const actual = FIXTURE_REGIONS.map((kode) => lookup(2024, kode, indikator))
      expect(cellsByRegion(actual)).toEqual(cellsByRegion(cells))
    })

    it.each(BAD_INPUTS)('public.dana_desa refuses %s', async (_, assignment, constraint) => {
      const result = inRollback(db(), async (client) => {
        await loadFiguresFixture(client)
        await client.query(`update public.dana_desa set ${assignment} where kode_desa = $1`, [KODE.desaA])
      })
      await expect(result).rejects.toMatchObject({ code: '23514', constraint })
    })

    it('lets anon read the formula inputs of public.dana_desa', async () => {
      const rows = await inRollback(db(), async (client) => {
        await loadFiguresFixture(client)
        await setFormulaInputs(client)
        await becomeRole(client, 'anon')
        const { rows } = await client.query<{ dasar_status_idm: string | null }>(
          'select dasar_status_idm from public.dana_desa where kode_desa = $1 and tahun = 2024',
          [KODE.desaA],
        )
        return rows
      })
      expect(rows).toEqual([{ dasar_status_idm: 'tertinggal' }])
    })

    it('refuses anon a write to the formula inputs', async () => {
      const result = inRollback(db(), async (client) => {
        await loadFiguresFixture(client)
        await becomeRole(client, 'anon')
        await client.query('update public.dana_desa set dasar_ikg = 0.9 where kode_desa = $1', [KODE.desaA])
      })
      await expect(result).rejects.toMatchObject({ code: '42501' })
    })
  })
}
