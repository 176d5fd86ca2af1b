import { bin } from 'd3-array'
import { type ClassBreaks, classIndexOf } from '../../indicators/classify.ts'

/** One bar of the legend's histogram: a value range, how many areas fall in it, and its class. */
export interface HistogramBin {
  x0: number
  x1: number
  count: number
  /** The class of the bin's middle, which decides its colour. */
  classIndex: number
}

/**
 * Bars of equal width over `[breaks.min, breaks.max]`: a small picture of how the values spread
 * across the classes. Fewer bars than asked when there are fewer areas (one bar per two areas at most,
 * so a handful of districts does not make a comb). `[]` without breaks; one bar for a single value.
 */
export function buildHistogramBins(
  values: Iterable<number | null>,
  breaks: ClassBreaks | null,
  binCount = 24,
): HistogramBin[] {
  if (breaks === null) return []
  const known = [...values].filter((value): value is number => value !== null && Number.isFinite(value))
  const { min, max } = breaks
  if (max === min) return [{ x0: min, x1: max, count: known.length, classIndex: 0 }]
  const count = Math.max(1, Math.min(binCount, Math.ceil(known.length / 2)))
  const width = (max - min) / count
  const edges = Array.from({ length: count - 1 }, (_, index) => min + (index + 1) * width)
  // d3's last bin is closed on the right, so the maximum is counted.
  return bin()
    .domain([min, max])
    .thresholds(edges)(known)
    .map((values, index) => {
      const x0 = values.x0 ?? min + index * width
      const x1 = values.x1 ?? x0 + width
      return { x0, x1, count: values.length, classIndex: classIndexOf((x0 + x1) / 2, breaks) ?? 0 }
    })
}
