import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateIdm } from './idm.ts'
import { type IdmTargets, idmStatusOf, KUTIM_IDM_TARGETS } from './idm-targets.ts'
import { DEMO_YEARS, type DemoRegion, type IdmRow, type VillageYearSummary } from './types.ts'

/** Real kecamatan names by code; the named desa sit in their real kecamatan. */
const KECAMATAN: Readonly<Record<string, string>> = {
  '02': 'Muara Wahau',
  '04': 'Sangatta Utara',
  '05': 'Sangkulirang',
  '09': 'Bengalon',
  '11': 'Sandaran',
  '15': 'Kaubun',
}

function makeRegion(kode: string, nama: string, jenis: DemoRegion['jenis'] = 'desa'): DemoRegion {
  const kecamatan = kode.slice(6, 8)
  return {
    kode,
    nama,
    jenis,
    kecamatan_kode: kode.slice(0, 8),
    kecamatan_nama: KECAMATAN[kecamatan] ?? `Kecamatan ${kecamatan}`,
    luas_km2: 10 + (Number(kode.slice(-3)) % 90),
    label_lng: 117,
    label_lat: 1,
  }
}

/**
 * `desaCount` desa (the seven named ones, decoys "Benua Baru" and a second "Mata Air" in another kecamatan,
 * then fillers spread over 18 kecamatan) plus two kelurahan. Names and geometry-less properties are made up.
 */
function makeRegions(desaCount = 139, renames: Readonly<Record<string, string>> = {}): DemoRegion[] {
  const named = [
    ['64.08.04.2011', 'Singa Gembara'],
    ['64.08.04.2012', 'Swarga Bara'],
    ['64.08.05.2006', 'Benua Baru Ilir'],
    ['64.08.02.2006', 'Benhes'],
    ['64.08.15.2007', 'Mata Air'],
    ['64.08.11.2002', 'Manubar'],
    ['64.08.09.2005', 'Tebangan Lembak'],
    ['64.08.03.2005', 'Benua Baru'],
    ['64.08.07.2001', 'Mata Air'],
  ] as const
  const regions = named.map(([kode, nama]) => makeRegion(kode, renames[nama] ?? nama))
  for (let index = 0; regions.length < desaCount; index++) {
    const kecamatan = String((index % 18) + 1).padStart(2, '0')
    regions.push(
      makeRegion(`64.08.${kecamatan}.2${String(100 + index).padStart(3, '0')}`, `Desa Contoh ${index}`),
    )
  }
  return [
    ...regions,
    makeRegion('64.08.04.1010', 'Teluk Lingga', 'kelurahan'),
    makeRegion('64.08.12.1002', 'Singa Geweh', 'kelurahan'),
  ]
}

/** Summaries for every region and demo year: remoteness from the kode, poverty rising with remoteness. */
function makeSummaries(regions: readonly DemoRegion[]): VillageYearSummary[] {
  return regions.flatMap((region, index) => {
    const remoteness = region.kecamatan_kode === '64.08.04' ? 0.05 : ((index * 0.37) % 0.9) + 0.1
    const penduduk = 400 + ((index * 733) % 4_600)
    const penduduk_miskin = Math.round(penduduk * (0.04 + 0.2 * remoteness))
    const kk_miskin = Math.round(penduduk_miskin / 4.5)
    return DEMO_YEARS.map((tahun) => ({
      kode: region.kode,
      tahun,
      penduduk,
      jumlah_kk: Math.round(penduduk / 3.8),
      penduduk_miskin,
      kk_miskin,
      kk_miskin_ekstrem: Math.round(kk_miskin * 0.1),
      remoteness,
      kk_blt_dd: 0,
    }))
  })
}

function generate(regions = makeRegions(), seed = 7, targets?: IdmTargets): IdmRow[] {
  return generateIdm(regions, makeSummaries(regions), seed, targets)
}

function statusCounts(rows: readonly IdmRow[], tahun: number): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const row of rows.filter((candidate) => candidate.tahun === tahun)) {
    counts[row.status] = (counts[row.status] ?? 0) + 1
  }
  return counts
}

