import { describe, expect, it } from 'vitest'
import { buildChangeClasses } from '../../dana-desa/change-classes.ts'
import { NOT_ELIGIBLE_COLOR } from '../../dana-desa/not-eligible-class.ts'
import type { Simulation } from '../../dana-desa/simulate.ts'
import { NO_DATA_COLOR } from '../../indicators/palettes.ts'
import { buildChangeChoropleth, formatChangeRange, formatFigureRange } from './legend-ranges.ts'

function makeChange(withKelurahan: boolean) {
  const simulation = {
    villages: [
      { kode: 'a', changePercent: 12 },
      { kode: 'b', changePercent: 0.1 },
      { kode: 'c', changePercent: -20 },
    ],
  } as unknown as Simulation
  const villages = [
    { kode: 'a', jenis: 'desa' as const },
    { kode: 'b', jenis: 'desa' as const },
    { kode: 'c', jenis: 'desa' as const },
    { kode: 'd', jenis: 'desa' as const },
    ...(withKelurahan ? [{ kode: 'k', jenis: 'kelurahan' as const }] : []),
  ]
  return buildChangeClasses(simulation, villages)
}

describe('buildChangeChoropleth()', () => {
  it.each([
    ['the largest gains first', 0, 'class-8', [10, Number.POSITIVE_INFINITY], 1],
    ['the middle class as about the same', 4, 'class-4', [-0.5, 0.5], 1],
    ['the largest losses last among the classes', 8, 'class-0', [Number.NEGATIVE_INFINITY, -10], 1],
  ] as const)('lists %s', (_, position, key, range, count) => {
    const change = makeChange(false)
    const item = buildChangeChoropleth(change).legend[position]
    expect(item).toEqual({ key, color: change.colors[Number(key.slice(6))], range, count })
  })

  it('fills on the fixed thresholds and colours, kelurahan in the not-eligible colour', () => {
    const change = makeChange(true)
    const { fill, classes } = buildChangeChoropleth(change)
    expect(fill.thresholds).toEqual(change.thresholds)
    expect(fill.colors).toEqual(change.colors)
    expect(fill.notApplicableColor).toBe(NOT_ELIGIBLE_COLOR)
    expect(classes.statuses.get('k')).toBe('tidak_berlaku')
  })

  it('adds a row for kelurahan (not eligible) in its own colour only when there are some', () => {
    expect(
      buildChangeChoropleth(makeChange(false))
        .legend.slice(9)
        .map((item) => item.key),
    ).toEqual(['no-data'])
    expect(buildChangeChoropleth(makeChange(true)).legend.slice(9)).toEqual([
      { key: 'no-data', color: NO_DATA_COLOR, range: null, count: 1 },
      { key: 'not-applicable', color: NOT_ELIGIBLE_COLOR, range: null, count: 1 },
    ])
  })
})

describe('formatChangeRange()', () => {
  it.each([
    [[Number.NEGATIVE_INFINITY, -10], '< −10.0 %'],
    [[10, Number.POSITIVE_INFINITY], '> +10.0 %'],
    [[-0.5, 0.5], 'same (−0.5 % … +0.5 %)'],
    [[2, 5], '+2.0 % … +5.0 %'],
  ] as const)('words %j as %s', (range, expected) => {
    expect(formatChangeRange(range, 'en', 'same')).toBe(expected)
  })
})

describe('formatFigureRange()', () => {
  it.each([
    ['rupiah, compact, in Indonesian', true, 'id', 'Rp 1,00 M – Rp 2,00 M'],
    ['percentages in English', false, 'en', '12.5 % – 20.0 %'],
  ] as const)('formats class ranges as %s', (_, isRupiah, language, expected) => {
    const range = isRupiah ? ([1e9, 2e9] as const) : ([12.5, 20] as const)
    expect(formatFigureRange(range, isRupiah, language)).toBe(expected)
  })
})
