import type { FillLayerSpecification, StyleSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { LAYER_IDS } from '../layer-ids.ts'
import { PRIORITY_LAYER_IDS, PRIORITY_SOURCE_ID, withPriorityLayers } from './priority-layers.ts'

function makeStyle(): StyleSpecification {
  return {
    version: 8,
    sources: { villages: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
    layers: [
      { id: LAYER_IDS.background, type: 'background' },
      { id: LAYER_IDS.villageFill, type: 'fill', source: 'villages', paint: { 'fill-color': '#abcdef' } },
      { id: LAYER_IDS.villageHighlight, type: 'line', source: 'villages' },
      { id: LAYER_IDS.villageLabels, type: 'symbol', source: 'village-labels' },
    ],
  }
}

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
  hoverCode: '64.08.02.2003',
  hoverColor: '#1d6fb8',
  outsideColor: '#f4f5f6',
  lineColor: '#111111',
  badgeTextColor: '#ffffff',
  font: 'Noto Sans SemiBold',
}

describe('withPriorityLayers()', () => {
  it('puts the top outline under the labels and the numbered badges on top', () => {
    const style = withPriorityLayers(makeStyle(), PARAMS)
    expect(style.layers.map((layer) => layer.id)).toEqual([
      LAYER_IDS.background,
      LAYER_IDS.villageFill,
      LAYER_IDS.villageHighlight,
      PRIORITY_LAYER_IDS.topOutline,
      PRIORITY_LAYER_IDS.listHover,
      LAYER_IDS.villageLabels,
      PRIORITY_LAYER_IDS.topBadges,
      PRIORITY_LAYER_IDS.topNumbers,
    ])
    expect(style.sources[PRIORITY_SOURCE_ID]).toEqual({ type: 'geojson', data: PARAMS.rankPoints })
  })

  it('outlines exactly the top villages, polygons only', () => {
    const outline = withPriorityLayers(makeStyle(), PARAMS).layers.find(
      (layer) => layer.id === PRIORITY_LAYER_IDS.topOutline,
    )
    expect(outline && 'filter' in outline ? outline.filter : null).toMatchInlineSnapshot(`
      [
        "all",
        [
          "match",
          [
            "geometry-type",
          ],
          [
            "Polygon",
            "MultiPolygon",
          ],
          true,
          false,
        ],
        [
          "in",
          [
            "get",
            "kode",
          ],
          [
            "literal",
            [
              "64.08.01.2001",
              "64.08.02.2003",
            ],
          ],
        ],
      ]
    `)
  })

  it.each([
    { hoverCode: '64.08.02.2003', expected: '64.08.02.2003' },
    // No hovered row: a filter that matches no village code.
    { hoverCode: null, expected: '' },
  ])('rings the village hovered in the list ($hoverCode)', ({ hoverCode, expected }) => {
    const ring = withPriorityLayers(makeStyle(), { ...PARAMS, hoverCode }).layers.find(
      (layer) => layer.id === PRIORITY_LAYER_IDS.listHover,
    )
    expect(ring && 'filter' in ring ? ring.filter : null).toEqual([
      'all',
      ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false],
      ['==', ['get', 'kode'], expected],
    ])
  })

  it('paints villages outside the filters pale and keeps the base colour otherwise, without changing its input', () => {
    const base = makeStyle()
    const fill = withPriorityLayers(base, PARAMS).layers.find(
      (layer) => layer.id === LAYER_IDS.villageFill,
    ) as FillLayerSpecification
    expect(fill.paint?.['fill-color']).toEqual([
      'case',
      ['==', ['feature-state', 'status'], 'luar'],
      '#f4f5f6',
      '#abcdef',
    ])
    expect(base.layers).toHaveLength(4)
  })
})
