import { describe, expect, it } from 'vitest'
import { deriveIndicatorClasses } from './derive-classes.ts'
import { getIndicator } from './registry.ts'

function makeRows(areas: (number | null)[]) {
  return areas.map((luas_km2, index) => ({ kode: `64.08.01.${String(2001 + index)}`, luas_km2 }))
}

describe('deriveIndicatorClasses()', () => {
  it('counts the villages of each class and of the no-data class', () => {
    const classes = deriveIndicatorClasses(
      getIndicator('luas_km2'),
      makeRows([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null]),
    )
    expect(classes.counts).toEqual([2, 2, 2, 2, 2])
    expect(classes.noDataCount).toBe(1)
    expect(classes.colors).toHaveLength(5)
    expect(classes.values.get('64.08.01.2011')).toBeNull()
  })

  it('has no class and no colour when every value is missing', () => {
    const classes = deriveIndicatorClasses(getIndicator('luas_km2'), makeRows([null, null]))
    expect(classes).toMatchObject({ breaks: null, colors: [], counts: [], noDataCount: 2 })
  })
})
