import { describe, expect, it } from 'vitest'
import type { IndicatorValue } from '../data/indicators.ts'
import { defaultChoroplethOptions, deriveChoropleth } from './choropleth.ts'
import { getPaletteColors, NO_DATA_COLOR, WITHHELD_COLOR } from './palettes.ts'

/** Four present values (1–4) and one withheld, by village code. */
function makeValues(): Map<string, IndicatorValue> {
  const present = [1, 2, 3, 4].map((nilai, index) => [`v${index}`, { nilai, status: 'ada' }] as const)
  return new Map<string, IndicatorValue>([...present, ['w', { nilai: null, status: 'ditahan' }]])
}

describe('defaultChoroplethOptions()', () => {
  it.each([
    { direction: 'higher-is-worse', kind: 'percent', palette: 'yl_gn_bu' },
    { direction: 'higher-is-better', kind: 'percent', palette: 'yl_gn_bu' },
    { direction: 'neutral', kind: 'count', palette: 'blues' },
    { direction: 'neutral', kind: 'rupiah', palette: 'blues' },
  ] as const)('gives a $direction $kind figure quantiles in 5 classes on $palette', (definition) => {
    expect(defaultChoroplethOptions(definition)).toEqual({
      classification: { method: 'quantile', classes: 5 },
      palette: definition.palette,
    })
  })

  it('takes the classification and palette a definition states', () => {
    expect(
      defaultChoroplethOptions({
        direction: 'higher-is-better',
        kind: 'ordinal',
        classification: { method: 'manual', breaks: [2, 3, 4, 5] },
        palette: 'pu_bu',
      }),
    ).toEqual({ classification: { method: 'manual', breaks: [2, 3, 4, 5] }, palette: 'pu_bu' })
    expect(
      defaultChoroplethOptions({
        direction: 'neutral',
        kind: 'count',
        classification: { method: 'jenks', classes: 7 },
      }),
    ).toEqual({ classification: { method: 'jenks', classes: 7 }, palette: 'blues' })
  })

  it.each([
    { classification: { method: 'kmeans', classes: 5 }, palette: 'viridis' },
    { classification: { method: 'quantile', classes: 12 }, palette: 'rd_bu' },
    { classification: { method: 'manual', breaks: [4, 2] }, palette: 'toString' },
  ] as const)(
    'falls back on a stated $classification.method / $palette this build does not know',
    (stated) => {
      expect(defaultChoroplethOptions({ direction: 'higher-is-worse', kind: 'percent', ...stated })).toEqual({
        classification: { method: 'quantile', classes: 5 },
        palette: 'yl_gn_bu',
      })
    },
  )
})

describe('deriveChoropleth()', () => {
  const values = makeValues()
  const choropleth = deriveChoropleth({
    codes: ['v0', 'v1', 'v2', 'v3', 'w', 'missing'],
    getValue: (kode) => values.get(kode),
    options: { classification: { method: 'manual', breaks: [2, 4] }, palette: 'or_rd' },
    direction: 'higher-is-worse',
  })

  it('fills with the thresholds of the classification and one colour of the palette per class', () => {
    expect(choropleth.fill).toEqual({
      thresholds: [2, 4],
      colors: getPaletteColors('or_rd', 3),
      noDataColor: NO_DATA_COLOR,
      withheldColor: WITHHELD_COLOR,
      notApplicableColor: NO_DATA_COLOR,
    })
  })

  it('lists one legend row per class with the colour the map fills, then the status rows', () => {
    expect(choropleth.legend.map((item) => [item.key, item.color, item.range, item.count])).toEqual([
      ['class-0', choropleth.fill.colors[0], [1, 2], 1],
      ['class-1', choropleth.fill.colors[1], [2, 4], 2],
      ['class-2', choropleth.fill.colors[2], [4, 4], 1],
      ['withheld', WITHHELD_COLOR, null, 1],
      ['no-data', NO_DATA_COLOR, null, 1],
    ])
  })
})