function scoreOf(
  rows: readonly IdmRow[],
  regions: readonly DemoRegion[],
  nama: string,
  tahun: number,
  kecamatan?: string,
) {
  const region = regions.find(
    (candidate) =>
      candidate.nama === nama && (kecamatan === undefined || candidate.kecamatan_nama === kecamatan),
  )
  return rows.find((row) => row.kode_desa === region?.kode && row.tahun === tahun)
}

describe('idmStatusOf()', () => {
  it.each([
    [1, 'mandiri'],
    [0.8156, 'mandiri'],
    [0.8155, 'maju'],
    [0.7073, 'maju'],
    [0.7072, 'berkembang'],
    [0.599, 'berkembang'],
    [0.5989, 'tertinggal'],
    [0.4908, 'tertinggal'],
    [0.4907, 'sangat_tertinggal'],
    [0, 'sangat_tertinggal'],
  ] as const)('classifies %f as %s (Permendes PDTT 2/2016)', (score, status) => {
    expect(idmStatusOf(score)).toBe(status)
  })
})

describe('generateIdm()', () => {
  it('writes one row per desa and year and none for kelurahan', () => {
    const rows = generate()
    expect(rows).toHaveLength(139 * DEMO_YEARS.length)
    expect(rows.some((row) => row.kode_desa.slice(9, 10) === '1')).toBe(false)
  })

  it('reproduces the 2019 status counts 3 / 20 / 71 / 44 / 1', () => {
    expect(statusCounts(generate(), 2019)).toEqual({
      mandiri: 3,
      maju: 20,
      berkembang: 71,
      tertinggal: 44,
      sangat_tertinggal: 1,
    })
  })

  it.each([
    ['Singa Gembara', 'mandiri'],
    ['Swarga Bara', 'mandiri'],
    ['Benua Baru Ilir', 'mandiri'],
    ['Benhes', 'sangat_tertinggal'],
  ] as const)('puts %s in its real 2019 status %s', (nama, status) => {
    const regions = makeRegions()
    expect(scoreOf(generate(regions), regions, nama, 2019)?.status).toBe(status)
  })

  it('gives the three published desa the lowest 2024 scores, in their kecamatan', () => {
    const regions = makeRegions()
    const rows = generate(regions)
    expect(scoreOf(rows, regions, 'Mata Air', 2024, 'Kaubun')?.skor_idm).toBe(0.6046)
    expect(scoreOf(rows, regions, 'Manubar', 2024)?.skor_idm).toBe(0.6057)
    expect(scoreOf(rows, regions, 'Tebangan Lembak', 2024)?.skor_idm).toBe(0.6075)
    const lowest = rows.filter((row) => row.tahun === 2024).sort((a, b) => a.skor_idm - b.skor_idm)
    expect(lowest.slice(0, 3).map((row) => row.skor_idm)).toEqual([0.6046, 0.6057, 0.6075])
    expect(lowest[3]?.skor_idm).toBeGreaterThan(0.6075)
  })

  it('matches named desa case- and space-insensitively', () => {
    const regions = makeRegions(139, { 'Singa Gembara': 'SINGA  gembara ', Benhes: 'benhes' })
    expect(scoreOf(generate(regions), regions, 'benhes', 2019)?.status).toBe('sangat_tertinggal')
  })

  it('keeps every score at 4 decimals in 0..1, the mean of IKS, IKE and IKL, with the threshold status', () => {
    for (const row of generate()) {
      for (const value of [row.skor_idm, row.iks, row.ike, row.ikl]) {
        expect(value).toBeGreaterThanOrEqual(0)
        expect(value).toBeLessThanOrEqual(1)
        expect(Math.round(value * 10_000) / 10_000).toBe(value)
      }
      expect((row.iks + row.ike + row.ikl) / 3).toBeCloseTo(row.skor_idm, 9)
      const expected =
        row.skor_idm > 0.8155
          ? 'mandiri'
          : row.skor_idm > 0.7072
            ? 'maju'
            : row.skor_idm > 0.5989
              ? 'berkembang'
              : row.skor_idm > 0.4907
                ? 'tertinggal'
                : 'sangat_tertinggal'
      expect(row.status).toBe(expected)
    }
  })

  it('raises the mean score every year and leaves no tertinggal desa in 2024', () => {
    const rows = generate()
    const means = DEMO_YEARS.map((tahun) => {
      const scores = rows.filter((row) => row.tahun === tahun).map((row) => row.skor_idm)
      return scores.reduce((total, score) => total + score, 0) / scores.length
    })
    for (const [index, value] of means.slice(1).entries()) expect(value).toBeGreaterThan(means[index] ?? 1)
    expect(statusCounts(rows, 2024).tertinggal ?? 0).toBe(0)
    for (const tahun of [2022, 2023, 2024, 2025])
      expect(statusCounts(rows, tahun).sangat_tertinggal ?? 0).toBe(0)
  })

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generate(makeRegions(), 11)).toEqual(generate(makeRegions(), 11))
    expect(generate(makeRegions(), 11)).not.toEqual(generate(makeRegions(), 12))
  })

  it('reproduces custom targets on a small list', () => {
    const targets: IdmTargets = {
      ...KUTIM_IDM_TARGETS,
      baseline_counts: { mandiri: 3, maju: 1, berkembang: 2, tertinggal: 3, sangat_tertinggal: 1 },
    }
    const rows = generate(makeRegions(10), 3, targets)
    expect(statusCounts(rows, 2019)).toEqual({
      mandiri: 3,
      maju: 1,
      berkembang: 2,
      tertinggal: 3,
      sangat_tertinggal: 1,
    })
  })

  it.each([
    ['a named desa is missing', makeRegions(139, { Benhes: 'Benhes Baru' }), /"Benhes" not found/],
    [
      'a published-lowest desa is missing from its kecamatan',
      makeRegions(139, { Manubar: 'Manubar Dalam' }),
      /"Manubar" in kecamatan Sandaran not found/,
    ],
    ['the desa count differs from the targets', makeRegions(100), /expect 139 desa, got 100/],
  ])('fails loudly when %s', (_, regions, message) => {
    expect(() => generate(regions)).toThrow(message)
  })

  it('fails loudly when a desa has no baseline summary', () => {
    const regions = makeRegions()
    const summaries = makeSummaries(regions).filter(
      (row) => !(row.kode === regions[5]?.kode && row.tahun === 2019),
    )
    expect(() => generateIdm(regions, summaries, 1)).toThrow(/no 2019 summary for desa/)
  })
})

