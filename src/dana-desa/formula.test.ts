import { describe, expect, it } from 'vitest'
import { allocateDanaDesa, bandAmountFor } from './formula.ts'
import { amountsByKode, makeParameters, makeVillage } from './testing/make-village.ts'

describe('allocateDanaDesa() alokasi dasar', () => {
  // A reference village in the lowest band (418,958,000) plus one village under test; with the total set to the
  // sum of both nominal amounts the scale factor is 1, so the village under test receives its band amount.
  it.each([
    [0, 418_958_000],
    [100, 418_958_000],
    [101, 481_802_000],
    [500, 481_802_000],
    [501, 544_646_000],
    [1_500, 544_646_000],
    [1_501, 607_490_000],
    [3_000, 607_490_000],
    [3_001, 670_334_000],
    [5_000, 670_334_000],
    [5_001, 733_178_000],
    [10_000, 733_178_000],
    [10_001, 796_022_000],
    [250_000, 796_022_000],
  ])('gives a village of %i residents the band amount %i when the scale is 1', (penduduk, expected) => {
    const villages = [
      makeVillage({ kode: 'a', penduduk: 50, penduduk_miskin: 0 }),
      makeVillage({ kode: 'b', penduduk, penduduk_miskin: 0 }),
    ]
    const rows = amountsByKode(villages, 418_958_000 + expected, makeParameters({ alokasi_dasar: 1 }))
    expect(rows.b?.alokasi_dasar).toBe(expected)
    expect(rows.a?.alokasi_dasar).toBe(418_958_000)
  })

  it('scales the band amounts by one factor to the component budget', () => {
    // Nominal 418,958,000 : 796,022,000; total 1,214,980,000 / 2 halves both amounts exactly.
    const villages = [
      makeVillage({ kode: 'a', penduduk: 10, penduduk_miskin: 0 }),
      makeVillage({ kode: 'b', penduduk: 20_000 }),
    ]
    const rows = amountsByKode(villages, 607_490_000, makeParameters({ alokasi_dasar: 1 }))
    expect([rows.a?.alokasi_dasar, rows.b?.alokasi_dasar]).toEqual([209_479_000, 398_011_000])
  })
})

describe('bandAmountFor()', () => {
  it('throws when no band covers the population', () => {
    expect(() => bandAmountFor(200, [{ max_penduduk: 100, amount: 1 }])).toThrow(/no population band/)
  })
})

describe('allocateDanaDesa() alokasi afirmasi', () => {
  // Equal poor counts, so every village is in the top half by poor population; total = 94.8 M + 104.28 M.
  it.each([
    ['tertinggal', 94_800_000],
    ['sangat_tertinggal', 104_280_000],
    ['berkembang', 0],
    ['maju', 0],
    ['mandiri', 0],
    [null, 0],
  ] as const)('gives a %s village %i', (status, expected) => {
    const villages = [
      makeVillage({ kode: 'a', status_idm: 'tertinggal' }),
      makeVillage({ kode: 'b', status_idm: 'sangat_tertinggal' }),
      makeVillage({ kode: 'c', status_idm: status }),
    ]
    const total = 94_800_000 + 104_280_000 + expected
    const rows = amountsByKode(villages, total, makeParameters({ alokasi_afirmasi: 1 }))
    expect(rows.c?.alokasi_afirmasi).toBe(expected)
  })

  it.each([
    ['pays the nominal amounts when its share covers them', 1_000, [30, 30, 40], 900],
    ['scales the nominal amounts down to its share', 100, [15, 15, 20], 50],
  ] as const)('%s, the formula taking the rest', (_, total, expected, formula) => {
    // Nominal 30 / 30 / 40 = 100 rupiah due; the afirmasi share is 50 % of the total.
    const parameters = makeParameters(
      { alokasi_afirmasi: 0.5, alokasi_formula: 0.5 },
      { afirmasi_amounts: { tertinggal: 30, sangat_tertinggal: 40 } },
    )
    const villages = [
      makeVillage({ kode: 'a', status_idm: 'tertinggal' }),
      makeVillage({ kode: 'b', status_idm: 'tertinggal' }),
      makeVillage({ kode: 'c', status_idm: 'sangat_tertinggal' }),
    ]
    const rows = allocateDanaDesa(villages, total, parameters)
    expect(rows.map((row) => row.alokasi_afirmasi)).toEqual(expected)
    expect(rows.reduce((sum, row) => sum + row.alokasi_formula, 0)).toBe(formula)
  })

  it('skips tertinggal villages outside the top share by poor population', () => {
    const villages = [
      makeVillage({ kode: 'a', status_idm: 'tertinggal', penduduk_miskin: 300 }),
      makeVillage({ kode: 'b', status_idm: 'tertinggal', penduduk_miskin: 10 }),
      makeVillage({ kode: 'c', status_idm: 'maju', penduduk_miskin: 200 }),
      makeVillage({ kode: 'd', status_idm: 'maju', penduduk_miskin: 100 }),
    ]
    const rows = amountsByKode(villages, 1_000, makeParameters({ alokasi_afirmasi: 1 }))
    expect([rows.a?.alokasi_afirmasi, rows.b?.alokasi_afirmasi]).toEqual([1_000, 0])
  })
})

