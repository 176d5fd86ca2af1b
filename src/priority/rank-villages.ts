import type { ValueStatus } from '../data/indicators.ts'
import { CRITERION_IDS, type CriterionDirection, type CriterionId } from './criteria.ts'
import { type Normalisation, normaliseColumn } from './normalise.ts'
import type { Weights } from './presets.ts'
import type { PriorityColumn, PriorityTable, PriorityVillage } from './priority-table.ts'

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
  /** 0–100: the sum of the contributions (`describeScore`), to 1e-6 points. */
  score: number
  /** Row of this village in `Ranking.raw` and `Ranking.normalised`. */
  row: number
}

/** How one score is made, per active criterion in `Ranking.criteria` order. */
export interface ScoreComponents {
  /** The published value. */
  values: number[]
  /** 0–1 (1 = most priority). */
  normalised: number[]
  /** Points: 100 × share × normalised; they add up to the score. */
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
  /** Highest priority first; equal scores in table order (code order for the snapshot). */
  ranked: RankedVillage[]
  /** In table order. Empty when no criterion has weight (then `ranked` is empty too). */
  unranked: UnrankedVillage[]
  /** Raw values per active criterion, by `RankedVillage.row`. */
  raw: readonly Float64Array[]
  /** Comparable values per active criterion, by `RankedVillage.row`. */
  normalised: readonly Float64Array[]
}

/** The value, comparable value and points of each criterion behind one village's score. */
export function describeScore(ranking: Ranking, item: RankedVillage): ScoreComponents {
  return {
    values: ranking.raw.map((column) => column[item.row] ?? 0),
    normalised: ranking.normalised.map((column) => column[item.row] ?? 0),
    contributions: ranking.criteria.map(
      (criterion, position) => 100 * criterion.share * (ranking.normalised[position]?.[item.row] ?? 0),
    ),
  }
}

/** What the ranking depends on. */
export interface RankingSettings {
  weights: Weights
  normalisation: Normalisation
}

/**
 * The part of a ranking that does not depend on the weights, only on which criteria are weighted:
 * who can be ranked, and every criterion's comparable values. A slider move re-scores from it.
 */
export interface PreparedRanking {
  table: PriorityTable
  ids: readonly CriterionId[]
  directions: readonly CriterionDirection[]
  normalisation: Normalisation
  /** Table positions of the rankable villages. */
  rankable: Int32Array
  /** Raw values per criterion, per rankable village. */
  raw: Float64Array[]
  /** Comparable values (0–1) per criterion, per rankable village. */
  normalised: Float64Array[]
  unranked: UnrankedVillage[]
}

// Scores are compared to 1e-6 points (the screen shows 0.1): sums of floating-point terms that
// differ by less are ties, and the rounded score fits beside the table position in one double.
const SCORE_STEPS = 1e6

/** The criteria with a weight above 0, in the order of the published definitions, each with its share of the total weight. */
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

function reasonsOf(
  ids: readonly CriterionId[],
  columns: readonly (PriorityColumn | undefined)[],
  index: number,
): UnrankedReason[] {
  const reasons: UnrankedReason[] = []
  ids.forEach((criterion, position) => {
    const status = columns[position]?.statuses[index] ?? 'tidak_ada'
    const value = columns[position]?.values[index] ?? null
    if (status !== 'ada' || value === null) {
      reasons.push({ criterion, status: status === 'ada' ? 'tidak_ada' : status })
    }
  })
  return reasons
}

/**
 * Splits the villages where `include[i]` is true (all when omitted) into rankable ones (every input of
 * `criteria` published) and unranked ones with their reasons, and normalises each criterion among the
 * rankable villages.
 */
