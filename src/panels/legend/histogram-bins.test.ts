import { describe, expect, it } from 'vitest'
import { buildHistogramBins } from './histogram-bins.ts'

describe('buildHistogramBins()', () => {
  const breaks = { thresholds: [5], min: 0, max: 10 }

  it('splits the range into bars of equal width and counts every value once', () => {
    const bins = buildHistogramBins([0, 1, 2, 6, 9, 10, null], breaks, 2)
    expect(bins).toEqual([
      { x0: 0, x1: 5, count: 3, classIndex: 0 },
      { x0: 5, x1: 10, count: 3, classIndex: 1 },
    ])
  })

  it.each([
    { name: 'no breaks', values: [1, 2], breaks: null, expected: [] },
    {
      name: 'a single value',
      values: [4, 4],
      breaks: { thresholds: [], min: 4, max: 4 },
      expected: [{ x0: 4, x1: 4, count: 2, classIndex: 0 }],
    },
  ])('handles $name', ({ values, breaks: given, expected }) => {
    expect(buildHistogramBins(values, given)).toEqual(expected)
  })

  it('makes at most one bar per two values', () => {
    expect(buildHistogramBins([0, 3, 7, 10], breaks, 24)).toHaveLength(2)
  })

  it('colours each bar by the class of its middle', () => {
    const bins = buildHistogramBins([0, 2, 4, 6, 8, 10, 1, 3, 5, 7], breaks, 4)
    expect(bins.map((bin) => bin.classIndex)).toEqual([0, 0, 1, 1])
  })
})
