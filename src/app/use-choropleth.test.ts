import { describe, expect, it } from 'vitest'
import type { IndicatorValue } from '../data/indicators.ts'
import { deriveChoropleth } from '../indicators/choropleth.ts'
import { LAYER_IDS } from '../map/layer-ids.ts'
import { isDrawn, paintOf } from '../map/testing/paint-probe.ts'
import { buildChoroplethMap } from './use-choropleth.ts'

const ENTRIES: Record<string, IndicatorValue> = {
  low: { nilai: 1, status: 'ada' },
  mid: { nilai: 5, status: 'ada' },
  high: { nilai: 9, status: 'ada' },
  held: { nilai: null, status: 'ditahan' },
}

function makeChoropleth() {
  return deriveChoropleth({
    codes: Object.keys(ENTRIES),
    getValue: (kode) => ENTRIES[kode],
    options: { classification: { method: 'manual', breaks: [3, 7] }, palette: 'yl_gn_bu' },
    direction: 'higher-is-worse',
  })
}

function layerOf(map: ReturnType<typeof buildChoroplethMap>, id: string) {
  const layer = map.layers.find((item) => item.id === id)
  if (!layer) throw new Error(`no layer ${id}`)
  return layer
}

describe('buildChoroplethMap()', () => {
  it.each([
    { kode: 'low', row: 'class-0' },
    { kode: 'mid', row: 'class-1' },
    { kode: 'high', row: 'class-2' },
    { kode: 'held', row: 'withheld' },
  ])(
    'paints area $kode in the colour of legend row $row, through the feature-state it sets',
    ({ kode, row }) => {
      const choropleth = makeChoropleth()
      const map = buildChoroplethMap(choropleth, 'desa')
      const state = map.areaStates.get(kode) ?? {}
      const color = choropleth.legend.find((item) => item.key === row)?.color
      expect(color).toBeDefined()
      expect(paintOf(layerOf(map, LAYER_IDS.villageFill), 'fill-color', { state })).toBe(color)
    },
  )

  it.each([
    { level: 'desa', shown: LAYER_IDS.villageFill, hidden: LAYER_IDS.kecamatanFill },
    { level: 'kecamatan', shown: LAYER_IDS.kecamatanFill, hidden: LAYER_IDS.villageFill },
  ] as const)('draws the fill of the $level level only', ({ level, shown, hidden }) => {
    const map = buildChoroplethMap(makeChoropleth(), level)
    expect(isDrawn(layerOf(map, shown))).toBe(true)
    expect(isDrawn(layerOf(map, hidden))).toBe(false)
  })

  it('paints with a fill given in place of the choropleth’s own', () => {
    const choropleth = makeChoropleth()
    const fill = { ...choropleth.fill, thresholds: [1], colors: ['#e7e5e4', '#c2410c'] }
    const map = buildChoroplethMap(choropleth, 'desa', fill)
    const paint = (value: number) =>
      paintOf(layerOf(map, LAYER_IDS.villageFill), 'fill-color', { state: { value, status: 'ada' } })
    expect([paint(0), paint(1)]).toEqual(['#e7e5e4', '#c2410c'])
  })
})
