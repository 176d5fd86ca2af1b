import { describe, expect, it } from 'vitest'
import {
  type Classification,
  clampClasses,
  classIndexOf,
  classify,
  countClasses,
  DATA_METHODS,
  getClassRanges,
  isValidClassification,
} from './classify.ts'

const quintiles = { method: 'quantile', classes: 5 } as const

describe('classify()', () => {
  it.each([
    {
      name: 'ten distinct values into five quantile classes',
      values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      thresholds: [3, 5, 7, 9],
    },
    {
      name: 'values with nulls, ignoring the nulls',
      values: [null, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, null],
      thresholds: [3, 5, 7, 9],
    },
    {
      name: 'ties at a quantile into one threshold',
      values: [1, 1, 1, 1, 1, 1, 2, 3, 4, 5],
      thresholds: [2, 4],
    },
    { name: 'fewer distinct values than classes into fewer classes', values: [5, 5, 9, 9], thresholds: [9] },
    { name: 'a single value into one class', values: [42], thresholds: [] },
    { name: 'identical values into one class', values: [3, 3, 3], thresholds: [] },
  ])('splits $name', ({ values, thresholds }) => {
    expect(classify(values, quintiles)?.thresholds).toEqual(thresholds)
  })

  it.each([
    [0.4, 1.2, 1.2, 3, 3, 3, 8, 20, 20, 20, 20, 150],
    [5, 5, 9, 9],
    [1, 2, 2, 2, 2, 2, 2, 2, 2, 3],
  ])('leaves no quantile class empty for %j', (...values) => {
    const breaks = classify(values, quintiles)
    const edges = [-Infinity, ...(breaks?.thresholds ?? []), Infinity]
    for (let index = 0; index < edges.length - 1; index++) {
      const lower = edges[index] ?? -Infinity
      const upper = edges[index + 1] ?? Infinity
      expect(values.some((value) => value >= lower && value < upper)).toBe(true)
    }
  })

  it.each([
    { name: 'no value', values: [] },
    { name: 'only nulls', values: [null, null] },
  ])('returns null for $name', ({ values }) => {
    expect(classify(values, quintiles)).toBeNull()
  })

  it('keeps the extent of the known values', () => {
    expect(classify([null, 4, -2, 10], quintiles)).toMatchObject({ min: -2, max: 10 })
  })

  it('uses manual breaks sorted, without duplicates and inside the data range', () => {
    const breaks = classify([0, 5, 10, 50], { method: 'manual', breaks: [100, 10, 1, 10, -5] })
    expect(breaks?.thresholds).toEqual([1, 10])
  })
})

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

describe('clampClasses()', () => {
  it.each([
    { classes: 2, expected: 3 },
    { classes: 5, expected: 5 },
    { classes: 12, expected: 9 },
    { classes: Number.NaN, expected: 5 },
  ])('turns $classes into $expected', ({ classes, expected }) => {
    expect(clampClasses(classes)).toBe(expected)
  })
})

describe('isValidClassification()', () => {
  it.each<{ classification: Classification; expected: boolean }>([
    { classification: { method: 'jenks', classes: 5 }, expected: true },
    { classification: { method: 'quantile', classes: 3 }, expected: true },
    { classification: { method: 'pretty', classes: 9 }, expected: true },
    { classification: { method: 'pretty', classes: 2 }, expected: false },
    { classification: { method: 'pretty', classes: 10 }, expected: false },
    { classification: { method: 'equal-interval', classes: 4.5 }, expected: false },
    { classification: { method: 'manual', breaks: [10, 20] }, expected: true },
    { classification: { method: 'manual', breaks: [10] }, expected: false },
    { classification: { method: 'manual', breaks: [1, 2, 3, 4, 5, 6, 7, 8, 9] }, expected: false },
    { classification: { method: 'manual', breaks: [20, 10] }, expected: false },
    { classification: { method: 'manual', breaks: [10, 10, 20] }, expected: false },
    { classification: { method: 'manual', breaks: [10, Number.NaN] }, expected: false },
  ])('says $expected for $classification', ({ classification, expected }) => {
    expect(isValidClassification(classification)).toBe(expected)
  })
})

describe('classIndexOf()', () => {
  const breaks = { thresholds: [10, 20], min: 0, max: 30 }

  it.each([
    { value: 0, expected: 0 },
    { value: 9.99, expected: 0 },
    { value: 10, expected: 1 },
    { value: 19, expected: 1 },
    { value: 20, expected: 2 },
    { value: 30, expected: 2 },
    { value: null, expected: null },
    { value: Number.NaN, expected: null },
  ])(
    'puts $value in class $expected (a value equal to a threshold starts the upper class)',
    ({ value, expected }) => {
      expect(classIndexOf(value, breaks)).toBe(expected)
    },
  )

  it('puts every value in the no-data class when there are no breaks', () => {
    expect(classIndexOf(5, null)).toBeNull()
  })
})

describe('getClassRanges()', () => {
  it.each([
    {
      thresholds: [10, 20],
      expected: [
        [0, 10],
        [10, 20],
        [20, 30],
      ],
    },
    { thresholds: [], expected: [[0, 30]] },
  ])('gives one range per class for thresholds $thresholds', ({ thresholds, expected }) => {
    const breaks = { thresholds, min: 0, max: 30 }
    expect(getClassRanges(breaks)).toEqual(expected)
    expect(getClassRanges(breaks)).toHaveLength(countClasses(breaks))
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
