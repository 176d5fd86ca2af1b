/**
 * Who lives in a new household: a head, usually a spouse, children, and sometimes an older relative, with
 * ages that fit together. All shares below are round figures chosen for a plausible demo, not calibrated
 * facts; the kabupaten-level results they produce are printed by the CLI's calibration report.
 */
import type { Ethnic } from './names'
import { makePerson, type Person, type PersonRegistry, regionPrefix } from './persons'
import type { Random } from './random'
import type { VillageProfile } from './village-profile'

/** Largest household the generator makes (the contract allows up to 30). */
export const MAX_HOUSEHOLD_SIZE = 14

/** Where migrants' NIKs were first issued (kecamatan-level region codes of typical home regions). */
const ORIGIN_PREFIXES: Readonly<Record<Ethnic, readonly string[]>> = {
  jawa: ['350701', '330901', '351501'],
  bugis: ['731101', '731301', '737101'],
  banjar: ['630101', '637101'],
  dayak: ['640201'],
  kutai: ['640201', '647201'],
}

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value))

/** Household size: singles are commoner where many heads are wage workers (mining, plantations). */
export function drawHouseholdSize(random: Random, profile: VillageProfile): number {
  const mix = profile.livelihoodMix
  const workerShare = mix.buruh / Object.values(mix).reduce((sum, share) => sum + share, 0)
  if (random.chance(0.06 + 0.3 * workerShare)) return 1
  return Math.min(MAX_HOUSEHOLD_SIZE, 2 + random.poisson(profile.isUrban ? 1.8 : 2.1))
}

/** A new household's name tradition and members (head first), as of mid-`year`. */
export function composeMembers(
  random: Random,
  registry: PersonRegistry,
  profile: VillageProfile,
  year: number,
  size: number,
  isNewcomer: boolean,
): { ethnic: Ethnic; members: Person[] } {
  const ethnic = random.weighted(profile.ethnicMix)
  const home = regionPrefix(profile.region.kode)
  const adultRegion = (group: Ethnic): string =>
    random.chance(isNewcomer ? 0.4 : 0.15) ? random.pick(ORIGIN_PREFIXES[group]) : home
  const person = (group: Ethnic, isFemale: boolean, age: number, region: string): Person =>
    makePerson(random, registry, {
      ethnic: group,
      isFemale,
      birthYear: year - age,
      region,
      lastMonth: age === 0 ? 6 : 12,
    })

  const headIsFemale = random.chance(size === 1 ? 0.15 : 0.12)
  const headAge = Math.round(
    clamp(size === 1 ? 38 + 14 * random.normal() : 43 + 11 * random.normal(), 19, 85),
  )
  const members = [person(ethnic, headIsFemale, headAge, adultRegion(ethnic))]
  if (size >= 2 && random.chance(0.9)) {
    const spouseEthnic = random.chance(0.8) ? ethnic : random.weighted(profile.ethnicMix)
    const spouseAge = Math.round(clamp(headAge + (headIsFemale ? 3 : -3) + 3 * random.normal(), 17, 90))
    members.push(person(spouseEthnic, !headIsFemale, spouseAge, adultRegion(spouseEthnic)))
  }
  if (members.length < size && headAge <= 65 && random.chance(0.1)) {
    members.push(person(ethnic, random.chance(0.5), headAge + 22 + random.int(10), home))
  }
  while (members.length < size) {
    // Children are born when the head was 19 or older, and are at most 28 now.
    const childAge = random.int(Math.max(1, Math.min(headAge - 18, 29)))
    members.push(person(ethnic, random.chance(0.49), childAge, home))
  }
  return { ethnic, members }
}

/** A baby born in `year` into a household of `ethnic` tradition in `profile`'s village. */
export function makeNewborn(
  random: Random,
  registry: PersonRegistry,
  profile: VillageProfile,
  ethnic: Ethnic,
  year: number,
): Person {
  return makePerson(random, registry, {
    ethnic,
    isFemale: random.chance(0.49),
    birthYear: year,
    region: regionPrefix(profile.region.kode),
    lastMonth: 6,
  })
}
