import { describe, expect, it } from 'vitest'
import { buildHouseholdPanel } from './households'
import { makeRegions } from './make-regions'
import type { Person } from './persons'
import { allocatePopulation } from './population'
import { BLT_DD_FIRST_YEAR, listRecipients, maxBltDdFamilies, pkhAmount, schoolLevel } from './programs'
import { DEMO_YEARS, type DemoYear } from './types'
import { buildVillageProfile } from './village-profile'
import { assignWelfare, countHouseholds } from './welfare'

function makeProgramRun(regions = makeRegions(), years: readonly DemoYear[] = DEMO_YEARS, scale = 0.02) {
  const profiles = regions.map((region) => buildVillageProfile(region, 42))
  const byKode = new Map(profiles.map((profile) => [profile.region.kode, profile]))
  const panel = buildHouseholdPanel(profiles, allocatePopulation(profiles, years, scale), years, 42)
  const welfare = assignWelfare(panel, byKode, years, 42)
  const rows = listRecipients(panel, welfare.years, byKode, countHouseholds(panel), 42)
  const desil = new Map<string, number>()
  panel.forEach((households, yearIndex) => {
    households.forEach((row, index) => {
      desil.set(`${row.tahun}|${row.household.id_keluarga}`, welfare.years[yearIndex]?.desil[index] ?? 10)
    })
  })
  const desilOf = (tahun: number, id: string | null): number => desil.get(`${tahun}|${id}`) ?? 0
  return { profiles, panel, rows, desilOf }
}

const person = (age: number, extra: Partial<Person> = {}): Person => ({
  nik: '6408010101900001',
  nama: 'Uji Coba',
  tanggal_lahir: `${2024 - age}-01-01`,
  birthYear: 2024 - age,
  isFemale: false,
  hasSevereDisability: false,
  ...extra,
})

describe('schoolLevel()', () => {
  it.each([
    [6, null],
    [7, 'sd'],
    [12, 'sd'],
    [13, 'smp'],
    [15, 'smp'],
    [16, 'sma'],
    [18, 'sma'],
    [19, null],
  ])('puts a child of %i in %s', (age, level) => {
    expect(schoolLevel(age)).toBe(level)
  })
})

describe('pkhAmount()', () => {
  it.each([
    ['no component', [person(40), person(38)], [], 0],
    ['a toddler', [person(40), person(3)], [], 3_000_000],
    ['SD, SMP and SMA children', [person(45), person(8), person(14), person(17)], [], 4_400_000],
    ['a pregnancy (a birth this year) and an elder', [person(30), person(65)], [2024], 5_400_000],
    ['severe disability', [person(30, { hasSevereDisability: true })], [], 2_400_000],
    [
      'at most four components, the highest paid',
      [person(40), ...[1, 2, 3, 4, 5].map((age) => person(age))],
      [],
      12_000_000,
    ],
  ])('pays %s', (_, members, births, expected) => {
    expect(pkhAmount(members, births, 2024)).toBe(expected)
  })
})

describe('listRecipients()', () => {
  const { profiles, panel, rows, desilOf } = makeProgramRun()
  const kelurahan = new Set(profiles.filter((p) => p.region.jenis === 'kelurahan').map((p) => p.region.kode))

  it('lists no BLT-DD in a kelurahan', () => {
    expect(rows.filter((row) => row.program === 'BLT_DD' && kelurahan.has(row.kode_desa))).toEqual([])
  })

  it(`lists no BLT-DD before ${BLT_DD_FIRST_YEAR}`, () => {
    expect(rows.filter((row) => row.program === 'BLT_DD' && row.tahun < BLT_DD_FIRST_YEAR)).toEqual([])
  })

  it('never gives BLT-DD to a PKH or BPNT family', () => {
    const family = (program: string) =>
      new Set(rows.filter((r) => r.program === program).map((r) => `${r.tahun}|${r.id_keluarga}`))
    const blt = family('BLT_DD')
    for (const other of [family('PKH'), family('BPNT')])
      expect([...blt].filter((key) => other.has(key))).toEqual([])
  })

  it.each(['PKH', 'BPNT', 'BLT_DD', 'PBI_JKN', 'PIP'])(
    'targets %s mostly, but not only, at desil 1–4',
    (program) => {
      const listed = rows.filter((row) => row.program === program)
      const outside = listed.filter((row) => desilOf(row.tahun, row.id_keluarga) > 4).length
      expect(listed.length).toBeGreaterThan(0)
      expect(outside / listed.length).toBeGreaterThan(0)
      expect(outside / listed.length).toBeLessThan(0.35)
    },
  )

  it('leaves some desil 1–4 families without BPNT (exclusion error)', () => {
    const bpnt = new Set(
      rows.filter((row) => row.program === 'BPNT').map((row) => `${row.tahun}|${row.id_keluarga}`),
    )
    const targeted = panel.flat().filter((row) => desilOf(row.tahun, row.household.id_keluarga) <= 4)
    const left = targeted.filter((row) => !bpnt.has(`${row.tahun}|${row.household.id_keluarga}`))
    expect(left.length / targeted.length).toBeGreaterThan(0.2)
    expect(left.length / targeted.length).toBeLessThan(0.8)
  })

  it('lists family programs by KK and person programs by NIK', () => {
    for (const row of rows) {
      const isPerson = row.program === 'PBI_JKN' || row.program === 'PIP'
      expect(row.id_keluarga).toMatch(/^\d{16}$/)
      expect(row.nik === null).toBe(!isPerson)
    }
  })

  it.each([
    ['BPNT', [2_400_000]],
    ['BLT_DD', [3_600_000]],
    ['PBI_JKN', [504_000]],
    ['PIP', [450_000, 750_000, 1_800_000]],
  ])('pays %s the yearly amounts of the program rules', (program, amounts) => {
    const paid = new Set(rows.filter((row) => row.program === program).map((row) => row.nilai_rp))
    expect([...paid].every((amount) => amounts.includes(amount))).toBe(true)
  })
})

describe('maxBltDdFamilies()', () => {
  it.each([
    [2020, 67, '2022 Dana Desa (nearest), 25% cap (2024, nearest)'],
    [2023, 74, '2023 Dana Desa, 25% cap (2024, nearest)'],
    [2024, 73, '2024 Dana Desa, 25% cap'],
    [2025, 45, '2025 Dana Desa, 15% cap'],
  ])('allows %i families per desa in %i (%s)', (year, expected) => {
    expect(maxBltDdFamilies(year)).toBe(expected)
  })
})

describe('listRecipients() in large desa', () => {
  it('pays BLT-DD to no more families per desa than the cap, and the cap binds', () => {
    const { rows, desilOf } = makeProgramRun(makeRegions(1), [2025], 0.2)
    const perDesa = new Map<string, number[]>()
    for (const row of rows.filter((r) => r.program === 'BLT_DD')) {
      const key = `${row.tahun}|${row.kode_desa}`
      perDesa.set(key, [...(perDesa.get(key) ?? []), desilOf(row.tahun, row.id_keluarga)])
    }
    const counts = [...perDesa].map(([key, desils]) => [Number(key.slice(0, 4)), desils.length] as const)
    expect(counts.some(([year, count]) => count === maxBltDdFamilies(year))).toBe(true)
    for (const [year, count] of counts) expect(count).toBeLessThanOrEqual(maxBltDdFamilies(year))
  })
})
