import { describe, expect, it } from 'vitest'
import type { IndicatorValue } from '../data/indicators.ts'
import { classIndexOf } from './classify.ts'
import { derivePairedClasses } from './paired-classes.ts'

const ada = (nilai: number): IndicatorValue => ({ nilai, status: 'ada' })

describe('derivePairedClasses()', () => {
  const first = new Map<string, IndicatorValue>([
    ['a', ada(1)],
    ['b', ada(2)],
    ['c', ada(3)],
  ])
  const second = new Map<string, IndicatorValue>([
    ['a', ada(7)],
    ['b', ada(8)],
    ['c', { nilai: null, status: 'ditahan' }],
  ])
  const [left, right] = derivePairedClasses(
    ['a', 'b', 'c'],
    (kode) => first.get(kode),
    (kode) => second.get(kode),
    { method: 'equal-interval', classes: 4 },
    'yl_gn_bu',
    'higher-is-worse',
  )

  it('gives both years the same breaks and colours, over the values of both', () => {
    expect(left.breaks).toEqual({ thresholds: [2.75, 4.5, 6.25], min: 1, max: 8 })
    expect(right.breaks).toEqual(left.breaks)
    expect(right.colors).toEqual(left.colors)
  })

  it('counts each year in the shared classes', () => {
    expect(left.counts).toEqual([2, 1, 0, 0])
    expect(right.counts).toEqual([0, 0, 0, 2])
    expect(right.statusCounts.ditahan).toBe(1)
  })

  it('puts a value in the class the shared breaks give it', () => {
    expect(classIndexOf(right.values.get('a') ?? null, right.breaks)).toBe(3)
  })
})
