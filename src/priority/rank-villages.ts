import type { ValueStatus } from '../data/indicators.ts'
import { CRITERION_IDS, type CriterionDirection, type CriterionId } from './criteria.ts'
import { type Normalisation, normalise } from './normalise.ts'
import type { Weights } from './presets.ts'
import type { PriorityTable, PriorityVillage } from './priority-table.ts'

/** A criterion that takes part in the score: weight above 0. */
export interface ActiveCriterion {
  id: CriterionId
  /** The slider weight, 0–100. */
  weight: number
  /** The weight over the sum of weights: the most this criterion can add to a score, as a fraction. */
  share: number
  direction: CriterionDirection
}

/** A ranked village and how its score is made. */
export interface RankedVillage {
  village: PriorityVillage
  /** Position in `PriorityTable.villages`. */
  index: number
  /** 1 = highest priority; equal scores share a rank (1, 2, 2, 4). */
  rank: number
  /** 0–100: the sum of `contributions`. */
  score: number
  /** Raw value per active criterion, in `Ranking.criteria` order. */
  values: number[]
  /** 0–1 per active criterion (1 = most priority). */
  normalised: number[]
  /** Points per active criterion: 100 × share × normalised. */
  contributions: number[]
}

/** Why a village has no rank: each weighted input it lacks, with its publication status. */
export interface UnrankedReason {
  criterion: CriterionId
  status: Exclude<ValueStatus, 'ada'>
}

/** A village in the selection that cannot be ranked. */
export interface UnrankedVillage {
  village: PriorityVillage
  index: number
  reasons: UnrankedReason[]
}

/** The ranking of the selected villages. */
export interface Ranking {
  criteria: ActiveCriterion[]
  normalisation: Normalisation
  /** Highest priority first; equal scores in code order. */
  ranked: RankedVillage[]
  /** In code order. Empty when no criterion has weight (then `ranked` is empty too). */
  unranked: UnrankedVillage[]
}

/** What the ranking depends on. */
export interface RankingSettings {
  weights: Weights
  normalisation: Normalisation
}

// Scores are sums of floating-point terms: two villages whose scores differ by less than this are tied.
const TIE_TOLERANCE = 1e-9

/** The criteria with a weight above 0, in registry order, each with its share of the total weight. */
export function activeCriteria(table: PriorityTable, weights: Weights): ActiveCriterion[] {
  const weighted = CRITERION_IDS.filter((id) => (weights[id] ?? 0) > 0)
  const total = weighted.reduce((sum, id) => sum + (weights[id] ?? 0), 0)
  return weighted.map((id) => {
    const direction = table.directions.get(id)
    if (direction !== 'higher-is-worse' && direction !== 'higher-is-better') {
      throw new Error(
        `Criterion ${id}: its published direction is "${direction ?? 'missing'}", so it cannot be scored`,
      )
    }
    const weight = weights[id] ?? 0
    return { id, weight, share: weight / total, direction }
  })
}

/**
 * Ranks the villages where `include[i]` is true (all when omitted). A village lacking any weighted
 * input (withheld, no data, does not apply) is listed as unranked with its reasons, never ranked last
 * or first. The other villages are normalised among themselves, criterion by criterion, then scored
 * as Σ 100 × share × normalised.
 */
export function rankVillages(
  table: PriorityTable,
  settings: RankingSettings,
  include?: readonly boolean[],
): Ranking {
  const criteria = activeCriteria(table, settings.weights)
  const { villages } = table
  const rankable: number[] = []
  const unranked: UnrankedVillage[] = []
  if (criteria.length > 0) {
    const columns = criteria.map((criterion) => table.columns.get(criterion.id))
    for (let index = 0; index < villages.length; index++) {
      if (include && !include[index]) continue
      const reasons: UnrankedReason[] = []
      criteria.forEach((criterion, position) => {
        const status = columns[position]?.statuses[index] ?? 'tidak_ada'
        const value = columns[position]?.values[index] ?? null
        if (status !== 'ada' || value === null) {
          reasons.push({ criterion: criterion.id, status: status === 'ada' ? 'tidak_ada' : status })
        }
      })
      const village = villages[index]
      if (!village) continue
      if (reasons.length > 0) unranked.push({ village, index, reasons })
      else rankable.push(index)
    }
  }

  const values = criteria.map((criterion) => {
    const column = table.columns.get(criterion.id)
    return rankable.map((index) => column?.values[index] ?? 0)
  })
  const normalised = criteria.map((criterion, position) =>
    normalise(values[position] ?? [], settings.normalisation, criterion.direction),
  )
  const ranked: RankedVillage[] = rankable.map((index, row) => {
    const villageNormalised = criteria.map((_, position) => normalised[position]?.[row] ?? 0)
    const contributions = criteria.map(
      (criterion, position) => 100 * criterion.share * (villageNormalised[position] ?? 0),
    )
    return {
      village: villages[index] as PriorityVillage,
      index,
      rank: 0,
      score: contributions.reduce((sum, part) => sum + part, 0),
      values: criteria.map((_, position) => values[position]?.[row] ?? 0),
      normalised: villageNormalised,
      contributions,
    }
  })
  ranked.sort((a, b) =>
    Math.abs(a.score - b.score) > TIE_TOLERANCE
      ? b.score - a.score
      : a.village.kode < b.village.kode
        ? -1
        : a.village.kode > b.village.kode
          ? 1
          : 0,
  )
  ranked.forEach((item, position) => {
    const previous = ranked[position - 1]
    item.rank =
      previous && Math.abs(previous.score - item.score) <= TIE_TOLERANCE ? previous.rank : position + 1
  })
  return { criteria, normalisation: settings.normalisation, ranked, unranked }
}
