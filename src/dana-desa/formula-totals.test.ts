import { describe, expect, it } from 'vitest'
import { allocateDanaDesa, type DanaDesaParameters, OFFICIAL_PARAMETERS_2024 } from './formula.ts'
import { amountsByKode, makeParameters, makeVillage } from './testing/make-village.ts'

describe('allocateDanaDesa() totals and rounding', () => {
  it.each([
    ['three equal villages, 100 rupiah', 100, [34, 33, 33]],
    ['three equal villages, 2 rupiah', 2, [1, 1, 0]],
    ['three equal villages, 0 rupiah', 0, [0, 0, 0]],
    ['three equal villages, 3 rupiah', 3, [1, 1, 1]],
  ] as const)('keeps the total exact for %s, extra rupiah to the smaller kode', (_, total, expected) => {
    // Input order c, a, b: the extra rupiah follow kode order a, b, c, not input order.
    const villages = [makeVillage({ kode: 'c' }), makeVillage({ kode: 'a' }), makeVillage({ kode: 'b' })]
    const rows = amountsByKode(villages, total, makeParameters({ alokasi_dasar: 1 }))
    expect([rows.a?.pagu, rows.b?.pagu, rows.c?.pagu]).toEqual(expected)
  })

  it('returns rows in input order with components summing to each pagu', () => {
    const villages = [
      makeVillage({ kode: 'z', penduduk: 4_000 }),
      makeVillage({ kode: 'y', status_idm: 'tertinggal' }),
    ]
    const rows = allocateDanaDesa(villages, 1_234_567_891, OFFICIAL_PARAMETERS_2024)
    expect(rows.map((row) => row.kode)).toEqual(['z', 'y'])
    for (const row of rows) {
      expect(row.alokasi_dasar + row.alokasi_afirmasi + row.alokasi_kinerja + row.alokasi_formula).toBe(
        row.pagu,
      )
    }
  })

  it('keeps the real Kutim 2024 total exact over 139 varied villages', () => {
    const villages = Array.from({ length: 139 }, (_, index) =>
      makeVillage({
        kode: `64.08.${String(index).padStart(3, '0')}`,
        penduduk: 80 + ((index * 977) % 12_000),
        penduduk_miskin: (index * 37) % 80,
        luas_km2: 3.3 + ((index * 13.7) % 900),
        ikg: (index % 10) / 10,
        status_idm: index % 7 === 0 ? 'tertinggal' : 'berkembang',
        kinerja_score: (index * 0.618) % 1,
      }),
    )
    const rows = allocateDanaDesa(villages, 146_490_000_000, OFFICIAL_PARAMETERS_2024)
    expect(rows.reduce((total, row) => total + row.pagu, 0)).toBe(146_490_000_000)
    expect(rows.reduce((total, row) => total + row.alokasi_dasar, 0)).toBe(95_218_500_000)
    expect(rows.reduce((total, row) => total + row.alokasi_kinerja, 0)).toBe(5_859_600_000)
    // Afirmasi at the nominal Rp 94.8 M each (the 1 % share covers it); the formula takes the rest.
    const afirmasi = rows.filter((row) => row.alokasi_afirmasi > 0)
    expect(afirmasi.length).toBeGreaterThan(0)
    expect(afirmasi.every((row) => row.alokasi_afirmasi === 94_800_000)).toBe(true)
    expect(rows.reduce((total, row) => total + row.alokasi_formula, 0)).toBe(
      146_490_000_000 - 95_218_500_000 - 5_859_600_000 - afirmasi.length * 94_800_000,
    )
  })

  it('gives one village the whole total', () => {
    // Berkembang with a score: dasar 65 %, kinerja 4 %, formula 30 % + the unused afirmasi 1 %.
    const rows = allocateDanaDesa(
      [makeVillage({ kode: 'a', kinerja_score: 1 })],
      1_000,
      OFFICIAL_PARAMETERS_2024,
    )
    expect(rows).toEqual([
      {
        kode: 'a',
        alokasi_dasar: 650,
        alokasi_afirmasi: 0,
        alokasi_kinerja: 40,
        alokasi_formula: 310,
        pagu: 1_000,
      },
    ])
  })

  it('gives the formula component the shares afirmasi and kinerja leave unused', () => {
    // No tertinggal village and no kinerja scores: dasar 65 %, formula 35 %.
    const villages = [makeVillage({ kode: 'a' }), makeVillage({ kode: 'b' })]
    const rows = allocateDanaDesa(villages, 1_000, OFFICIAL_PARAMETERS_2024)
    expect(
      rows.map((row) => [row.alokasi_dasar, row.alokasi_afirmasi, row.alokasi_kinerja, row.alokasi_formula]),
    ).toEqual([
      [325, 0, 0, 175],
      [325, 0, 0, 175],
    ])
  })

  it('gives alokasi dasar the rest when no formula variable has a positive total', () => {
    const villages = [
      makeVillage({ kode: 'a', penduduk: 0, penduduk_miskin: 0, luas_km2: 0, ikg: 0 }),
      makeVillage({ kode: 'b', penduduk: 0, penduduk_miskin: 0, luas_km2: 0, ikg: 0 }),
    ]
    const rows = allocateDanaDesa(villages, 1_000, OFFICIAL_PARAMETERS_2024)
    expect(rows.map((row) => [row.alokasi_dasar, row.alokasi_formula])).toEqual([
      [500, 0],
      [500, 0],
    ])
  })

  it('splits the total equally among identical villages', () => {
    const villages = ['a', 'b', 'c', 'd'].map((kode) => makeVillage({ kode, kinerja_score: 1 }))
    const rows = allocateDanaDesa(
      villages,
      4_000_000,
      makeParameters({ alokasi_dasar: 0.5, alokasi_formula: 0.5 }),
    )
    expect(rows.map((row) => row.pagu)).toEqual([1_000_000, 1_000_000, 1_000_000, 1_000_000])
  })

  it('returns no rows for no villages and a zero total', () => {
    expect(allocateDanaDesa([], 0)).toEqual([])
  })
})

