import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { allocateDanaDesa, OFFICIAL_PARAMETERS_2024 } from '../../src/dana-desa/formula.ts'
import {
  BLT_DD_CAP_SHARE,
  buildAllocationInputs,
  DANA_DESA_TOTALS,
  DANA_DESA_YEARS,
  generateDanaDesa,
} from './dana-desa.ts'
import { generateIdm } from './idm.ts'
import {
  type DanaDesaRow,
  DEMO_YEARS,
  type DemoRegion,
  type IdmRow,
  type IdmStatus,
  type VillageYearSummary,
} from './types.ts'

/** 12 made-up desa over three kecamatan plus two kelurahan; no geometry. */
function makeRegions(): DemoRegion[] {
  const desa = Array.from({ length: 12 }, (_, index) => {
    const kecamatan = `64.08.0${(index % 3) + 1}`
    return makeRegion(`${kecamatan}.20${String(index + 10)}`, `Desa ${index}`, 'desa', 5 + index * 40)
  })
  return [
    ...desa,
    makeRegion('64.08.04.1010', 'Teluk Lingga', 'kelurahan', 31.7),
    makeRegion('64.08.12.1002', 'Singa Geweh', 'kelurahan', 43.6),
  ]
}

function makeRegion(kode: string, nama: string, jenis: DemoRegion['jenis'], luas_km2: number): DemoRegion {
  const kecamatan_kode = kode.slice(0, 8)
  return {
    kode,
    nama,
    jenis,
    kecamatan_kode,
    kecamatan_nama: `Kecamatan ${kecamatan_kode}`,
    luas_km2,
    label_lng: 117,
    label_lat: 1,
  }
}

/** Population grows 2 % a year; the last desa has so many poor households that the BLT-DD cap binds. */
function makeSummaries(regions: readonly DemoRegion[]): VillageYearSummary[] {
  return regions.flatMap((region, index) =>
    DEMO_YEARS.map((tahun) => {
      const penduduk = Math.round((300 + (index % 12) * 900) * 1.02 ** (tahun - 2019))
      const share = index === 11 ? 0.6 : 0.05 + 0.02 * (index % 10)
      const penduduk_miskin = Math.round(penduduk * share)
      const kk_miskin = Math.round(penduduk_miskin / 4)
      return {
        kode: region.kode,
        tahun,
        penduduk,
        jumlah_kk: Math.round(penduduk / 3.8),
        penduduk_miskin,
        kk_miskin,
        kk_miskin_ekstrem: Math.round(kk_miskin * 0.2),
        remoteness: (index % 6) / 5,
        // The crowded desa lists every poor household for BLT-DD, more than its cap pays for.
        kk_blt_dd: region.jenis !== 'desa' ? 0 : index === 11 ? kk_miskin : Math.round(kk_miskin * 0.4),
      }
    }),
  )
}

const STATUS_BY_INDEX: readonly IdmStatus[] = [
  'tertinggal',
  'berkembang',
  'maju',
  'sangat_tertinggal',
  'mandiri',
]

/** Hand-made IDM rows: fixed status per desa, score rising 0.01 a year by a desa-specific step. */
function makeIdm(regions: readonly DemoRegion[]): IdmRow[] {
  return regions
    .filter((region) => region.jenis === 'desa')
    .flatMap((region, index) =>
      DEMO_YEARS.map((tahun) => {
        const skor_idm = Math.round((0.55 + 0.02 * index + 0.001 * index * (tahun - 2019)) * 10_000) / 10_000
        return {
          kode_desa: region.kode,
          tahun,
          skor_idm,
          iks: skor_idm,
          ike: skor_idm,
          ikl: skor_idm,
          status: STATUS_BY_INDEX[index % STATUS_BY_INDEX.length] ?? 'berkembang',
        }
      }),
    )
}

function generate(seed = 5): DanaDesaRow[] {
  const regions = makeRegions()
  return generateDanaDesa(regions, makeSummaries(regions), makeIdm(regions), seed)
}

function rowsOf(rows: readonly DanaDesaRow[], tahun: number): DanaDesaRow[] {
  return rows.filter((row) => row.tahun === tahun)
}

function total(rows: readonly DanaDesaRow[], pick: (row: DanaDesaRow) => number): number {
  return rows.reduce((sum, row) => sum + pick(row), 0)
}

function realised(row: DanaDesaRow): number {
  return row.realisasi_tahap_1 + row.realisasi_tahap_2 + row.realisasi_tahap_3
}

