import { bisectLeft, mean, ticks } from 'd3-array'
import { scaleQuantile } from 'd3-scale'
import { ckmeans } from 'simple-statistics'

/**
 * One data-driven classification method: `(sorted, classes) → candidate thresholds`. `sorted` holds
 * the known values ascending with at least two distinct values; `classes` is already clamped to 3–9
 * and to the number of distinct values. `classify()` drops candidates outside `(min, max]` and
 * duplicates, so a method may return them.
 */
export type ThresholdMethod = (sorted: readonly number[], classes: number) => number[]

/**
 * Quantile thresholds moved up to the nearest observed value. d3 interpolates between neighbours
 * which can put a threshold where no village lies and leave a class empty; snapped, every
 * class starts at a real value and so holds at least one village.
 */
export const getQuantileThresholds: ThresholdMethod = (sorted, classes) => {
  const quantiles = scaleQuantile<number>()
    .domain(sorted)
    .range(Array.from({ length: classes }, (_, index) => index))
    .quantiles()
  return quantiles.map((quantile) => sorted[bisectLeft(sorted, quantile)] ?? quantile)
}

/** `classes - 1` thresholds splitting `[min, max]` into intervals of equal width. */
export const getEqualIntervalThresholds: ThresholdMethod = (sorted, classes) => {
  const min = sorted[0] ?? 0
  const max = sorted[sorted.length - 1] ?? 0
  return Array.from({ length: classes - 1 }, (_, index) => min + ((max - min) * (index + 1)) / classes)
}

/**
 * Natural breaks by ckmeans (Wang & Song 2011): the optimal 1-D k-means split, which minimises the
 * within-class variance like Jenks but exactly and in O(k·n·log n). Each cluster starts at an
 * observed value, so no class is empty.
 */
export const getJenksThresholds: ThresholdMethod = (sorted, classes) =>
  ckmeans([...sorted], classes)
    .slice(1)
    .map((cluster) => cluster[0] ?? Number.NaN)

/**
 * Round numbers (1, 2 or 5 × 10ⁿ steps) from d3 `ticks`, strictly inside the range. d3 treats the
 * count as a hint, so the hint is lowered until at most `classes` classes come out; like R's
 * `pretty()`, the result may have fewer classes than asked for, and a class may hold no village.
 */
export const getPrettyThresholds: ThresholdMethod = (sorted, classes) => {
  const min = sorted[0] ?? 0
  const max = sorted[sorted.length - 1] ?? 0
  const inside = (hint: number): number[] => ticks(min, max, hint).filter((tick) => tick > min && tick < max)
  for (let hint = classes; hint >= 1; hint--) {
    const candidates = inside(hint)
    if (candidates.length > 0 && candidates.length <= classes - 1) return candidates
  }
  // No 1-2-5 step fits (e.g. two values 5 and 9 in two classes): keep the first round values.
  return inside(classes).slice(0, classes - 1)
}

/**
 * Breaks at mean + k·sd (population sd), one sd apart and symmetric about the mean: with an odd
 * number of classes the middle class spans mean ± 0.5 sd; with an even number the mean itself is a
 * break. Both cases are `mean + (j − (classes − 2) / 2) · sd` for j = 0 … classes − 2. Breaks beyond
 * the data range are dropped, so skewed data get fewer classes on the short side; as with equal
 * intervals, a class may hold no village (the breaks follow the spread, not the counts).
 */
export const getStandardDeviationThresholds: ThresholdMethod = (sorted, classes) => {
  const average = mean(sorted) ?? 0
  const sd = Math.sqrt(mean(sorted, (value) => (value - average) ** 2) ?? 0)
  return Array.from({ length: classes - 1 }, (_, j) => average + (j - (classes - 2) / 2) * sd)
}
