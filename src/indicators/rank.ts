import type { IndicatorValue, ValueStatus } from '../data/indicators.ts'
import type { PublishedDirection } from './value-classes.ts'

/** Why an area has no rank: its value is withheld, missing, or does not apply to it. */
export type UnrankedReason = Exclude<ValueStatus, 'ada'>

/** The place of one area among the areas compared. */
export type Rank =
  | {
      kind: 'ranked'
      /** 1 is the area most in need (see `rankAreas`); tied areas share the best place ("1224"). */
      rank: number
      /** How many areas have a value and so a rank. */
      rankedCount: number
      /** How many areas were compared, ranked or not (e.g. the 141 villages). */
      total: number
      /** Whether another area has exactly the same value. */
      isTied: boolean
    }
  | { kind: 'not-ranked'; reason: UnrankedReason; total: number }

/** Which end of the values is place 1. */
export type RankOrder = 'highest-first' | 'lowest-first'

/**
 * Place 1 goes to the area most in need: the highest value when higher is worse, the lowest when
 * higher is better. A neutral figure (population, rupiah) ranks from the highest value.
 */
export function getRankOrder(direction: PublishedDirection): RankOrder {
  return direction === 'higher-is-better' ? 'lowest-first' : 'highest-first'
}

/**
 * Ranks areas by value with standard competition ranking (equal values share the best place and the
 * next place skips: 1, 2, 2, 4), as league tables and BPS rankings do. Areas without a present value
 * are "not ranked" with their status as the reason; an area with no row counts as `tidak_ada`.
 */
export function rankAreas(
  codes: readonly string[],
  getValue: (kode: string) => IndicatorValue | undefined,
  order: RankOrder,
): Map<string, Rank> {
  const ranks = new Map<string, Rank>()
  const present: { kode: string; value: number }[] = []
  for (const kode of codes) {
    const entry = getValue(kode)
    if (entry?.status === 'ada' && entry.nilai !== null && Number.isFinite(entry.nilai)) {
      present.push({ kode, value: entry.nilai })
    } else {
      const reason: UnrankedReason =
        entry === undefined || entry.status === 'ada' ? 'tidak_ada' : entry.status
      ranks.set(kode, { kind: 'not-ranked', reason, total: codes.length })
    }
  }
  const sign = order === 'highest-first' ? -1 : 1
  present.sort((a, b) => sign * (a.value - b.value))
  const counts = new Map<number, number>()
  for (const item of present) counts.set(item.value, (counts.get(item.value) ?? 0) + 1)
  let place = 0
  let previous: number | undefined
  present.forEach((item, index) => {
    if (item.value !== previous) place = index + 1
    previous = item.value
    ranks.set(item.kode, {
      kind: 'ranked',
      rank: place,
      rankedCount: present.length,
      total: codes.length,
      isTied: (counts.get(item.value) ?? 0) > 1,
    })
  })
  return ranks
}
