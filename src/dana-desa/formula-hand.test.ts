/**
 * The formula on a fixture worked out by hand (exact fractions, largest remainder), with the official 2024
 * parameters and every component at work: four population bands, afirmasi for a sangat tertinggal and a
 * tertinggal desa capped at its 1 % share, one kinerja recipient, the 10/40/20/30 % formula weights, and an
 * odd total so that rounding has to keep it exact to the rupiah.
 */
import { describe, expect, it } from 'vitest'
import { allocateDanaDesa, OFFICIAL_PARAMETERS_2024 } from './formula.ts'
import { makeVillage } from './testing/make-village.ts'

const TOTAL = 10_000_000_001

/**
 * A ≤ 100 residents, B ≤ 500, C ≤ 1 500, D in the open band. Poor 40/30/20/10 (sum 100), area 10/30/40/20 km²
 * (sum 100), IKG 0.5/0.3/0.2/0 (sum 1), population sum 21 480.
 */
const VILLAGES = [
  makeVillage({
    kode: 'A',
    penduduk: 80,
    penduduk_miskin: 40,
    luas_km2: 10,
    ikg: 0.5,
    status_idm: 'sangat_tertinggal',
    kinerja_score: null,
  }),
  makeVillage({
    kode: 'B',
    penduduk: 400,
    penduduk_miskin: 30,
    luas_km2: 30,
    ikg: 0.3,
    status_idm: 'tertinggal',
    kinerja_score: 0.1,
  }),
  makeVillage({
    kode: 'C',
    penduduk: 1_000,
    penduduk_miskin: 20,
    luas_km2: 40,
    ikg: 0.2,
    status_idm: 'berkembang',
    kinerja_score: 0.2,
  }),
  makeVillage({
    kode: 'D',
    penduduk: 20_000,
    penduduk_miskin: 10,
    luas_km2: 20,
    ikg: 0,
    status_idm: 'maju',
    kinerja_score: 0.05,
  }),
]

/*
 * Budgets: dasar 65 % = 6 500 000 000.65; afirmasi min(1 % = 100 000 000.01, 104.28 M + 94.8 M) =
 * 100 000 000.01 (A and B are behind and in the top half by poor population); kinerja 4 % = 400 000 000.04
 * (ceil(15 % × 4) = 1 recipient: C, the best score among berkembang-or-better without afirmasi); formula the
 * rest, 2 999 999 999.30. Whole rupiah: 9 999 999 999 after floors, the 2 left go to .65 (dasar) and .30
 * (formula): 6 500 000 001 / 100 000 000 / 400 000 000 / 3 000 000 000.
 *
 * Dasar by band amounts 418 958 000 : 481 802 000 : 544 646 000 : 796 022 000 (sum 2 241 428 000): quotas
 * 1 214 951 807.695, 1 397 195 448.831, 1 579 439 089.966, 2 308 413 654.508; 3 rupiah left → C, B, A.
 * Afirmasi 104 280 000 : 94 800 000: 52 380 952.381 and 47 619 047.619; 1 left → B.
 * Formula weights, e.g. A = 0.1 × 80/21 480 + 0.4 × 0.4 + 0.2 × 0.1 + 0.3 × 0.5 = 0.330372…: quotas
 * 991 117 318.436, 815 586 592.179, 673 966 480.447, 519 329 608.939; 2 left → D, C.
 */
const EXPECTED = [
  {
    kode: 'A',
    alokasi_dasar: 1_214_951_808,
    alokasi_afirmasi: 52_380_952,
    alokasi_kinerja: 0,
    alokasi_formula: 991_117_318,
    pagu: 2_258_450_078,
  },
  {
    kode: 'B',
    alokasi_dasar: 1_397_195_449,
    alokasi_afirmasi: 47_619_048,
    alokasi_kinerja: 0,
    alokasi_formula: 815_586_592,
    pagu: 2_260_401_089,
  },
  {
    kode: 'C',
    alokasi_dasar: 1_579_439_090,
    alokasi_afirmasi: 0,
    alokasi_kinerja: 400_000_000,
    alokasi_formula: 673_966_481,
    pagu: 2_653_405_571,
  },
  {
    kode: 'D',
    alokasi_dasar: 2_308_413_654,
    alokasi_afirmasi: 0,
    alokasi_kinerja: 0,
    alokasi_formula: 519_329_609,
    pagu: 2_827_743_263,
  },
]

describe('allocateDanaDesa() on a hand-computed fixture', () => {
  it('gives every village and component the rupiah worked out by hand', () => {
    expect(allocateDanaDesa(VILLAGES, TOTAL, OFFICIAL_PARAMETERS_2024)).toEqual(EXPECTED)
  })

  it('pays out the odd total exactly', () => {
    const rows = allocateDanaDesa(VILLAGES, TOTAL, OFFICIAL_PARAMETERS_2024)
    expect(rows.reduce((total, row) => total + row.pagu, 0)).toBe(TOTAL)
  })
})
