import { describe, expect, it } from 'vitest'
import {
  type Classification,
  clampClasses,
  classIndexOf,
  classify,
  countClasses,
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

  // Each class with its lowest value and one near its top: a value equal to a threshold starts the upper class.
  it.each([
    { expected: 0, values: [0, 9.99] },
    { expected: 1, values: [10, 19] },
    { expected: 2, values: [20, 30] },
    { expected: null, values: [null, Number.NaN] },
  ])('puts $values in class $expected', ({ values, expected }) => {
    for (const value of values) expect(classIndexOf(value, breaks)).toBe(expected)
  })

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