describe('allocateDanaDesa() alokasi formula', () => {
  // 'people' and 'poor' share the population, 'poor' holds all poor, 'area' all area, 'remote' all IKG:
  // poor = 5 % + 40 %, people = 5 %, area = 20 %, remote = 30 % of the total.
  it('splits the total by the official weights 10/40/20/30 %', () => {
    const villages = [
      makeVillage({ kode: 'people', penduduk: 500, penduduk_miskin: 0, luas_km2: 0, ikg: 0 }),
      makeVillage({ kode: 'poor', penduduk: 500, penduduk_miskin: 500, luas_km2: 0, ikg: 0 }),
      makeVillage({ kode: 'area', penduduk: 0, penduduk_miskin: 0, luas_km2: 50, ikg: 0 }),
      makeVillage({ kode: 'remote', penduduk: 0, penduduk_miskin: 0, luas_km2: 0, ikg: 0.7 }),
    ]
    const rows = allocateDanaDesa(villages, 1_000_000_000, makeParameters({ alokasi_formula: 1 }))
    expect(rows.map((row) => row.alokasi_formula)).toEqual([
      50_000_000, 450_000_000, 200_000_000, 300_000_000,
    ])
  })

  it.each([
    ['penduduk', { penduduk: 1, penduduk_miskin: 0, luas_km2: 0, ikg: 0 }, [300, 700]],
    ['penduduk_miskin', { penduduk: 0, penduduk_miskin: 1, luas_km2: 0, ikg: 0 }, [100, 900]],
    ['luas_km2', { penduduk: 0, penduduk_miskin: 0, luas_km2: 1, ikg: 0 }, [500, 500]],
    ['ikg', { penduduk: 0, penduduk_miskin: 0, luas_km2: 0, ikg: 1 }, [200, 800]],
  ] as const)(
    'follows the ratio of %s to the kabupaten total when it carries all the weight',
    (_, weights, expected) => {
      const villages = [
        makeVillage({ kode: 'a', penduduk: 300, penduduk_miskin: 10, luas_km2: 5, ikg: 0.1 }),
        makeVillage({ kode: 'b', penduduk: 700, penduduk_miskin: 90, luas_km2: 5, ikg: 0.4 }),
      ]
      const rows = allocateDanaDesa(
        villages,
        1_000,
        makeParameters({ alokasi_formula: 1 }, { formula_weights: weights }),
      )
      expect(rows.map((row) => row.alokasi_formula)).toEqual(expected)
    },
  )

  it('spreads the weight of a variable whose kabupaten total is 0 over the other variables', () => {
    const villages = [
      makeVillage({ kode: 'a', penduduk: 100, penduduk_miskin: 0, luas_km2: 1, ikg: 0 }),
      makeVillage({ kode: 'b', penduduk: 300, penduduk_miskin: 0, luas_km2: 3, ikg: 0 }),
    ]
    const rows = allocateDanaDesa(villages, 1_000, makeParameters({ alokasi_formula: 1 }))
    expect(rows.map((row) => row.alokasi_formula)).toEqual([250, 750])
  })
})

describe('allocateDanaDesa() alokasi kinerja', () => {
  it('gives equal amounts to the best ceil(share × n) eligible villages', () => {
    const villages = [
      makeVillage({ kode: 'a', kinerja_score: 0.9 }),
      makeVillage({ kode: 'b', kinerja_score: 0.1 }),
      makeVillage({ kode: 'c', kinerja_score: 0.5 }),
      makeVillage({ kode: 'd', kinerja_score: 0.99, status_idm: 'tertinggal' }),
      makeVillage({ kode: 'e' }),
    ]
    // ceil(0.4 × 5) = 2 recipients: 'd' is tertinggal and 'e' has no score, so 'a' and 'c'.
    const rows = amountsByKode(
      villages,
      1_000,
      makeParameters({ alokasi_kinerja: 1 }, { kinerja_recipient_share: 0.4 }),
    )
    expect(Object.values(rows).map((row) => row.alokasi_kinerja)).toEqual([500, 0, 500, 0, 0])
  })

  it('breaks score ties by poor population, then kode', () => {
    const villages = [
      makeVillage({ kode: 'b', kinerja_score: 1, penduduk_miskin: 50 }),
      makeVillage({ kode: 'a', kinerja_score: 1, penduduk_miskin: 50 }),
      makeVillage({ kode: 'c', kinerja_score: 1, penduduk_miskin: 60 }),
    ]
    const rows = amountsByKode(
      villages,
      90,
      makeParameters({ alokasi_kinerja: 1 }, { kinerja_recipient_share: 0.5 }),
    )
    expect([rows.a?.alokasi_kinerja, rows.b?.alokasi_kinerja, rows.c?.alokasi_kinerja]).toEqual([45, 0, 45])
  })
})