describe('generateDanaDesa()', () => {
  it.each(DANA_DESA_YEARS.map((tahun) => [tahun, DANA_DESA_TOTALS[tahun]]))(
    'pays out exactly the real %i total of Rp %i',
    (tahun, expected) => {
      expect(total(rowsOf(generate(), tahun), (row) => row.pagu)).toBe(expected)
    },
  )

  it('writes one row per desa and year, none for kelurahan', () => {
    const rows = generate()
    expect(rows).toHaveLength(12 * DANA_DESA_YEARS.length)
    expect(rows.filter((row) => ['64.08.04.1010', '64.08.12.1002'].includes(row.kode_desa))).toEqual([])
  })

  it('makes the four components of every row sum to its pagu', () => {
    for (const row of generate()) {
      expect(row.alokasi_dasar + row.alokasi_afirmasi + row.alokasi_kinerja + row.alokasi_formula).toBe(
        row.pagu,
      )
      // Rupiah and counts are never negative; the performance score (an IDM gain) may be.
      for (const [column, value] of Object.entries(row))
        if (typeof value === 'number' && column !== 'dasar_skor_kinerja')
          expect(value).toBeGreaterThanOrEqual(0)
    }
  })

  it('equals allocateDanaDesa() with the official parameters on the same inputs', () => {
    const regions = makeRegions()
    const summaries = makeSummaries(regions)
    const idm = makeIdm(regions)
    const rows = generateDanaDesa(regions, summaries, idm, 5)
    for (const tahun of DANA_DESA_YEARS) {
      const inputs = buildAllocationInputs(regions, summaries, idm, tahun)
      const expected = allocateDanaDesa(inputs, DANA_DESA_TOTALS[tahun], OFFICIAL_PARAMETERS_2024)
      const actual = rowsOf(rows, tahun).map((row) => ({
        kode: row.kode_desa,
        alokasi_dasar: row.alokasi_dasar,
        alokasi_afirmasi: row.alokasi_afirmasi,
        alokasi_kinerja: row.alokasi_kinerja,
        alokasi_formula: row.alokasi_formula,
        pagu: row.pagu,
      }))
      expect(actual).toEqual(expected)
    }
  })

  it('writes the formula inputs beside each row, and they alone give its allocation again', () => {
    const rows = generate()
    for (const tahun of DANA_DESA_YEARS) {
      const yearRows = rowsOf(rows, tahun)
      const inputs = yearRows.map((row) => ({
        kode: row.kode_desa,
        penduduk: row.dasar_penduduk ?? Number.NaN,
        penduduk_miskin: row.dasar_penduduk_miskin ?? Number.NaN,
        luas_km2: row.dasar_luas_km2 ?? Number.NaN,
        ikg: row.dasar_ikg ?? Number.NaN,
        status_idm: row.dasar_status_idm,
        kinerja_score: row.dasar_skor_kinerja,
      }))
      const again = allocateDanaDesa(inputs, DANA_DESA_TOTALS[tahun], OFFICIAL_PARAMETERS_2024)
      expect(again.map((row) => row.pagu)).toEqual(yearRows.map((row) => row.pagu))
      expect(again.map((row) => row.alokasi_kinerja)).toEqual(yearRows.map((row) => row.alokasi_kinerja))
    }
  })

  it('writes decimals of the formula inputs with at most 4 places, as dana_desa.csv allows', () => {
    for (const row of generate()) {
      for (const value of [row.dasar_luas_km2, row.dasar_ikg, row.dasar_skor_kinerja]) {
        if (value !== null) expect(Math.round(value * 10_000) / 10_000).toBe(value)
      }
    }
  })

  it('keeps BLT-DD within the year cap, in whole household-years of Rp 3.6 M', () => {
    for (const row of generate()) {
      const cap = BLT_DD_CAP_SHARE[row.tahun as keyof typeof BLT_DD_CAP_SHARE]
      expect(row.pagu_blt_dd).toBeLessThanOrEqual(Math.floor(cap * row.pagu))
      expect(row.pagu_blt_dd % 3_600_000).toBe(0)
    }
  })

  it('cuts BLT-DD to the cap in a desa with more poor households than the cap pays for', () => {
    const crowded = rowsOf(generate(), 2025).find((row) => row.kode_desa === '64.08.03.2021')
    expect(crowded?.pagu_blt_dd).toBe(Math.floor((0.15 * (crowded?.pagu ?? 0)) / 3_600_000) * 3_600_000)
  })

  it('budgets BLT-DD for exactly the households the BLT-DD list holds when the cap allows', () => {
    const summaries = makeSummaries(makeRegions())
    const listed = new Map(
      summaries.map((summary) => [`${summary.kode}|${summary.tahun}`, summary.kk_blt_dd]),
    )
    const underCap = generate().filter((row) => {
      const cap = BLT_DD_CAP_SHARE[row.tahun as keyof typeof BLT_DD_CAP_SHARE]
      return (listed.get(`${row.kode_desa}|${row.tahun}`) ?? 0) * 3_600_000 <= Math.floor(cap * row.pagu)
    })
    expect(underCap.length).toBeGreaterThan(0)
    for (const row of underCap) {
      expect(row.pagu_blt_dd).toBe((listed.get(`${row.kode_desa}|${row.tahun}`) ?? -1) * 3_600_000)
    }
  })

  it('disburses 40 % in stages I and II and at most the pagu in all', () => {
    for (const row of generate()) {
      expect(row.realisasi_tahap_1).toBe(Math.floor(0.4 * row.pagu))
      expect(row.realisasi_tahap_2).toBe(Math.floor(0.4 * row.pagu))
      expect(row.realisasi_tahap_3).toBeGreaterThanOrEqual(0)
      expect(realised(row)).toBeLessThanOrEqual(row.pagu)
    }
  })

  it('realises exactly the published Rp 146.66 bn in 2023 and less than the pagu in other years', () => {
    const rows = generate()
    expect(total(rowsOf(rows, 2023), realised)).toBe(146_660_000_000)
    for (const tahun of [2022, 2024, 2025]) {
      const year = rowsOf(rows, tahun)
      expect(total(year, realised)).toBeLessThan(total(year, (row) => row.pagu))
    }
  })

  it('is deterministic for a seed', () => {
    expect(generate(9)).toEqual(generate(9))
  })
})

