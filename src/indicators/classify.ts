import { bisectRight } from 'd3-array'
import {
  getEqualIntervalThresholds,
  getJenksThresholds,
  getPrettyThresholds,
  getQuantileThresholds,
  getStandardDeviationThresholds,
  type ThresholdMethod,
} from './classify-methods.ts'

/** The methods that derive breaks from the data, by name; the name is also used in the URL. */
const thresholdMethods = {
  quantile: getQuantileThresholds,
  'equal-interval': getEqualIntervalThresholds,
  jenks: getJenksThresholds,
  pretty: getPrettyThresholds,
  'standard-deviation': getStandardDeviationThresholds,
} as const satisfies Record<string, ThresholdMethod>

/** A method that derives breaks from the data, given a number of classes. */
export type DataMethod = keyof typeof thresholdMethods

/** Every data-driven method, in the order a picker shows them. */
export const DATA_METHODS = Object.keys(thresholdMethods) as DataMethod[]

/** How an indicator's values are split into classes. */
export type Classification =
  | { method: DataMethod; classes: number }
  | { method: 'manual'; breaks: readonly number[] }

/**
 * Class counts a reader can tell apart: ColorBrewer's sequential schemes run from 3 to 9 colours
 * (colorbrewer2.org), and beyond 9 shades of one hue are no longer distinguishable.
 */
export const MIN_CLASSES = 3
export const MAX_CLASSES = 9

/** Manual breaks make `breaks.length + 1` classes, so the same 3–9 limit means 2–8 breaks. */
export const MIN_MANUAL_BREAKS = MIN_CLASSES - 1
export const MAX_MANUAL_BREAKS = MAX_CLASSES - 1

/**
 * Class breaks: class 0 holds `[min, thresholds[0])`, class i holds `[thresholds[i-1], thresholds[i])`,
 * the last class holds `[thresholds[last], max]`. Thresholds ascend strictly and lie in `(min, max]`,
 * so no class is empty of range. There are `thresholds.length + 1` classes.
 */
export interface ClassBreaks {
  thresholds: number[]
  min: number
  max: number
}

function isValue(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** Whether a classification is within the limits (3–9 whole classes, or 2–8 ascending finite breaks). */
export function isValidClassification(classification: Classification): boolean {
  if (classification.method === 'manual') {
    const { breaks } = classification
    return (
      breaks.length >= MIN_MANUAL_BREAKS &&
      breaks.length <= MAX_MANUAL_BREAKS &&
      breaks.every((value, index) => isValue(value) && (index === 0 || value > (breaks[index - 1] ?? value)))
    )
  }
  const { classes } = classification
  return Number.isInteger(classes) && classes >= MIN_CLASSES && classes <= MAX_CLASSES
}

/** Rounds a class count to a whole number in 3–9; anything not finite becomes 5, the usual count. */
export function clampClasses(classes: number): number {
  if (!Number.isFinite(classes)) return 5
  return Math.min(Math.max(Math.round(classes), MIN_CLASSES), MAX_CLASSES)
}

function countDistinct(sorted: readonly number[]): number {
  return sorted.filter((value, index) => index === 0 || value !== sorted[index - 1]).length
}

/**
 * Splits the known values into classes; `null` values go to the separate no-data class.
 * Returns `null` when no value is known, and one class when all known values are equal. Data-driven
 * methods get 3–9 classes (clamped), but never more than there are distinct values; ties at a break
 * collapse into one threshold.
 */
export function classify(
  values: readonly (number | null)[],
  classification: Classification,
): ClassBreaks | null {
  const known = values.filter(isValue).sort((a, b) => a - b)
  const min = known[0]
  const max = known[known.length - 1]
  if (min === undefined || max === undefined) return null
  if (min === max) return { thresholds: [], min, max }
  const candidates =
    classification.method === 'manual'
      ? [...classification.breaks]
      : getDataThresholds(
          classification.method,
          known,
          Math.min(clampClasses(classification.classes), countDistinct(known)),
        )
  return toClassBreaks(candidates, min, max)
}

/** The thresholds a data-driven method finds in ascending values for a number of classes. */
export function getDataThresholds(method: DataMethod, sorted: readonly number[], classes: number): number[] {
  return thresholdMethods[method](sorted, classes)
}

/**
 * Breaks over `[min, max]` from candidate thresholds in any order: repeats collapse and those outside
 * `(min, max]` are dropped, so no class is empty of range.
 */
export function toClassBreaks(candidates: readonly number[], min: number, max: number): ClassBreaks {
  const thresholds = [...new Set(candidates)]
    .filter((threshold) => threshold > min && threshold <= max)
    .sort((a, b) => a - b)
  return { thresholds, min, max }
}

/** The class a value falls in, or `null` for the no-data class. */
export function classIndexOf(value: number | null, breaks: ClassBreaks | null): number | null {
  if (!isValue(value) || breaks === null) return null
  return bisectRight(breaks.thresholds, value)
}

/** The number of classes (without no-data) of a set of breaks. */
export function countClasses(breaks: ClassBreaks | null): number {
  return breaks === null ? 0 : breaks.thresholds.length + 1
}

/** The `[lower, upper]` range of each class, for the legend and the details panel. */
export function getClassRanges(breaks: ClassBreaks): [number, number][] {
  const edges = [breaks.min, ...breaks.thresholds, breaks.max]
  return Array.from({ length: countClasses(breaks) }, (_, index) => [
    edges[index] ?? breaks.min,
    edges[index + 1] ?? breaks.max,
  ])
}
