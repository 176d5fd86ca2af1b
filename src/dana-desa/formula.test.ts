import { describe, expect, it } from 'vitest'
import {
  allocateDanaDesa,
  bandAmountFor,
  type DanaDesaParameters,
  type DanaDesaVillage,
  OFFICIAL_PARAMETERS_2024,
} from './formula.ts'

function makeVillage(overrides: Partial<DanaDesaVillage> & { kode: string }): DanaDesaVillage {
  return {
    penduduk: 1_000,
    penduduk_miskin: 100,
    luas_km2: 10,
    ikg: 0.5,
    status_idm: 'berkembang',
    ...overrides,
  }
}

/** Official parameters with all of the total on the given components (the others get share 0). */
function makeParameters(
  shares: Partial<DanaDesaParameters['component_shares']>,
  overrides: Partial<DanaDesaParameters> = {},
): DanaDesaParameters {
  return {
    ...OFFICIAL_PARAMETERS_2024,
    component_shares: {
      alokasi_dasar: 0,
      alokasi_afirmasi: 0,
      alokasi_kinerja: 0,
      alokasi_formula: 0,
      ...shares,
    },
    ...overrides,
  }
}

function amountsByKode(villages: DanaDesaVillage[], total: number, parameters: DanaDesaParameters) {
  return Object.fromEntries(allocateDanaDesa(villages, total, parameters).map((row) => [row.kode, row]))
}

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
