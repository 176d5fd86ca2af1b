import { describe, expect, it } from 'vitest'
import { applyYearEvents, type YearEventsContext } from './household-events'
import type { Household } from './households'
import { makeRegions } from './make-regions'
import { makePersonRegistry, type Person } from './persons'
import type { Random } from './random'
import { buildVillageProfile } from './village-profile'

const YEAR = 2024

/** A stand-in stream that always draws `value`: `chance(p)` is true exactly when `p > value`. */
function makeFixedRandom(value: number): Random {
  return {
    uniform: () => value,
    normal: () => 0,
    int: (n) => Math.floor(value * n),
    chance: (p) => value < p,
    poisson: () => 0,
    pick: (items) => items[Math.floor(value * items.length)] as (typeof items)[number],
    weighted: (weights) => Object.keys(weights)[0] as keyof typeof weights,
  }
}

const makeMember = (age: number, isFemale: boolean, nik: string): Person => ({
  nik,
  nama: `Warga ${nik}`,
  tanggal_lahir: `${YEAR - age}-03-01`,
  birthYear: YEAR - age,
  isFemale,
  hasSevereDisability: false,
})

const makeHousehold = (members: Person[]): Household => ({
  index: 0,
  id_keluarga: '6408011203150001',
  kode: '64.08.01.2001',
  ethnic: 'kutai',
  mata_pencaharian: 'petani',
  members,
  birthYears: [],
})

function run(value: number, members: Person[]) {
  const [region] = makeRegions(1)
  if (!region) throw new Error('no fixture region')
  const started: (readonly Person[])[] = []
  const context: YearEventsContext = {
    random: makeFixedRandom(value),
    registry: makePersonRegistry(),
    profile: buildVillageProfile(region, 1),
    year: YEAR,
    startHousehold: (moving) => started.push(moving),
  }
  const household = makeHousehold(members)
  const remaining = applyYearEvents([household], context)
  return { remaining, household, started }
}

// With every draw at 0.05: people of 80+ die (12%), younger ones live (4% and 0.15%), a grown child moves
// out (10%) and a woman of 18–42 gives birth (9%). With every draw at 0.99 nothing happens.
describe('applyYearEvents()', () => {
  it('ends a household whose members all die', () => {
    const { remaining } = run(0.05, [makeMember(85, false, 'a'), makeMember(82, true, 'b')])
    expect(remaining).toEqual([])
  })

  it('passes the card of a dead head to the oldest survivor and lets a grown child move out', () => {
    const { remaining, household, started } = run(0.05, [
      makeMember(84, false, 'head'),
      makeMember(61, true, 'widow'),
      makeMember(30, false, 'son'),
    ])
    expect(remaining).toEqual([household])
    expect(household.members.map((member) => member.nik)).toEqual(['widow'])
    expect(started.map((members) => members.map((member) => member.nik))).toEqual([['son']])
  })

  it('adds a baby born this year to a household with a woman of 18–42', () => {
    const { household } = run(0.05, [makeMember(40, false, 'head'), makeMember(35, true, 'wife')])
    expect(household.members).toHaveLength(3)
    expect(household.members[2]?.birthYear).toBe(YEAR)
    expect(household.birthYears).toEqual([YEAR])
  })

  it('changes nothing when no event is drawn', () => {
    const members = [
      makeMember(84, false, 'head'),
      makeMember(61, true, 'wife'),
      makeMember(30, false, 'son'),
    ]
    const { household, started } = run(0.99, members)
    expect(household.members).toEqual(members)
    expect(started).toEqual([])
  })
})
