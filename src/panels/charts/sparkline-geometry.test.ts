import { describe, expect, it } from 'vitest'
import { buildSparklineGeometry, type SparklinePoint } from './sparkline-geometry.ts'

function makeSeries(values: (number | null)[]): SparklinePoint[] {
  return values.map((nilai, index) => ({ tahun: 2019 + index, nilai }))
}

describe('buildSparklineGeometry()', () => {
  it('draws years left to right and the highest value at the top', () => {
    const { path, marks } = buildSparklineGeometry(makeSeries([10, 20, 15]), 106, 26)
    expect(path).toBe('M3,23L53,3L103,13')
    expect(marks.map((mark) => [mark.tahun, mark.x, mark.y])).toEqual([
      [2019, 3, 23],
      [2020, 53, 3],
      [2021, 103, 13],
    ])
  })

  it.each([
    { name: 'leaves a gap where a year has no value', values: [1, null, 3, 4], segments: 2, marks: 3 },
    { name: 'draws nothing when every value is missing', values: [null, null], segments: 0, marks: 0 },
    { name: 'draws no line but one mark for a single value', values: [null, 5, null], segments: 1, marks: 1 },
    { name: 'draws nothing for an empty series', values: [], segments: 0, marks: 0 },
  ])('$name', ({ values, segments, marks }) => {
    const geometry = buildSparklineGeometry(makeSeries(values), 100, 20)
    expect(geometry.path.split('M').length - 1).toBe(segments)
    expect(geometry.marks).toHaveLength(marks)
  })

  it('draws a flat series through the middle', () => {
    const { marks } = buildSparklineGeometry(makeSeries([7, 7]), 100, 26)
    expect(marks.map((mark) => mark.y)).toEqual([13, 13])
  })
})