const TOPOLOGY_PATH = 'public/data/regions.topojson'

interface TopologyProperties {
  kode: string
  nama: string
  jenis?: DemoRegion['jenis']
  kecamatan_kode?: string
  luas_km2: number
  label_lng: number
  label_lat: number
}

/** The real desa list from the boundary snapshot, with kecamatan names joined in (properties only). */
function readSnapshotRegions(): DemoRegion[] {
  const topology = JSON.parse(readFileSync(TOPOLOGY_PATH, 'utf8')) as {
    objects: Record<string, { geometries: { properties: TopologyProperties }[] }>
  }
  const kecamatan = new Map(
    topology.objects.kecamatan?.geometries.map(({ properties }) => [properties.kode, properties.nama]),
  )
  return (topology.objects.desa?.geometries ?? []).map(({ properties }) => ({
    kode: properties.kode,
    nama: properties.nama,
    jenis: properties.jenis ?? 'desa',
    kecamatan_kode: properties.kecamatan_kode ?? '',
    kecamatan_nama: kecamatan.get(properties.kecamatan_kode ?? '') ?? '',
    luas_km2: properties.luas_km2,
    label_lng: properties.label_lng,
    label_lat: properties.label_lat,
  }))
}

describe.skipIf(!existsSync(TOPOLOGY_PATH))('generateIdm() on the real boundary snapshot', () => {
  it('reproduces the 2019 counts and the named desa of Kutai Timur', () => {
    const regions = readSnapshotRegions()
    expect(regions.filter((region) => region.jenis === 'desa')).toHaveLength(139)
    const rows = generate(regions)
    expect(statusCounts(rows, 2019)).toEqual({
      mandiri: 3,
      maju: 20,
      berkembang: 71,
      tertinggal: 44,
      sangat_tertinggal: 1,
    })
    for (const { nama, status } of KUTIM_IDM_TARGETS.baseline_named) {
      expect(scoreOf(rows, regions, nama, 2019)?.status).toBe(status)
    }
    for (const { nama, kecamatan_nama, skor_idm } of KUTIM_IDM_TARGETS.lowest) {
      expect(scoreOf(rows, regions, nama, 2024, kecamatan_nama)?.skor_idm).toBe(skor_idm)
    }
  })
})
