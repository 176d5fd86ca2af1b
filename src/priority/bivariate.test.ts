import { describe, expect, it } from 'vitest'
import {
  BIVARIATE_COLORS,
  bivariateClass,
  classifyBivariate,
  tertileBreaks,
  tierOf,
  tiersOf,
} from './bivariate.ts'
import { makePriorityTable } from './testing/make-priority-table.ts'

describe('tertileBreaks() and tierOf()', () => {
  it.each([
    { name: 'six values', values: [1, 2, 3, 4, 5, 6], expected: { lower: 8 / 3, upper: 13 / 3 } },
    { name: 'a single value', values: [4], expected: { lower: 4, upper: 4 } },
    { name: 'no value', values: [], expected: null },
  ])('gives the 1/3 and 2/3 quantiles of $name', ({ values, expected }) => {
    const breaks = tertileBreaks(values)
    if (expected === null) expect(breaks).toBeNull()
    else {
      expect(breaks?.lower).toBeCloseTo(expected.lower, 12)
      expect(breaks?.upper).toBeCloseTo(expected.upper, 12)
    }
  })

  it.each([
    { values: [1, 2, 3, 4, 5, 6], tiers: [0, 0, 1, 1, 2, 2] },
    // Ties at a break stay together: the three 2s share a tier.
    { values: [1, 2, 2, 2, 3, 9], tiers: [0, 1, 1, 1, 2, 2] },
    // All equal: the middle tier, not "high".
    { values: [5, 5, 5], tiers: [1, 1, 1] },
  ])('puts $values in tiers $tiers', ({ values, tiers }) => {
    const breaks = tertileBreaks(values)
    if (!breaks) throw new Error('no breaks')
    expect(values.map((value) => tierOf(value, breaks))).toEqual(tiers)
  })
})

describe('bivariateClass()', () => {
  it.each([
    { need: 0, coverage: 2, index: 0, color: '#e8e8e8' },
    { need: 2, coverage: 2, index: 2, color: '#6c83b5' },
    { need: 0, coverage: 0, index: 6, color: '#73ae80' },
    { need: 2, coverage: 0, index: 8, color: '#2a5a5b' },
  ] as const)(
    'maps need tier $need and coverage tier $coverage to class $index ($color)',
    ({ need, coverage, index, color }) => {
      expect(bivariateClass(need, coverage)).toBe(index)
      expect(BIVARIATE_COLORS[index]).toBe(color)
      expect(tiersOf(index)).toEqual({ need, coverage })
    },
  )
})

describe('classifyBivariate()', () => {
  it('classes the selected villages with both values and counts each cell', () => {
    const table = makePriorityTable([
      { name: 'A', cells: { persen_kk_desil_1_4: 60, cakupan_pkh: 10 } },
      { name: 'B', cells: { persen_kk_desil_1_4: 10, cakupan_pkh: 90 } },
      { name: 'C', cells: { persen_kk_desil_1_4: 30, cakupan_pkh: 50 } },
      { name: 'D', cells: { persen_kk_desil_1_4: 'ditahan', cakupan_pkh: 50 } },
      { name: 'E', cells: { persen_kk_desil_1_4: 99, cakupan_pkh: 1 } },
    ])
    const result = classifyBivariate(
      table.columns.get('persen_kk_desil_1_4'),
      table.columns.get('cakupan_pkh'),
      [true, true, true, true, false],
    )
    // Need tertiles over A, B, C: 10 / 30 / 60 → B low, C middle, A high; coverage over A–D.
    expect(result.classes).toEqual([8, 0, 4, null, null])
    expect(result.counts.reduce((sum, count) => sum + count, 0)).toBe(3)
    expect(result.counts[8]).toBe(1)
  })
})
