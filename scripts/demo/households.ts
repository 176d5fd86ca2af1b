/**
 * A panel of households per village across consecutive years. The first year is drawn fresh; each later
 * year keeps every household (same nomor KK), applies births, deaths and children moving out
 * (`household-events.ts`), then meets the village's exact population target by migration: new households
 * move in when people are missing, random households move out (and, for the last few people, single
 * members leave) when there are too many. So the members of a village's households always sum exactly to
 * its population target.
 */
import { applyYearEvents } from './household-events'
import { composeMembers, drawHouseholdSize } from './household-members'
import type { Ethnic } from './names'
import { issueKk, makePersonRegistry, type Person, type PersonRegistry, regionPrefix } from './persons'
import type { PopulationTargets } from './population'
import { makeRandom, type Random } from './random'
import type { DemoYear, MataPencaharian } from './types'
import type { VillageProfile } from './village-profile'

/** One household (KK) over its whole life in the panel. */
export interface Household {
  /** 0, 1, 2 … in order of creation across the panel: an index for per-household arrays. */
  index: number
  id_keluarga: string
  kode: string
  ethnic: Ethnic
  mata_pencaharian: MataPencaharian
  /** Current members, head first; replaced (never mutated) on every change, so year snapshots can share it. */
  members: readonly Person[]
  /** Years in which a baby was born into the household. */
  birthYears: number[]
}

/** A household as of one year: the members of that year. */
export interface HouseholdYear {
  household: Household
  tahun: DemoYear
  /** Head first. */
  members: readonly Person[]
}

interface VillageState {
  profile: VillageProfile
  random: Random
  households: Household[]
  /** Shared by all villages: the next `Household.index`. */
  counter: { next: number }
}

/** Throws unless `years` are increasing by one (the panel steps one year at a time). */
function assertConsecutive(years: readonly number[]): void {
  years.forEach((year, index) => {
    if (index > 0 && year !== (years[index - 1] ?? 0) + 1)
      throw new Error(`years must be consecutive: ${years}`)
  })
}

/** A household of `members` (head first) with a new nomor KK issued in `issueYear`. */
function makeHousehold(
  village: VillageState,
  registry: PersonRegistry,
  members: readonly Person[],
  ethnic: Ethnic,
  issueYear: number,
): Household {
  const { random, profile } = village
  const prefix = regionPrefix(profile.region.kode)
  return {
    index: village.counter.next++,
    id_keluarga: issueKk(registry, prefix, issueYear, 1 + random.int(12), 1 + random.int(28)),
    kode: profile.region.kode,
    ethnic,
    mata_pencaharian: random.weighted(profile.livelihoodMix),
    members,
    birthYears: [],
  }
}

/** Draws a new household of `size` (first year: residents; later: newcomers) and appends it. */
function addHousehold(
  village: VillageState,
  registry: PersonRegistry,
  year: number,
  size: number,
  isFirstYear: boolean,
): void {
  const { ethnic, members } = composeMembers(
    village.random,
    registry,
    village.profile,
    year,
    size,
    !isFirstYear,
  )
  // Cards of the first year were issued some time since 2005; later ones in the year the household appears.
  const issueYear = isFirstYear ? 2005 + village.random.int(year - 2005 + 1) : year
  village.households.push(makeHousehold(village, registry, members, ethnic, issueYear))
}

/** One year of deaths, births and children moving out (`household-events.ts`); new homes go last. */
function ageVillage(village: VillageState, registry: PersonRegistry, year: number): void {
  const { random, profile } = village
  const moved: Household[] = []
  const startHousehold = (members: readonly Person[], from: Household): void => {
    moved.push(makeHousehold(village, registry, members, from.ethnic, year))
  }
  const kept = applyYearEvents(village.households, { random, registry, profile, year, startHousehold })
  village.households = [...kept, ...moved]
}

/** A random order of `0 … count − 1` (Fisher–Yates). */
function permutation(random: Random, count: number): number[] {
  const order = Array.from({ length: count }, (_, index) => index)
  for (let index = count - 1; index > 0; index--) {
    const other = random.int(index + 1)
    ;[order[index], order[other]] = [order[other] ?? 0, order[index] ?? 0]
  }
  return order
}

/** Moves households in or out until the village has exactly `target` residents. */
function fitToTarget(
  village: VillageState,
  registry: PersonRegistry,
  year: number,
  target: number,
  isFirstYear: boolean,
): void {
  let gap = target - village.households.reduce((sum, h) => sum + h.members.length, 0)
  while (gap > 0) {
    const size = Math.min(gap, drawHouseholdSize(village.random, village.profile))
    addHousehold(village, registry, year, size, isFirstYear)
    gap -= size
  }
  if (gap === 0) return
  const leaving = new Set<Household>()
  for (const index of permutation(village.random, village.households.length)) {
    const household = village.households[index]
    if (gap === 0) break
    if (household && household.members.length <= -gap) {
      leaving.add(household)
      gap += household.members.length
    }
  }
  village.households = village.households.filter((household) => !leaving.has(household))
  // Only when no household is small enough: single members (never the head) move out.
  while (gap < 0) {
    const withOthers = village.households.filter((household) => household.members.length > 1)
    if (withOthers.length === 0) throw new Error(`cannot fit ${village.profile.region.kode} to ${target}`)
    const household = village.random.pick(withOthers)
    household.members = household.members.slice(0, -1)
    gap++
  }
}

/**
 * Households of each year (outer array in the order of `years`), villages in code order. `years` must be
 * consecutive; the first one is drawn fresh.
 */
export function buildHouseholdPanel(
  profiles: readonly VillageProfile[],
  targets: PopulationTargets,
  years: readonly DemoYear[],
  seed: number,
): HouseholdYear[][] {
  assertConsecutive(years)
  const registry = makePersonRegistry()
  const counter = { next: 0 }
  const villages: VillageState[] = [...profiles]
    .sort((a, b) => (a.region.kode < b.region.kode ? -1 : 1))
    .map((profile) => ({
      profile,
      random: makeRandom(seed, profile.region.kode, 'households'),
      households: [],
      counter,
    }))
  return years.map((year, index) => {
    const rows: HouseholdYear[] = []
    for (const village of villages) {
      if (index > 0) ageVillage(village, registry, year)
      fitToTarget(
        village,
        registry,
        year,
        targets.get(village.profile.region.kode)?.get(year) ?? 0,
        index === 0,
      )
      for (const household of village.households)
        rows.push({ household, tahun: year, members: household.members })
    }
    return rows
  })
}
