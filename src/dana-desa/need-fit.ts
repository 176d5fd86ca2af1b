/**
 * Need against money: poor households against Dana Desa per poor household, and the villages far from the
 * trend. The trend is a Theil–Sen line (median of all pairwise slopes, then the median intercept) on
 * log–log axes: Dana Desa per poor household falls roughly as a power of the poor count, and Theil–Sen is
 * not pulled by the very outliers it is meant to find (breakdown point 29 %). A village is called out when
 * its residual is more than {@link OUTLIER_Z} robust standard deviations (1.4826 × the median absolute
 * deviation of the residuals) from the line.
 */

/** How far from the trend, in robust standard deviations, a village is called out. 2.5 ≈ the 1 % tails of a normal. */
export const OUTLIER_Z = 2.5

/** One village of the scatter. */
export interface NeedPoint {
  kode: string
  /** Poor households (x). */
  poorHouseholds: number
  /** Dana Desa per poor household, rupiah (y). */
  perPoorHousehold: number
}

/** A point with its distance from the trend. */
export interface FittedPoint extends NeedPoint {
  /** The trend's y at this x, rupiah. */
  expected: number
  /** log10(y) − log10(trend y). */
  residual: number
  /** Residual in robust standard deviations; 0 when the residuals have no spread. */
  z: number
  /** `above`: much more money per poor household than the trend; `below`: much less. */
  outlier: 'above' | 'below' | null
}

/** The fitted trend `log10 y = intercept + slope · log10 x`, and every point. */
export interface NeedFit {
  slope: number
  intercept: number
  /** Robust standard deviation of the residuals (log10 units). */
  scale: number
  points: FittedPoint[]
}

/**
 * Fits the trend to the points with x > 0 and y > 0 (others cannot sit on log axes and are left out).
 * Returns `null` with fewer than 3 such points or when every x is the same.
 */
export function fitNeed(points: readonly NeedPoint[]): NeedFit | null {
  const usable = points.filter((point) => point.poorHouseholds > 0 && point.perPoorHousehold > 0)
  if (usable.length < 3) return null
  const xs = usable.map((point) => Math.log10(point.poorHouseholds))
  const ys = usable.map((point) => Math.log10(point.perPoorHousehold))
  const slopes: number[] = []
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      const dx = (xs[j] ?? 0) - (xs[i] ?? 0)
      if (dx !== 0) slopes.push(((ys[j] ?? 0) - (ys[i] ?? 0)) / dx)
    }
  }
  if (slopes.length === 0) return null
  const slope = median(slopes)
  const intercept = median(ys.map((y, index) => y - slope * (xs[index] ?? 0)))
  const residuals = ys.map((y, index) => y - (intercept + slope * (xs[index] ?? 0)))
  const center = median(residuals)
  const scale = 1.4826 * median(residuals.map((residual) => Math.abs(residual - center)))
  return {
    slope,
    intercept,
    scale,
    points: usable.map((point, index) => {
      const residual = residuals[index] ?? 0
      const z = scale > 0 ? (residual - center) / scale : 0
      return {
        ...point,
        expected: 10 ** (intercept + slope * (xs[index] ?? 0)),
        residual,
        z,
        outlier: z > OUTLIER_Z ? 'above' : z < -OUTLIER_Z ? 'below' : null,
      }
    }),
  }
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}
