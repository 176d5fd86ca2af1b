/** Whole rupiah from real-valued shares: the rounding step of the Dana Desa formula (formula.ts). */
import { sum } from 'd3-array'

/**
 * Largest-remainder apportionment of `budget` whole units over non-negative `weights` (not all 0 unless the
 * budget is 0). Ties in the fractional part go to the smaller key. Float error in the quotas is absorbed by
 * cycling the leftover, so the result always sums to `budget` exactly.
 */
export function apportion(budget: number, weights: readonly number[], keys: readonly string[]): number[] {
  const weightTotal = sum(weights)
  if (budget === 0 || weightTotal === 0) return weights.map(() => 0)
  const quotas = weights.map((weight) => budget * (weight / weightTotal))
  const amounts = quotas.map(Math.floor)
  const byRemainder = quotas
    .map((quota, index) => ({ index, remainder: quota - Math.floor(quota), key: keys[index] ?? '' }))
    .filter(({ index }) => (weights[index] ?? 0) > 0)
    .sort((a, b) => b.remainder - a.remainder || compareKode(a.key, b.key))
  let leftover = budget - sum(amounts)
  for (let step = 0; leftover !== 0; step += 1) {
    const direction = leftover > 0 ? 1 : -1
    const pick = direction > 0 ? step : byRemainder.length - 1 - step
    const entry = byRemainder[((pick % byRemainder.length) + byRemainder.length) % byRemainder.length]
    if (entry === undefined) break
    const current = amounts[entry.index] ?? 0
    if (direction < 0 && current === 0) continue
    amounts[entry.index] = current + direction
    leftover -= direction
  }
  return amounts
}

/** The formula's tie order: the smaller kode first. */
export function compareKode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
