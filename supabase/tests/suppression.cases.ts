/**
 * Small-cell suppression of `public.indikator_wilayah`: a count of 1–4 households, and every share built
 * on one, is published as nilai null with status 'ditahan'; 0 and 5 are published. Figures built only on
 * public statistics are never withheld, and figures that do not apply say 'tidak_berlaku'.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { becomeRole, inRollback } from './as-role.ts'
import { insertKeluarga, insertPenerima, makePenerima } from './make-household-data.ts'
import { insertPenduduk, makePenduduk } from './make-public-statistics.ts'
import { type Cell, cellOf, type Figure } from './read-figures.ts'
import { loadSmallCells, makeHouseholds, SMALL_DESA } from './small-cells-fixture.ts'

const KECAMATAN = '99.01.02'
const KELURAHAN = '99.01.01.1001'

/** Figures of loadSmallCells(): withheld where built on the three poor households, else published. */
const SMALL_CELLS: readonly [string, Cell][] = [
  ['jumlah_kk_dtsen', 23],
  ['kk_desil_1', 'ditahan'],
  ['persen_kk_desil_1', 'ditahan'],
  ['kk_desil_1_4', 'ditahan'],
  ['kk_miskin', 'ditahan'],
  ['penduduk_miskin', 'ditahan'],
  ['persen_penduduk_miskin', 'ditahan'],
  ['persen_petani_miskin', 'ditahan'],
  // 0 of 3 poor households: the numerator is zero, the denominator a small cell
  ['persen_nelayan_miskin', 'ditahan'],
  ['penerima_pkh', 'ditahan'],
  ['cakupan_pkh', 'ditahan'],
  ['galat_inklusi', 'ditahan'],
  ['galat_eksklusi', 'ditahan'],
  // 0 of the 3 desil 1–4 households go without aid: the denominator is a small cell
  ['persen_kk_desil_1_4_tanpa_bantuan', 'ditahan'],
  ['kk_bantuan_ganda', 0],
  // public statistics: published whatever their size
  ['penduduk', 4],
  ['jumlah_kk', 1],
  ['skor_idm', 0.65],
  ['status_idm', 3],
  ['dana_desa', 1e9],
  ['persen_blt_dd', 20],
  ['dana_desa_per_kapita', 250_000_000],
  // a public numerator divided by the three poor households
  ['dana_desa_per_kk_miskin', 'ditahan'],
]

const NOT_FOR_KELURAHAN = [
  'dana_desa',
  'dana_desa_per_kapita',
  'persen_blt_dd_terhadap_batas',
  'penerima_blt_dd',
  'cakupan_blt_dd',
  'skor_idm',
  'status_idm',
] as const

/** The 2024 figures of `kode` as the current role reads them, as { indikator: cell }. */
async function readCells(
  client: SqlClient,
  kode: string,
  indicators?: readonly string[],
): Promise<Record<string, Cell | string>> {
  const { rows } = await client.query<Figure>(
    `select indikator, nilai::double precision as nilai, status from public.indikator_wilayah
     where tahun = 2024 and kode = $1 and ($2::text[] is null or indikator = any ($2::text[]))`,
    [kode, indicators ?? null],
  )
  return Object.fromEntries(rows.map((row) => [row.indikator, cellOf(row)]))
}

