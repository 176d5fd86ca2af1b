import { describe, expect, it } from 'vitest'
import { CHANGE_THRESHOLDS } from '../../dana-desa/change-classes.ts'
import { NOT_ELIGIBLE_COLOR } from '../../dana-desa/not-eligible-class.ts'
import { NO_DATA_COLOR } from '../../indicators/palettes.ts'
import { deriveValueClasses } from '../../indicators/value-classes.ts'
import { buildChangeLegend, buildClassLegend } from './legend-items.ts'

const LABELS = { noData: 'no data', withheld: 'withheld', notEligible: 'not eligible', same: 'same' }
const colors = Array.from({ length: CHANGE_THRESHOLDS.length + 1 }, (_, index) => `#${index}`)

describe('buildChangeLegend()', () => {
  it.each([
    ['the largest gains first', 0, { color: '#8', label: '> +10.0 %' }],
    ['the middle class as about the same', 4, { color: '#4', label: 'same (−0.5 % … +0.5 %)' }],
    ['the largest losses last among the classes', 8, { color: '#0', label: '< −10.0 %' }],
  ])('lists %s', (_, position, expected) => {
    const items = buildChangeLegend(colors, { ditahan: 0, tidak_ada: 0, tidak_berlaku: 0 }, 'en', LABELS)
    expect(items[position]).toEqual(expected)
  })

  it('adds a row for kelurahan (not eligible) only when there are some', () => {
    const without = buildChangeLegend(colors, { ditahan: 0, tidak_ada: 0, tidak_berlaku: 0 }, 'en', LABELS)
    const withSome = buildChangeLegend(colors, { ditahan: 0, tidak_ada: 1, tidak_berlaku: 2 }, 'en', LABELS)
    expect(without).toHaveLength(9)
    expect(withSome.slice(9)).toEqual([
      { color: NO_DATA_COLOR, label: 'no data' },
      { color: NOT_ELIGIBLE_COLOR, label: 'not eligible' },
    ])
  })
})

describe('buildClassLegend()', () => {
  const values = new Map([
    ['a', 1_000_000_000],
    ['b', 1_500_000_000],
    ['c', 2_000_000_000],
  ])
  const classes = deriveValueClasses(
    [...values.keys(), 'k'],
    (kode) => {
      const nilai = values.get(kode)
      return nilai === undefined ? { nilai: null, status: 'tidak_berlaku' } : { nilai, status: 'ada' }
    },
    { method: 'quantile', classes: 2 },
    'yl_gn_bu',
    'neutral',
  )

  it.each([
    ['rupiah, compact, in Indonesian', true, 'id', 'Rp 1,00 M – Rp'],
    ['percentages in English', false, 'en', '1,000,000,000.0 % –'],
  ] as const)('formats class ranges as %s', (_, isRupiah, language, start) => {
    expect(buildClassLegend(classes, isRupiah, language, LABELS)[0]?.label.startsWith(start)).toBe(true)
  })

  it('ends with the not-eligible row for kelurahan', () => {
    expect(buildClassLegend(classes, true, 'id', LABELS).at(-1)).toEqual({
      color: NOT_ELIGIBLE_COLOR,
      label: 'not eligible',
    })
  })
})
