/**
 * The rules behind the figures, on the data of figures-fixture.ts: kecamatan and kabupaten ratios come
 * from summed counts, years without some data give 'tidak_ada' (and a village without households in a
 * year with household data gives 0), editing kombinasi_program changes the overlap figure, and a
 * household is matched to a program by its KK number or its head's NIK.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { becomeRole, inRollback } from './as-role.ts'
import { KODE, loadFiguresFixture } from './figures-fixture.ts'
import {
  insertKeluarga,
  insertPenerima,
  makeKeluarga,
  makePenerima,
  makePenerimaByNik,
  nikOf,
} from './make-household-data.ts'
import { type Cell, cellLookup, cellOf, type Figure, readFigures } from './read-figures.ts'

/** Ratios whose parent value differs from the mean of its villages' values (see figures.cases.ts). */
const POOLED_RATIOS: readonly [string, string, number, readonly string[]][] = [
  // 10/50 desil-1 households; the villages' 50% and 12.5% average 31.25%
  ['persen_kk_desil_1', KODE.hilir, 20, [KODE.desaB, KODE.desaC]],
  // 3000 people / 50 km²; the villages' 100 and 50 average 75
  ['kepadatan', KODE.hulu, 60, [KODE.kelurahanL, KODE.desaA]],
  // Rp0.36 M of 2.0 M; 30% and 10% average 20%
  ['persen_blt_dd', KODE.hilir, 18, [KODE.desaB, KODE.desaC]],
  // Rp1.6 M of 2.0 M; 50% and 100% average 75%
  ['realisasi_dana_desa_persen', KODE.hilir, 80, [KODE.desaB, KODE.desaC]],
  // 5 of 30 recipient households; 25%, 0% and 0% average 8.33%
  ['galat_inklusi', KODE.kabupaten, 16.6667, [KODE.desaA, KODE.desaB, KODE.desaC]],
  // 105 of 225 members; 63.64%, 66.67% and 17.65% average 49.32%
  ['persen_penduduk_miskin', KODE.kabupaten, 46.6667, [KODE.desaA, KODE.desaB, KODE.desaC]],
  // Rp3.0 M / 4000 desa people; 500 000, 1 600 000 and 800 000 average 966 667
  ['dana_desa_per_kapita', KODE.kabupaten, 750_000, [KODE.desaA, KODE.desaB, KODE.desaC]],
]

/** Figures of the years around 2024: 2023 has households but no program list, 2022 only Dana Desa. */
const OTHER_YEARS: readonly [number, string, string, Cell, string][] = [
  [2023, KODE.desaA, 'kk_desil_1', 5, 'a count from that year’s households'],
  [2023, KODE.desaB, 'kk_desil_1', 0, 'zero for a village without households that year'],
  [2023, KODE.desaB, 'jumlah_kk_dtsen', 0, 'zero for a village without households that year'],
  [2023, KODE.desaA, 'penerima_pkh', 'tidak_ada', 'no program list that year'],
  [2023, KODE.desaA, 'penerima_pip', 'tidak_ada', 'no program list that year'],
  [2023, KODE.desaA, 'cakupan_pkh', 'tidak_ada', 'no program list, so coverage is unknown (not 0%)'],
  [2023, KODE.desaA, 'galat_eksklusi', 'tidak_ada', 'no program list, so exclusion is unknown (not 100%)'],
  [
    2023,
    KODE.desaA,
    'persen_kk_desil_1_4_tanpa_bantuan',
    'tidak_ada',
    'no program list, so "without aid" is unknown',
  ],
  [2023, KODE.desaA, 'kk_bantuan_ganda', 'tidak_ada', 'no program list, so overlaps are unknown'],
  [2023, KODE.desaA, 'duplikat_lintas_desa', 'tidak_ada', 'no program list that year'],
  [2023, KODE.desaA, 'dana_desa', 'tidak_ada', 'no Dana Desa row that year'],
  [2022, KODE.desaA, 'persen_blt_dd', 40, 'a share of that year’s Dana Desa'],
  [2022, KODE.desaA, 'persen_blt_dd_terhadap_batas', 'tidak_ada', 'no BLT-DD cap that year'],
  [2022, KODE.desaA, 'kk_desil_1', 'tidak_ada', 'no household data that year'],
  [2022, KODE.kelurahanL, 'dana_desa', 'tidak_berlaku', 'a kelurahan gets no Dana Desa'],
]

/** Edits of kombinasi_program by a planner and desa A's kk_kombinasi_terlarang afterwards. */
const RULE_EDITS: readonly [string, string | null, number][] = [
  ['with the seeded rules (A2 holds BLT_DD + PKH)', null, 5],
  [
    'after BPNT + PKH is disallowed (A1 too)',
    `update public.kombinasi_program set diizinkan = false where program_a = 'BPNT' and program_b = 'PKH'`,
    10,
  ],
  [
    'after the BLT_DD + PKH rule is deleted (nobody)',
    `delete from public.kombinasi_program where program_a = 'BLT_DD' and program_b = 'PKH'`,
    0,
  ],
]

