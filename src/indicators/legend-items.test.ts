import { describe, expect, it } from 'vitest'
import type { IndicatorValue } from '../data/indicators.ts'
import { buildLegendItems } from './legend-items.ts'
import { NO_DATA_COLOR } from './palettes.ts'
import { deriveValueClasses } from './value-classes.ts'

function makeClasses(entries: Record<string, IndicatorValue>) {
  return deriveValueClasses(
    Object.keys(entries),
    (kode) => entries[kode],
    { method: 'quantile', classes: 3 },
    'yl_gn_bu',
    'higher-is-worse',
  )
}

describe('buildLegendItems()', () => {
  it('always explains the no-data grey, even with no area in it', () => {
    const items = buildLegendItems(
      makeClasses({ a: { nilai: 1, status: 'ada' }, b: { nilai: 2, status: 'ada' } }),
    )
    expect(items.map((item) => item.key)).toEqual(['class-0', 'class-1', 'no-data'])
    expect(items.at(-1)).toEqual({ key: 'no-data', color: NO_DATA_COLOR, range: null, count: 0 })
  })

  it('lists withheld and not-applicable rows only when some area has them', () => {
    const classes = makeClasses({
      a: { nilai: 1, status: 'ada' },
      b: { nilai: null, status: 'ditahan' },
      c: { nilai: null, status: 'tidak_berlaku' },
    })
    expect(buildLegendItems(classes).map((item) => [item.key, item.count])).toEqual([
      ['class-0', 1],
      ['withheld', 1],
      ['no-data', 0],
      ['not-applicable', 1],
    ])
  })

  it('gives the not-applicable row its own colour when asked (Dana Desa kelurahan)', () => {
    const classes = makeClasses({
      a: { nilai: 1, status: 'ada' },
      c: { nilai: null, status: 'tidak_berlaku' },
    })
    const row = buildLegendItems(classes, { notApplicable: '#e4dcef' }).find(
      (item) => item.key === 'not-applicable',
    )
    expect(row?.color).toBe('#e4dcef')
  })

  it('has no class rows when no value is known', () => {
    const items = buildLegendItems(makeClasses({ a: { nilai: null, status: 'tidak_ada' } }))
    expect(items).toEqual([{ key: 'no-data', color: NO_DATA_COLOR, range: null, count: 1 }])
  })
})
