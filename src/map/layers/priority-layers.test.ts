import { describe, expect, it } from 'vitest'
import { buildMapStyle } from '../basemap.ts'
import { LAYER_IDS, SOURCE_IDS } from '../layer-ids.ts'
import { isDrawn, layoutOf, paintOf } from '../testing/paint-probe.ts'
import { buildPriorityLayers } from './priority-layers.ts'

const PARAMS = {
  topCodes: ['64.08.01.2001', '64.08.02.2003'],
  rankPoints: {
    type: 'FeatureCollection' as const,
    features: [
      {
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [117.5, 0.5] },
        properties: { kode: '64.08.01.2001', rank: 1 },
      },
    ],
  },
  hoverCode: '64.08.02.2003' as string | null,
  hoverColor: '#1d6fb8',
  outsideColor: '#f4f5f6',
  lineColor: '#111111',
  badgeTextColor: '#ffffff',
  font: 'Noto Sans SemiBold',
}

function layerOf(id: string, params = PARAMS) {
  const layer = buildPriorityLayers(params).layers.find((item) => item.id === id)
  if (!layer) throw new Error(`no layer ${id}`)
  return layer
}

const village = (kode: string) => ({ properties: { kode } })

describe('buildPriorityLayers()', () => {
  it('stacks the outside fill over the choropleth, the outlines under the labels and the badges on top', () => {
    const empty = { type: 'FeatureCollection' as const, features: [] }
    const data = {
      kabupaten: empty,
      kecamatan: empty,
      villages: empty,
      kecamatanLabels: empty,
      villageLabels: empty,
    }
    const overlay = buildPriorityLayers(PARAMS)
    const base = [
      { id: LAYER_IDS.villageLabels, type: 'symbol' as const, source: SOURCE_IDS.villageLabels },
      { id: LAYER_IDS.villageFill, type: 'fill' as const, source: SOURCE_IDS.villages },
      { id: LAYER_IDS.villageOutline, type: 'line' as const, source: SOURCE_IDS.villages },
    ]
    const style = buildMapStyle({
      data,
      layers: [...overlay.layers, ...base],
      sources: overlay.sources,
      fontFaces: {},
    })
    expect(style.layers.map((layer) => layer.id)).toEqual([
      LAYER_IDS.villageFill,
      LAYER_IDS.priorityOutside,
      LAYER_IDS.villageOutline,
      LAYER_IDS.priorityTopOutline,
      LAYER_IDS.priorityListHover,
      LAYER_IDS.villageLabels,
      LAYER_IDS.priorityTopBadges,
      LAYER_IDS.priorityTopNumbers,
    ])
    expect(style.sources[SOURCE_IDS.priorityTopPoints]).toEqual({ type: 'geojson', data: PARAMS.rankPoints })
  })

  it.each([
    { name: 'covers a village outside the filters in the pale colour', state: { outside: true }, opacity: 1 },
    { name: 'leaves a village inside the filters to the choropleth', state: { outside: false }, opacity: 0 },
    { name: 'leaves a village without the state to the choropleth', state: {}, opacity: 0 },
    {
      name: 'reads only its own key, not the value or status',
      state: { value: 4, status: 'ditahan' },
      opacity: 0,
    },
  ])('$name', ({ state, opacity }) => {
    const outside = layerOf(LAYER_IDS.priorityOutside)
    expect(paintOf(outside, 'fill-opacity', { state })).toBe(opacity)
    expect(paintOf(outside, 'fill-color', { state })).toBe('#f4f5f6')
  })

  it.each([
    { kode: '64.08.01.2001', expected: true },
    { kode: '64.08.02.2003', expected: true },
    { kode: '64.08.03.2001', expected: false },
  ])('outlines the top villages only: $kode is drawn: $expected', ({ kode, expected }) => {
    const outline = layerOf(LAYER_IDS.priorityTopOutline)
    expect(isDrawn(outline, village(kode))).toBe(expected)
    expect(isDrawn(outline, { ...village(kode), geometry: 'Point' })).toBe(false)
  })

  it.each([
    { hoverCode: '64.08.02.2003', ringed: ['64.08.02.2003'] },
    { hoverCode: null, ringed: [] as string[] },
  ])('rings the village hovered in the list ($hoverCode) and no other', ({ hoverCode, ringed }) => {
    const ring = layerOf(LAYER_IDS.priorityListHover, { ...PARAMS, hoverCode })
    for (const kode of ['64.08.01.2001', '64.08.02.2003']) {
      expect(isDrawn(ring, village(kode))).toBe(ringed.includes(kode))
    }
  })

  it('numbers each badge with its rank in the badge text colour', () => {
    const numbers = layerOf(LAYER_IDS.priorityTopNumbers)
    const badge = { geometry: 'Point' as const, properties: { kode: '64.08.01.2001', rank: 7 } }
    expect(layoutOf(numbers, 'text-field', badge)?.toString()).toBe('7')
    expect(paintOf(numbers, 'text-color', badge)).toBe('#ffffff')
    expect(paintOf(layerOf(LAYER_IDS.priorityTopBadges), 'circle-color', badge)).toBe('#111111')
  })
})