describe('buildAllocationInputs()', () => {
  it('uses the previous year: population, IDM status and the IDM gain as kinerja score', () => {
    const regions = makeRegions()
    const summaries = makeSummaries(regions)
    const [first] = buildAllocationInputs(regions, summaries, makeIdm(regions), 2024)
    const summary2023 = summaries.find((row) => row.kode === first?.kode && row.tahun === 2023)
    expect(first?.penduduk).toBe(summary2023?.penduduk)
    expect(first?.status_idm).toBe('tertinggal')
    expect(first?.luas_km2).toBe(5)
  })

  it('scores kinerja as the IDM gain from two years back to last year', () => {
    const regions = makeRegions()
    const inputs = buildAllocationInputs(regions, makeSummaries(regions), makeIdm(regions), 2024)
    // Desa index 2 (64.08.03.2012) gains 0.002 a year in makeIdm.
    expect(inputs.find((input) => input.kode === '64.08.03.2012')?.kinerja_score).toBe(0.002)
  })

  it('fails loudly when a desa has no previous-year summary', () => {
    const regions = makeRegions()
    const summaries = makeSummaries(regions).filter((row) => row.tahun !== 2022)
    expect(() => buildAllocationInputs(regions, summaries, makeIdm(regions), 2023)).toThrow(/no 2022 summary/)
  })

  it('fails loudly when a desa has no previous-year IDM row', () => {
    const regions = makeRegions()
    const idm = makeIdm(regions).filter((row) => row.tahun !== 2022)
    expect(() => buildAllocationInputs(regions, makeSummaries(regions), idm, 2023)).toThrow(/no 2022 IDM row/)
  })
})

const TOPOLOGY_PATH = 'public/data/regions.topojson'

describe.skipIf(!existsSync(TOPOLOGY_PATH))('generateDanaDesa() on the real boundary snapshot', () => {
  it('gives the 139 desa of Kutai Timur exactly the real totals', () => {
    const topology = JSON.parse(readFileSync(TOPOLOGY_PATH, 'utf8')) as {
      objects: Record<
        string,
        { geometries: { properties: Omit<DemoRegion, 'kecamatan_nama'> & { nama: string } }[] }
      >
    }
    const kecamatan = new Map(
      topology.objects.kecamatan?.geometries.map(({ properties }) => [properties.kode, properties.nama]),
    )
    const regions: DemoRegion[] = (topology.objects.desa?.geometries ?? []).map(({ properties }) => ({
      ...properties,
      kecamatan_nama: kecamatan.get(properties.kecamatan_kode) ?? '',
    }))
    const summaries = makeSummaries(regions)
    const rows = generateDanaDesa(regions, summaries, generateIdm(regions, summaries, 3), 3)
    for (const tahun of DANA_DESA_YEARS) {
      expect(rowsOf(rows, tahun)).toHaveLength(139)
      expect(total(rowsOf(rows, tahun), (row) => row.pagu)).toBe(DANA_DESA_TOTALS[tahun])
    }
  })
})
