import { describe, expect, it } from 'vitest'
import { normalise } from './normalise.ts'

function expectCloseTo(result: readonly number[], expected: readonly number[]): void {
  expect(result).toHaveLength(expected.length)
  result.forEach((value, index) => {
    expect(value).toBeCloseTo(expected[index] ?? Number.NaN, 12)
  })
}

describe('normalise()', () => {
  // Each row states what both methods give for the same values, so a row shows where they part.
  it.each([
    // Hand-computed: ranks 1..4 of [10, 40, 20, 30] are [1, 4, 2, 3] → (r − 1) / 3; evenly spread, so
    // min–max gives the same.
    {
      name: 'spread values',
      values: [10, 40, 20, 30],
      rank: [0, 1, 1 / 3, 2 / 3],
      minMax: [0, 1, 1 / 3, 2 / 3],
    },
    // Ties share their average rank: 20 and 20 hold ranks 2 and 3 → 2.5 → 0.5.
    { name: 'ties', values: [10, 20, 20, 30], rank: [0, 0.5, 0.5, 1], minMax: [0, 0.5, 0.5, 1] },
    // The outlier squeezes the others with min–max, not with ranks.
    { name: 'an outlier', values: [0, 1, 2, 100], rank: [0, 1 / 3, 2 / 3, 1], minMax: [0, 0.01, 0.02, 1] },
    { name: 'all equal values', values: [5, 5, 5], rank: [0.5, 0.5, 0.5], minMax: [0.5, 0.5, 0.5] },
    { name: 'a single value', values: [7], rank: [0.5], minMax: [0.5] },
    { name: 'no value', values: [], rank: [], minMax: [] },
  ])('gives $name a 0–1 scale by rank and by min–max, higher = more priority', ({ values, rank, minMax }) => {
    expectCloseTo(normalise(values, 'rank', 'higher-is-worse'), rank)
    expectCloseTo(normalise(values, 'min-max', 'higher-is-worse'), minMax)
  })

  it.each(['rank', 'min-max'] as const)(
    'flips a higher-is-better figure under %s: the lowest coverage gets the most priority',
    (method) => {
      const result = normalise([10, 40, 20, 30], method, 'higher-is-better')
      expect(result.map((value) => Number(value.toFixed(6)))).toEqual([1, 0, 0.666667, 0.333333])
    },
  )
})
