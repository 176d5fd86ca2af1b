import { describe, expect, it } from 'vitest'
import { composeMembers, drawHouseholdSize, MAX_HOUSEHOLD_SIZE } from './household-members'
import { makeRegions } from './make-regions'
import { makePersonRegistry } from './persons'
import { makeRandom } from './random'
import { buildVillageProfile } from './village-profile'

const [firstRegion] = makeRegions()
if (!firstRegion) throw new Error('no fixture region')
const profile = buildVillageProfile(firstRegion, 42)

describe('composeMembers()', () => {
  it.each([1, 2, 5, MAX_HOUSEHOLD_SIZE])('makes exactly %i members, head first and adult', (size) => {
    const random = makeRandom(1, size)
    const registry = makePersonRegistry()
    for (let index = 0; index < 50; index++) {
      const { members } = composeMembers(random, registry, profile, 2020, size, false)
      expect(members).toHaveLength(size)
      expect(2020 - (members[0]?.birthYear ?? 2020)).toBeGreaterThanOrEqual(19)
    }
  })

  it('makes children at least 18 years younger than the head', () => {
    const random = makeRandom(2)
    const registry = makePersonRegistry()
    for (let index = 0; index < 100; index++) {
      const { members } = composeMembers(random, registry, profile, 2020, 6, true)
      const [head] = members
      const youngest = Math.max(...members.map((member) => member.birthYear))
      expect(youngest - (head?.birthYear ?? 0)).toBeGreaterThanOrEqual(18)
    }
  })

  it('registers people in the village kecamatan unless they migrated with an older NIK', () => {
    const random = makeRandom(3)
    const registry = makePersonRegistry()
    const niks = Array.from(
      { length: 200 },
      () => composeMembers(random, registry, profile, 2020, 4, false).members,
    )
      .flat()
      .map((member) => member.nik.slice(0, 6))
    const local = niks.filter((prefix) => prefix === firstRegion.kode.slice(0, 8).replaceAll('.', ''))
    expect(local.length / niks.length).toBeGreaterThan(0.8)
  })
})

describe('drawHouseholdSize()', () => {
  it('draws sizes from 1 to the maximum with a mean between 3 and 4.5', () => {
    const random = makeRandom(4)
    const sizes = Array.from({ length: 5000 }, () => drawHouseholdSize(random, profile))
    const mean = sizes.reduce((sum, size) => sum + size, 0) / sizes.length
    expect(Math.min(...sizes)).toBe(1)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_HOUSEHOLD_SIZE)
    expect(mean).toBeGreaterThan(3)
    expect(mean).toBeLessThan(4.5)
  })
})