export function prepareRanking(
  table: PriorityTable,
  criteria: readonly Pick<ActiveCriterion, 'id' | 'direction'>[],
  normalisation: Normalisation,
  include?: readonly boolean[],
): PreparedRanking {
  const ids = criteria.map((criterion) => criterion.id)
  const columns = ids.map((id) => table.columns.get(id))
  const { villages } = table
  const rankable: number[] = []
  const unranked: UnrankedVillage[] = []
  for (let index = 0; index < villages.length; index++) {
    if (include && !include[index]) continue
    let isComplete = true
    for (const column of columns) {
      if (column?.statuses[index] !== 'ada' || column.values[index] === null) {
        isComplete = false
        break
      }
    }
    if (isComplete) rankable.push(index)
    else
      unranked.push({
        village: villages[index] as PriorityVillage,
        index,
        reasons: reasonsOf(ids, columns, index),
      })
  }
  const raw = columns.map((column) => {
    const values = new Float64Array(rankable.length)
    rankable.forEach((index, row) => {
      values[row] = column?.values[index] ?? 0
    })
    return values
  })
  const directions = criteria.map((criterion) => criterion.direction)
  const normalised = raw.map((values, position) =>
    normaliseColumn(values, normalisation, directions[position] ?? 'higher-is-worse'),
  )
  return {
    table,
    ids,
    directions,
    normalisation,
    rankable: Int32Array.from(rankable),
    raw,
    normalised,
    unranked,
  }
}

/**
 * Scores prepared villages with the weights (which must weigh exactly the prepared criteria):
 * score = Σ 100 × share × comparable value, highest first. Sorting packs the rounded score and the
 * table position into one number, so a native numeric sort orders 85,000 villages.
 */
export function scoreRanking(prepared: PreparedRanking, weights: Weights): Ranking {
  const criteria = activeCriteria(prepared.table, weights)
  if (criteria.map((criterion) => criterion.id).join() !== prepared.ids.join()) {
    throw new Error(
      `scoreRanking: prepared for ${prepared.ids.join(', ')}, weighted ${criteria.map((item) => item.id).join(', ')}`,
    )
  }
  const count = prepared.rankable.length
  const steps = new Float64Array(count)
  criteria.forEach((criterion, position) => {
    const column = prepared.normalised[position] ?? new Float64Array(count)
    const factor = 100 * criterion.share * SCORE_STEPS
    for (let row = 0; row < count; row++) steps[row] = (steps[row] ?? 0) + factor * (column[row] ?? 0)
  })
  // Key = score steps × 2^bits + (2^bits − 1 − row): one ascending sort, read backwards, gives the
  // highest score first and, among equal scores, the earlier table position first.
  const slots = 2 ** Math.max(1, Math.ceil(Math.log2(count + 1)))
  const keys = new Float64Array(count)
  for (let row = 0; row < count; row++) keys[row] = Math.round(steps[row] ?? 0) * slots + (slots - 1 - row)
  keys.sort()

  const { villages } = prepared.table
  const ranked: RankedVillage[] = new Array(count)
  let previousSteps = -1
  let previousRank = 0
  for (let position = 0; position < count; position++) {
    const key = keys[count - 1 - position] ?? 0
    const row = slots - 1 - (key % slots)
    const scoreSteps = (key - (key % slots)) / slots
    const rank = scoreSteps === previousSteps ? previousRank : position + 1
    previousSteps = scoreSteps
    previousRank = rank
    const index = prepared.rankable[row] ?? 0
    ranked[position] = {
      village: villages[index] as PriorityVillage,
      index,
      rank,
      score: scoreSteps / SCORE_STEPS,
      row,
    }
  }
  return {
    criteria,
    normalisation: prepared.normalisation,
    ranked,
    unranked: prepared.unranked,
    raw: prepared.raw,
    normalised: prepared.normalised,
  }
}

/** The ranking when no criterion has weight: nobody ranked, nobody listed as unranked. */
export function emptyRanking(normalisation: Normalisation): Ranking {
  return { criteria: [], normalisation, ranked: [], unranked: [], raw: [], normalised: [] }
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
  if (criteria.length === 0) return emptyRanking(settings.normalisation)
  return scoreRanking(prepareRanking(table, criteria, settings.normalisation, include), settings.weights)
}
