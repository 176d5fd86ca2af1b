import type { CriterionDirection } from './criteria.ts'

/** How raw values are put on one 0–1 scale before weighting. */
export type Normalisation = 'rank' | 'min-max'

/** The normalisations in display order; `rank` first, the default. */
export const NORMALISATIONS: readonly Normalisation[] = ['rank', 'min-max']

/**
 * Where every value sits on a 0–1 priority scale, 1 being the most in need of attention:
 * - `rank`: the percentile rank, (rank − 1) / (n − 1) with tied values sharing their average rank, so
 *   one outlier cannot squeeze everyone else together;
 * - `min-max`: (value − min) / (max − min), which keeps the distances between villages.
 * For `higher-is-better` figures (coverage, Dana Desa per poor household, IDM score) the scale is
 * flipped: low coverage is high priority. When the values cannot be told apart (one value, or all
 * equal), every village gets 0.5: the figure then moves nobody up or down.
 */
export function normalise(
  values: readonly number[],
  method: Normalisation,
  direction: CriterionDirection,
): number[] {
  const scaled = method === 'rank' ? percentileRanks(values) : minMax(values)
  return direction === 'higher-is-better' ? scaled.map((value) => 1 - value) : scaled
}

function minMax(values: readonly number[]): number[] {
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  for (const value of values) {
    if (value < min) min = value
    if (value > max) max = value
  }
  const span = max - min
  if (!(span > 0)) return values.map(() => 0.5)
  return values.map((value) => (value - min) / span)
}

function percentileRanks(values: readonly number[]): number[] {
  const count = values.length
  const result = new Array<number>(count).fill(0.5)
  if (count < 2) return result
  const order = Array.from({ length: count }, (_, index) => index)
  order.sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0))
  let start = 0
  while (start < count) {
    const value = values[order[start] ?? 0]
    let end = start
    while (end + 1 < count && values[order[end + 1] ?? 0] === value) end++
    // Ranks are 1-based; tied values share the average of the ranks they span.
    const averageRank = (start + end) / 2 + 1
    const scaled = (averageRank - 1) / (count - 1)
    for (let position = start; position <= end; position++) result[order[position] ?? 0] = scaled
    start = end + 1
  }
  return result
}
