import { describe, expect, it } from 'vitest'
import { classIndexOf, classify, countClasses, DATA_METHODS } from './classify.ts'

/** Eleven evenly spread values 0 … 10. */
function makeEvenValues(): number[] {
  return Array.from({ length: 11 }, (_, index) => index)
}

describe('classify() with each method', () => {
  it.each([
    {
      name: 'equal-interval, 5 classes of width 2',
      values: makeEvenValues(),
      method: 'equal-interval',
      classes: 5,
      thresholds: [2, 4, 6, 8],
    },
    {
      name: 'equal-interval, 4 classes of width 2.5',
      values: makeEvenValues(),
      method: 'equal-interval',
      classes: 4,
      thresholds: [2.5, 5, 7.5],
    },
    {
      name: 'equal-interval, ignoring nulls',
      values: [null, ...makeEvenValues(), null],
      method: 'equal-interval',
      classes: 5,
      thresholds: [2, 4, 6, 8],
    },
    {
      name: 'jenks, three clear clusters',
      values: [1, 2, 3, 10, 11, 12, 20, 21, 22],
      method: 'jenks',
      classes: 3,
      thresholds: [10, 20],
    },
    {
      name: 'jenks, clusters with ties',
      values: [1, 1, 1, 1, 2, 2, 9, 9, 9],
      method: 'jenks',
      classes: 3,
      thresholds: [2, 9],
    },
    {
      name: 'pretty, round steps of 2',
      values: [0.3, 2, 3, 5, 7, 9.7],
      method: 'pretty',
      classes: 5,
      thresholds: [2, 4, 6, 8],
    },
    {
      name: 'pretty, fewer classes when no round step fits',
      values: makeEvenValues(),
      method: 'pretty',
      classes: 3,
      thresholds: [5],
    },
    // mean 5, population sd 2 (the textbook example)
    {
      name: 'standard-deviation, odd: middle class is mean ± 0.5 sd',
      values: [2, 4, 4, 4, 5, 5, 7, 9],
      method: 'standard-deviation',
      classes: 3,
      thresholds: [4, 6],
    },
    {
      name: 'standard-deviation, even: the mean is a break',
      values: [2, 4, 4, 4, 5, 5, 7, 9],
      method: 'standard-deviation',
      classes: 4,
      thresholds: [3, 5, 7],
    },
    {
      name: 'standard-deviation, dropping a break at the minimum',
      values: [2, 4, 4, 4, 5, 5, 7, 9],
      method: 'standard-deviation',
      classes: 5,
      thresholds: [4, 6, 8],
    },
  ] as const)('splits with $name', ({ values, method, classes, thresholds }) => {
    expect(classify(values, { method, classes })?.thresholds).toEqual(thresholds)
  })

  it.each([
    { method: 'quantile', thresholds: [9] },
    { method: 'equal-interval', thresholds: [7] },
    { method: 'jenks', thresholds: [9] },
    { method: 'pretty', thresholds: [6] },
    { method: 'standard-deviation', thresholds: [7] },
  ] as const)('gives $method only as many classes as distinct values', ({ method, thresholds }) => {
    expect(classify([5, 5, 9, 9], { method, classes: 5 })?.thresholds).toEqual(thresholds)
  })

  it.each(DATA_METHODS)('puts a single value in one class with %s', (method) => {
    expect(classify([null, 42, 42], { method, classes: 5 })).toEqual({ thresholds: [], min: 42, max: 42 })
  })

  it.each(DATA_METHODS)('returns null for only nulls with %s', (method) => {
    expect(classify([null, null], { method, classes: 5 })).toBeNull()
  })

  it.each([
    { method: 'equal-interval', values: [0, 2, 2, 2, 3, 5, 7, 10], at: 2 },
    { method: 'jenks', values: [1, 2, 3, 10, 10, 10, 20, 21, 22], at: 10 },
    { method: 'quantile', values: [1, 2, 3, 3, 3, 3, 4, 5, 6, 7], at: 3 },
    { method: 'pretty', values: [0, 1, 4, 4, 6, 10], at: 4 },
  ] as const)('puts values tied exactly at a $method break in the upper class', ({ method, values, at }) => {
    const breaks = classify(values, { method, classes: 5 })
    expect(breaks?.thresholds).toContain(at)
    const index = breaks?.thresholds.indexOf(at) ?? -1
    expect(classIndexOf(at, breaks)).toBe(index + 1)
  })

  it.each(['quantile', 'jenks'] as const)('leaves no %s class empty on skewed data', (method) => {
    const values = [0.4, 1.2, 1.2, 3, 3, 3, 8, 20, 20, 20, 20, 150]
    const breaks = classify(values, { method, classes: 5 })
    const counts = Array.from({ length: countClasses(breaks) }, () => 0)
    for (const value of values) {
      const index = classIndexOf(value, breaks) ?? -1
      counts[index] = (counts[index] ?? 0) + 1
    }
    expect(counts.every((count) => count > 0)).toBe(true)
  })

  it.each([
    { classes: 1, expected: 3 },
    { classes: 20, expected: 9 },
    { classes: 4.4, expected: 4 },
  ])('clamps $classes classes to $expected', ({ classes, expected }) => {
    const values = Array.from({ length: 30 }, (_, index) => index)
    expect(countClasses(classify(values, { method: 'equal-interval', classes }))).toBe(expected)
  })
})

describe('classify() edge cases across every method', () => {
  it.each(DATA_METHODS)('never makes more classes than distinct values with %s', (method) => {
    const breaks = classify([2, 2, 7, 7, 7, 11], { method, classes: 9 })
    expect(countClasses(breaks)).toBeLessThanOrEqual(3)
  })

  it.each(DATA_METHODS)('puts a value tied at a break in the class above it with %s', (method) => {
    const values = [1, 1, 2, 3, 3, 3, 5, 8, 8, 13, 21, 21]
    const breaks = classify(values, { method, classes: 4 })
    for (const [index, threshold] of (breaks?.thresholds ?? []).entries()) {
      expect(classIndexOf(threshold, breaks)).toBe(index + 1)
    }
  })

  it.each(DATA_METHODS)('treats NaN and infinities as no data with %s', (method) => {
    const breaks = classify([Number.NaN, 1, Number.POSITIVE_INFINITY, 2, 3], { method, classes: 3 })
    expect(breaks).toMatchObject({ min: 1, max: 3 })
    expect(classIndexOf(Number.NaN, breaks)).toBeNull()
  })

  it('returns null for only nulls with manual breaks', () => {
    expect(classify([null, null], { method: 'manual', breaks: [1, 2] })).toBeNull()
  })

  it('gives one class to a single value with manual breaks', () => {
    expect(classify([5], { method: 'manual', breaks: [1, 10] })).toEqual({ thresholds: [], min: 5, max: 5 })
  })
})