describe('allocateDanaDesa() input validation', () => {
  it.each([
    [
      'negative population',
      [makeVillage({ kode: 'a', penduduk: -1, penduduk_miskin: 0 })],
      10,
      /a\.penduduk must be/,
    ],
    [
      'poor above population',
      [makeVillage({ kode: 'a', penduduk: 5, penduduk_miskin: 6 })],
      10,
      /exceeds penduduk/,
    ],
    ['NaN area', [makeVillage({ kode: 'a', luas_km2: Number.NaN })], 10, /a\.luas_km2 must be/],
    ['ikg above 1', [makeVillage({ kode: 'a', ikg: 1.5 })], 10, /ikg must lie in 0\.\.1/],
    [
      'infinite kinerja score',
      [makeVillage({ kode: 'a', kinerja_score: Number.POSITIVE_INFINITY })],
      10,
      /kinerja_score/,
    ],
    [
      'duplicate kode',
      [makeVillage({ kode: 'a' }), makeVillage({ kode: 'a' })],
      10,
      /duplicate village kode a/,
    ],
    ['fractional total', [makeVillage({ kode: 'a' })], 10.5, /whole number/],
    ['negative total', [makeVillage({ kode: 'a' })], -1, /whole number/],
    ['money for no villages', [], 10, /zero villages/],
  ] as const)('rejects %s', (_, villages, total, message) => {
    expect(() => allocateDanaDesa(villages, total)).toThrow(message)
  })

  it.each([
    [
      'formula weights not summing to 1',
      { formula_weights: { penduduk: 0.2, penduduk_miskin: 0.4, luas_km2: 0.2, ikg: 0.3 } },
      /formula_weights must sum to 1/,
    ],
    [
      'component shares not summing to 1',
      {
        component_shares: {
          alokasi_dasar: 0.6,
          alokasi_afirmasi: 0.01,
          alokasi_kinerja: 0.04,
          alokasi_formula: 0.3,
        },
      },
      /component_shares must sum to 1/,
    ],
    [
      'a negative weight',
      { formula_weights: { penduduk: -0.1, penduduk_miskin: 0.6, luas_km2: 0.2, ikg: 0.3 } },
      /formula_weights\.penduduk must be/,
    ],
    [
      'bands without an open last band',
      { population_bands: [{ max_penduduk: 100, amount: 1 }] },
      /open band/,
    ],
    [
      'an open band before the last',
      {
        population_bands: [
          { max_penduduk: null, amount: 1 },
          { max_penduduk: null, amount: 2 },
        ],
      },
      /open band/,
    ],
    [
      'descending bands',
      {
        population_bands: [
          { max_penduduk: 100, amount: 1 },
          { max_penduduk: 50, amount: 1 },
          { max_penduduk: null, amount: 1 },
        ],
      },
      /ascend/,
    ],
    ['a zero band amount', { population_bands: [{ max_penduduk: null, amount: 0 }] }, /must be positive/],
    ['no bands', { population_bands: [] }, /must not be empty/],
    [
      'a kinerja share above 1',
      { kinerja_recipient_share: 1.5 },
      /kinerja_recipient_share must lie in 0\.\.1/,
    ],
  ] as const)('rejects parameters with %s', (_, overrides, message) => {
    const parameters = { ...OFFICIAL_PARAMETERS_2024, ...overrides } as DanaDesaParameters
    expect(() => allocateDanaDesa([makeVillage({ kode: 'a' })], 10, parameters)).toThrow(message)
  })
})
