/**
 * The perturbation of one count: unbiased rounding to base {@link ROUNDING_BASE} with a secret offset
 * (docs/disclosure-control.md). The offset comes from a keyed hash (HMAC-SHA-256) of what is rounded (a
 * cell of a village, or a count of a village), not of the year, so the same true value always publishes
 * the same way, in every year and every build under one key: an unchanged count gives nothing to average.
 */
import { createHmac } from 'node:crypto'

/** Width of a block of true values that publish as one value: 5, as in the ONS and ABS small-area tables. */
export const ROUNDING_BASE = 5

/** The largest change a count can get: half a block. */
export const MAX_PERTURBATION = (ROUNDING_BASE - 1) / 2

/**
 * The offset (0 … base − 1) of one thing under `key`, named by `parts` (a village code and a cell or a
 * count name): a keyed hash, so it is fixed for a key and cannot be computed from the published files.
 */
export function offsetFor(key: string, ...parts: ReadonlyArray<string | number>): number {
  const digest = createHmac('sha256', key).update(parts.join('|')).digest()
  // 2^32 values mod 5: the bias is below 1e-9.
  return digest.readUInt32BE(0) % ROUNDING_BASE
}

/**
 * The published value of a true count `value` (an integer ≥ 0) under `offset`: the middle of the block of
 * {@link ROUNDING_BASE} values it falls in, never below 0. A true 0 stays 0.
 *
 * A 1 is the one value the floor at 0 touches: under the offset whose block around it has its middle at
 * −1 it publishes 0, one more than its block says, which alone would make a 1 publish 1.2 on average and
 * overstate every sum of many one-household cells by a fifth of a household per cell. So under the offset
 * whose block puts a 1 at 3, a 1 publishes 2 instead: a 1 averages exactly 1 over the offsets, still within
 * ±2 and at most what a 2 publishes under that offset, so the order of counts is kept.
 */
export function roundCount(value: number, offset: number): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`a count must be an integer ≥ 0, got ${value}`)
  }
  if (value === 0) return 0
  const block = Math.floor((value + offset) / ROUNDING_BASE)
  const middle = block * ROUNDING_BASE - offset + MAX_PERTURBATION
  // A 1 at the bottom of its block (middle 1 + 2 = 3) publishes one less (2).
  if (value === 1 && middle === value + MAX_PERTURBATION) return middle - 1
  return Math.max(0, middle)
}

/**
 * What a published value `published` says about the true count, from the rule alone (the offset unknown):
 * the smallest and largest true value that can publish as it.
 */
export function ruleInterval(published: number): [number, number] {
  if (published === 0) return [0, MAX_PERTURBATION]
  return [Math.max(1, published - MAX_PERTURBATION), published + MAX_PERTURBATION]
}