async function readFigure(client: SqlClient, kode: string, indikator: string): Promise<Cell | string> {
  const { rows } = await client.query<Pick<Figure, 'nilai' | 'status'>>(
    `select nilai::double precision as nilai, status from public.indikator_wilayah
     where tahun = 2024 and kode = $1 and indikator = $2`,
    [kode, indikator],
  )
  return rows[0] ? cellOf(rows[0]) : 'missing'
}

function mean(values: readonly (Cell | string)[]): number {
  const numbers = values.filter((value): value is number => typeof value === 'number')
  return numbers.reduce((sum, value) => sum + value, 0) / numbers.length
}

/** Defines the figure-rule tests; `db` returns the migrated and seeded database. */
export function describeFigureRules(db: () => SqlClient): void {
  describe('public.indikator_wilayah rules', () => {
    let lookup: (tahun: number, kode: string, indikator: string) => Cell | string = () => 'not loaded'

    beforeAll(async () => {
      const figures = await inRollback(db(), async (client) => {
        await loadFiguresFixture(client)
        await becomeRole(client, 'penerbit')
        return readFigures(client)
      })
      lookup = cellLookup(figures)
    })

    it.each(POOLED_RATIOS)(
      'recompute %s of %s from summed counts (%d), not the mean of its villages',
      (indikator, parent, pooled, villages) => {
        expect(lookup(2024, parent, indikator)).toBe(pooled)
        const villageMean = mean(villages.map((kode) => lookup(2024, kode, indikator)))
        expect(Math.abs(villageMean - pooled)).toBeGreaterThan(1)
      },
    )

    it.each(OTHER_YEARS)('give %i, %s, %s = %s: %s', (tahun, kode, indikator, expected) => {
      expect(lookup(tahun, kode, indikator)).toBe(expected)
    })

    it.each(RULE_EDITS)('count households with a disallowed pair %s', async (_label, edit, expected) => {
      const count = await inRollback(db(), async (client) => {
        await loadFiguresFixture(client)
        // The rule edit as the owner (planners change rules only through ubah_aturan_kombinasi()).
        if (edit) await client.exec(edit)
        await becomeRole(client, 'penerbit')
        return readFigure(client, KODE.desaA, 'kk_kombinasi_terlarang')
      })
      expect(count).toBe(expected)
    })

    it('count a household head whose NIK also heads a household in another village, in both villages', async () => {
      // Five new households in desa B whose heads carry the NIKs of desa A's households 300–304 (A3), plus
      // five in desa C under their own NIKs: A and B get 5 each, C none; the kabupaten 10.
      const figures = await inRollback(db(), async (client) => {
        await loadFiguresFixture(client)
        await insertKeluarga(client, [
          ...[0, 1, 2, 3, 4].map((i) =>
            makeKeluarga(900 + i, {
              kode_desa: KODE.desaB,
              desil: 7,
              miskin: false,
              nik_kepala: nikOf(300 + i),
            }),
          ),
          ...[0, 1, 2, 3, 4].map((i) =>
            makeKeluarga(910 + i, { kode_desa: KODE.desaC, desil: 7, miskin: false }),
          ),
        ])
        const read: [string, Cell | string][] = []
        for (const kode of [KODE.desaA, KODE.desaB, KODE.desaC, KODE.kabupaten]) {
          read.push([kode, await readFigure(client, kode, 'kk_duplikat_lintas_desa')])
        }
        return read
      })
      expect(Object.fromEntries(figures)).toEqual({
        [KODE.desaA]: 5,
        [KODE.desaB]: 5,
        [KODE.desaC]: 0,
        [KODE.kabupaten]: 10,
      })
    })

    it('match a household listed by KK and by its head’s NIK for one program once', async () => {
      // A3 (households 300–304, desil 2, receiving nothing) now gets PKH, listed both ways.
      const figures = await inRollback(db(), async (client) => {
        await loadFiguresFixture(client)
        const a3 = [300, 301, 302, 303, 304]
        await insertPenerima(client, [
          ...a3.map((household) => makePenerima(household)),
          ...a3.map((household) => makePenerimaByNik(household)),
        ])
        const read: [string, Cell | string][] = []
        for (const indikator of ['cakupan_pkh', 'galat_eksklusi', 'kk_bantuan_ganda']) {
          read.push([indikator, await readFigure(client, KODE.desaA, indikator)])
        }
        return read
      })
      // PKH: A1, A2 and A3 = 15 of 20 desil 1–4 households; no desil 1–2 household without aid; A3 has one program.
      expect(Object.fromEntries(figures)).toEqual({
        cakupan_pkh: 75,
        galat_eksklusi: 0,
        kk_bantuan_ganda: 10,
      })
    })
  })
}
