import { describe, expect, it } from 'vitest'
import type { IndicatorValue } from '../data/indicators.ts'
import { deriveValueClasses } from './value-classes.ts'

function makeValues(): Map<string, IndicatorValue> {
  return new Map<string, IndicatorValue>([
    ['a', { nilai: 1, status: 'ada' }],
    ['b', { nilai: 2, status: 'ada' }],
    ['c', { nilai: 3, status: 'ada' }],
    ['d', { nilai: 4, status: 'ada' }],
    ['e', { nilai: null, status: 'ditahan' }],
    ['f', { nilai: null, status: 'tidak_berlaku' }],
  ])
}

describe('deriveValueClasses()', () => {
  it('counts withheld, not-applicable and missing villages apart from the classes', () => {
    const values = makeValues()
    const classes = deriveValueClasses(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      (kode) => values.get(kode),
      { method: 'equal-interval', classes: 3 },
      'yl_gn_bu',
      'higher-is-worse',
    )
    expect(classes.counts.reduce((sum, count) => sum + count, 0)).toBe(4)
    expect(classes.statusCounts).toEqual({ ditahan: 1, tidak_ada: 1, tidak_berlaku: 1 })
    expect(classes.statuses.get('g')).toBe('tidak_ada')
    expect(classes.values.get('e')).toBeNull()
  })

  it('flips the palette when a higher value is better, and keeps it for neutral figures', () => {
    const values = makeValues()
    const derive = (direction: 'higher-is-better' | 'neutral') =>
      deriveValueClasses(
        ['a', 'b', 'c', 'd'],
        (kode) => values.get(kode),
        { method: 'quantile', classes: 3 },
        'yl_gn_bu',
        direction,
      )
    expect(derive('higher-is-better').colors).toEqual([...derive('neutral').colors].reverse())
  })
})
