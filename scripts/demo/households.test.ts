import { describe, expect, it } from 'vitest'
import { buildHouseholdPanel, type HouseholdYear } from './households'
import { makeRegions } from './make-regions'
import { allocatePopulation } from './population'
import { DEMO_YEARS } from './types'
import { buildVillageProfile } from './village-profile'

const SCALE = 0.02
const profiles = makeRegions().map((region) => buildVillageProfile(region, 42))
const targets = allocatePopulation(profiles, DEMO_YEARS, SCALE)
const panel = buildHouseholdPanel(profiles, targets, DEMO_YEARS, 42)
const yearCases = DEMO_YEARS.map((year, index) => [year, panel[index] ?? []] as const)

describe('buildHouseholdPanel()', () => {
  it.each(yearCases)('gives every village exactly its population target in %i', (year, rows) => {
    const people = new Map<string, number>()
    for (const { household, members } of rows)
      people.set(household.kode, (people.get(household.kode) ?? 0) + members.length)
    for (const profile of profiles)
      expect(people.get(profile.region.kode) ?? 0).toBe(targets.get(profile.region.kode)?.get(year))
  })

  it.each(yearCases)('gives households in %i unique 16-digit KK numbers and unique NIKs', (_, rows) => {
    const ids = rows.map((row) => row.household.id_keluarga)
    const niks = rows.flatMap((row) => row.members.map((member) => member.nik))
    expect(ids.every((id) => /^\d{16}$/.test(id))).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
    expect(niks.every((nik) => /^\d{16}$/.test(nik))).toBe(true)
    expect(new Set(niks).size).toBe(niks.length)
  })

  it.each(yearCases.slice(1))(
    'keeps most households of the year before, mostly with the same head, in %i',
    (year, rows) => {
      const before = new Map(
        (panel[DEMO_YEARS.indexOf(year) - 1] ?? []).map((row) => [row.household.id_keluarga, row]),
      )
      const stayed = rows.filter((row) => before.has(row.household.id_keluarga))
      const headOf = (row: HouseholdYear | undefined): string | undefined => row?.members[0]?.nik
      const sameHead = stayed.filter((row) => headOf(row) === headOf(before.get(row.household.id_keluarga)))
      expect(stayed.length / before.size).toBeGreaterThan(0.9)
      expect(sameHead.length / stayed.length).toBeGreaterThan(0.97)
    },
  )

  it('keeps year snapshots apart: babies born in 2020 appear in 2020 and not in the 2019 snapshot', () => {
    const bornIn2020 = (rows: readonly HouseholdYear[]): number =>
      rows.flatMap((row) => row.members).filter((member) => member.birthYear === 2020).length
    expect(bornIn2020(panel[0] ?? [])).toBe(0)
    expect(bornIn2020(panel[1] ?? [])).toBeGreaterThan(0)
  })

  it('issues KK numbers in the village kecamatan', () => {
    for (const { household } of panel[0] ?? [])
      expect(household.id_keluarga.slice(0, 6)).toBe(household.kode.slice(0, 8).replaceAll('.', ''))
  })

  it('is deterministic for a seed', () => {
    const again = buildHouseholdPanel(profiles, targets, DEMO_YEARS, 42)
    expect(again.map((rows) => rows.map((row) => row.household.id_keluarga))).toEqual(
      panel.map((rows) => rows.map((row) => row.household.id_keluarga)),
    )
  })

  it('refuses years that are not consecutive', () => {
    expect(() => buildHouseholdPanel(profiles, targets, [2019, 2021], 42)).toThrow(/consecutive/)
  })
})
