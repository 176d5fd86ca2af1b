/**
 * What happens inside a village's households in one year, before migration meets the population target:
 * deaths (a dead head's card passes to the oldest adult left; a household with nobody left ends), births,
 * and grown children moving out to head a household of their own (a new KK in the same village). The rates
 * are round figures chosen for a plausible demo (crude birth rate ≈ 1.3%; about 2% of households a year
 * are new homes of grown children, which slows but does not stop the ageing of heads), not calibrated facts.
 */
import { MAX_HOUSEHOLD_SIZE, makeNewborn } from './household-members'
import type { Household } from './households'
import type { Person, PersonRegistry } from './persons'
import type { Random } from './random'
import type { VillageProfile } from './village-profile'

/** Births per year in a household with a woman aged 18–42. */
const BIRTH_PROBABILITY = 0.09
/** Deaths per year by age: under 65, 65–79, 80 and older. */
const DEATH_PROBABILITY_YOUNG = 0.0015
const DEATH_PROBABILITY_OLD = 0.04
const DEATH_PROBABILITY_VERY_OLD = 0.12
/** A child (at least 17 years younger than the head) aged 23–40 moves out with this probability a year. */
const LEAVE_HOME_PROBABILITY = 0.06

function deathProbability(age: number): number {
  return age >= 80 ? DEATH_PROBABILITY_VERY_OLD : age >= 65 ? DEATH_PROBABILITY_OLD : DEATH_PROBABILITY_YOUNG
}

/** What the events need from the household panel. */
export interface YearEventsContext {
  random: Random
  registry: PersonRegistry
  profile: VillageProfile
  year: number
  /** Starts a new household in the village with these members (head first). */
  startHousehold: (members: readonly Person[], from: Household) => void
}

/** Members after deaths, head first: the oldest adult survivor takes over when the head died. */
function survivorsOf(household: Household, context: YearEventsContext): Person[] {
  const { random, year } = context
  const survivors = household.members.filter(
    (member) => !random.chance(deathProbability(year - member.birthYear)),
  )
  if (survivors.length === 0 || survivors[0] === household.members[0]) return survivors
  const oldest = survivors.reduce((best, member) => (member.birthYear < best.birthYear ? member : best))
  return [oldest, ...survivors.filter((member) => member !== oldest)]
}

/** Applies one year of events to `households` (in place); returns the households that still exist. */
export function applyYearEvents(households: readonly Household[], context: YearEventsContext): Household[] {
  const { random, registry, profile, year } = context
  const remaining: Household[] = []
  for (const household of households) {
    const survivors = survivorsOf(household, context)
    if (survivors.length === 0) continue
    remaining.push(household)
    if (survivors.length < household.members.length || survivors[0] !== household.members[0]) {
      household.members = survivors
    }
    const head = survivors[0]
    const headAge = year - (head?.birthYear ?? year)
    const leaver = survivors.find((member, index) => {
      const age = year - member.birthYear
      return index > 0 && age >= 23 && age <= 40 && headAge - age >= 17
    })
    if (leaver && random.chance(LEAVE_HOME_PROBABILITY)) {
      household.members = household.members.filter((member) => member !== leaver)
      context.startHousehold([leaver], household)
    }
    const hasMother = household.members.some(
      (member) => member.isFemale && year - member.birthYear >= 18 && year - member.birthYear <= 42,
    )
    if (hasMother && household.members.length < MAX_HOUSEHOLD_SIZE && random.chance(BIRTH_PROBABILITY)) {
      household.members = [
        ...household.members,
        makeNewborn(random, registry, profile, household.ethnic, year),
      ]
      household.birthYears.push(year)
    }
  }
  return remaining
}
