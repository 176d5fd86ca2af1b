import { describe, expect, it } from 'vitest'
import type { ValueStatus } from '../data/indicators.ts'
import { NOT_ELIGIBLE_COLOR, NOT_ELIGIBLE_VALUE, withNotEligibleClass } from './not-eligible-class.ts'

describe('withNotEligibleClass()', () => {
  const values = new Map<string, number | null>([
    ['desa', 0],
    ['kelurahan', null],
    ['unknown', null],
  ])
  const statuses = new Map<string, ValueStatus>([
    ['desa', 'ada'],
    ['kelurahan', 'tidak_berlaku'],
    ['unknown', 'tidak_ada'],
  ])
  const result = withNotEligibleClass(values, statuses, [10, 20], ['#a', '#b', '#c'])

  it.each([
    ['a desa with 0 keeps 0 (the lowest value class)', 'desa', 0],
    ['a kelurahan gets the not-eligible value', 'kelurahan', NOT_ELIGIBLE_VALUE],
    ['a desa without data stays without a value', 'unknown', null],
  ])('%s', (_, kode, expected) => {
    expect(result.values.get(kode)).toBe(expected)
  })

  it('puts the not-eligible class first, below a threshold no real value reaches', () => {
    expect(result.colors).toEqual([NOT_ELIGIBLE_COLOR, '#a', '#b', '#c'])
    expect(result.thresholds).toEqual([NOT_ELIGIBLE_VALUE / 2, 10, 20])
    expect(NOT_ELIGIBLE_VALUE).toBeLessThan(result.thresholds[0] ?? 0)
    expect(-100).toBeGreaterThan(result.thresholds[0] ?? 0)
  })
})
