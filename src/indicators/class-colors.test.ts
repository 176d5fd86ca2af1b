import { describe, expect, it } from 'vitest'
import { colorFor, getClassColors } from './class-colors.ts'
import { getPaletteColors, NO_DATA_COLOR } from './palettes.ts'

const breaks = { thresholds: [10, 20], min: 0, max: 30 }

describe('getClassColors()', () => {
  it('gives one colour per class, light to dark when a high value is worse', () => {
    expect(getClassColors('yl_gn_bu', breaks, 'higher-is-worse')).toEqual(getPaletteColors('yl_gn_bu', 3))
  })

  it('flips the palette when a high value is better, so dark still means worse', () => {
    expect(getClassColors('yl_gn_bu', breaks, 'higher-is-better')).toEqual(
      [...getPaletteColors('yl_gn_bu', 3)].reverse(),
    )
  })

  it('gives no colour when there are no classes', () => {
    expect(getClassColors('yl_gn_bu', null, 'higher-is-worse')).toEqual([])
  })
})

describe('colorFor()', () => {
  const colors = ['#aaa', '#bbb', '#ccc']

  it.each([
    { value: 5, expected: '#aaa' },
    { value: 10, expected: '#bbb' },
    { value: 30, expected: '#ccc' },
    { value: null, expected: NO_DATA_COLOR },
  ])('colours $value with $expected', ({ value, expected }) => {
    expect(colorFor(value, breaks, colors)).toBe(expected)
  })
})
