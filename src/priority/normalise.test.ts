import { describe, expect, it } from 'vitest'
import { normalise } from './normalise.ts'

describe('normalise()', () => {
  it.each([
    // Hand-computed: ranks 1..4 of [10, 40, 20, 30] are [1, 4, 2, 3] → (r − 1) / 3.
    { name: 'percentile ranks', values: [10, 40, 20, 30], method: 'rank', expected: [0, 1, 1 / 3, 2 / 3] },
    // Ties share their average rank: 20 and 20 hold ranks 2 and 3 → 2.5 → 0.5.
    {
      name: 'ties at the average rank',
      values: [10, 20, 20, 30],
      method: 'rank',
      expected: [0, 0.5, 0.5, 1],
    },
    {
      name: 'min–max distances',
      values: [10, 40, 20, 30],
      method: 'min-max',
      expected: [0, 1, 1 / 3, 2 / 3],
    },
    // The outlier squeezes the others with min–max, not with ranks.
    {
      name: 'an outlier under min–max',
      values: [0, 1, 2, 100],
      method: 'min-max',
      expected: [0, 0.01, 0.02, 1],
    },
    {
      name: 'an outlier under ranks',
      values: [0, 1, 2, 100],
      method: 'rank',
      expected: [0, 1 / 3, 2 / 3, 1],
    },
    { name: 'all equal (rank)', values: [5, 5, 5], method: 'rank', expected: [0.5, 0.5, 0.5] },
    { name: 'all equal (min–max)', values: [5, 5, 5], method: 'min-max', expected: [0.5, 0.5, 0.5] },
    { name: 'a single value', values: [7], method: 'rank', expected: [0.5] },
    { name: 'no value', values: [], method: 'min-max', expected: [] },
  ] as const)('gives $name on a 0–1 scale, higher = more priority', ({ values, method, expected }) => {
    const result = normalise(values, method, 'higher-is-worse')
    expect(result).toHaveLength(expected.length)
    result.forEach((value, index) => {
      expect(value).toBeCloseTo(expected[index] ?? Number.NaN, 12)
    })
  })

  it.each(['rank', 'min-max'] as const)(
    'flips a higher-is-better figure under %s: the lowest coverage gets the most priority',
    (method) => {
      const result = normalise([10, 40, 20, 30], method, 'higher-is-better')
      expect(result.map((value) => Number(value.toFixed(6)))).toEqual([1, 0, 0.666667, 0.333333])
    },
  )
})