/** Defines the suppression tests; `db` returns the migrated and seeded database. */
export function describeSuppression(db: () => SqlClient): void {
  describe('public.indikator_wilayah small-cell suppression', () => {
    it.each([
      [0, 0, 0],
      [1, 'ditahan', 'ditahan'],
      [4, 'ditahan', 'ditahan'],
      [5, 5, 33.3333],
    ] as const)(
      'publishes %i desil-1 households (next to 10 others) as %s, their share as %s',
      async (count, kk, persen) => {
        const cells = await inRollback(db(), async (client) => {
          await insertKeluarga(client, [
            ...makeHouseholds(1, count, { desil: 1 }),
            ...makeHouseholds(100, 10, { desil: 9, miskin: false }),
          ])
          await becomeRole(client, 'penerbit')
          const indicators = ['kk_desil_1', 'persen_kk_desil_1']
          return {
            desa: await readCells(client, SMALL_DESA, indicators),
            kecamatan: await readCells(client, KECAMATAN, indicators),
          }
        })
        const expected = { kk_desil_1: kk, persen_kk_desil_1: persen }
        expect(cells).toEqual({ desa: expected, kecamatan: expected })
      },
    )

    it('withholds a share whose denominator is small even when its numerator is 0', async () => {
      const cells = await inRollback(db(), async (client) => {
        await insertKeluarga(client, makeHouseholds(1, 3, { desil: 9, miskin: false }))
        await becomeRole(client, 'penerbit')
        return readCells(client, SMALL_DESA, ['jumlah_kk_dtsen', 'kk_desil_1', 'persen_kk_desil_1'])
      })
      expect(cells).toEqual({ jumlah_kk_dtsen: 'ditahan', kk_desil_1: 0, persen_kk_desil_1: 'ditahan' })
    })

    it.each([
      [3, 'ditahan'],
      [5, 50],
    ] as const)(
      '%i desil 1–4 households without aid next to 5 with PKH: their share is %s (basis: the numerator)',
      async (without, expected) => {
        const cell = await inRollback(db(), async (client) => {
          // `without` desil-1 households with no listing, 5 more listed for PKH in a year with a list
          await insertKeluarga(client, [
            ...makeHouseholds(1, without, { desil: 1 }),
            ...makeHouseholds(50, 5, { desil: 1 }),
          ])
          await insertPenerima(
            client,
            [50, 51, 52, 53, 54].map((household) => makePenerima(household, { kode_desa: SMALL_DESA })),
          )
          await becomeRole(client, 'penerbit')
          return readCells(client, SMALL_DESA, ['persen_kk_desil_1_4_tanpa_bantuan'])
        })
        // 3 of 8: the numerator basis (3 households) is a small cell; 5 of 10 is published
        expect(cell).toEqual({ persen_kk_desil_1_4_tanpa_bantuan: expected })
      },
    )

    describe('next to three poor households', () => {
      let cells: Record<string, Cell | string> = {}
      beforeAll(async () => {
        cells = await inRollback(db(), async (client) => {
          await loadSmallCells(client)
          await becomeRole(client, 'penerbit')
          return readCells(client, SMALL_DESA)
        })
      })

      it.each(SMALL_CELLS)('publishes %s as %s', (indikator, expected) => {
        expect(cells[indikator]).toBe(expected)
      })
    })

    it('gives a value exactly when the status is ada, everywhere in the view', async () => {
      const { rows } = await inRollback(db(), async (client) => {
        await loadSmallCells(client)
        await becomeRole(client, 'penerbit')
        return client.query(
          `select kode, tahun, indikator, status from public.indikator_wilayah
           where (status = 'ada') is distinct from (nilai is not null)`,
        )
      })
      expect(rows).toEqual([])
    })

    describe('for a kelurahan', () => {
      let cells: Record<string, Cell | string> = {}
      beforeAll(async () => {
        cells = await inRollback(db(), async (client) => {
          await insertKeluarga(client, makeHouseholds(1, 10, { kode_desa: KELURAHAN }))
          await insertPenduduk(client, [makePenduduk(KELURAHAN, 1000)])
          await becomeRole(client, 'penerbit')
          return readCells(client, KELURAHAN)
        })
      })

      it.each(NOT_FOR_KELURAHAN)('says %s does not apply (tidak_berlaku, no value)', (indikator) => {
        expect(cells[indikator]).toBe('tidak_berlaku')
      })

      it('publishes its household counts and population', () => {
        expect([cells.kk_desil_1, cells.jumlah_kk_dtsen, cells.penduduk]).toEqual([10, 10, 1000])
      })
    })
  })
}
