import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import type { FeatureCollection, Geometry } from 'geojson'
import { describe, expect, it } from 'vitest'
import { buildBaseLayers, buildMapStyle } from './basemap.ts'
import { buildLabelPoints } from './label-points.ts'
import { FEATURE_ID_PROPERTY, LAYER_IDS } from './layer-ids.ts'
import { MAP_FONTS } from './map-theme.ts'

function makeSquares(): FeatureCollection<Geometry> {
  const square = (kode: string, x: number): FeatureCollection<Geometry>['features'][number] => ({
    type: 'Feature',
    properties: { kode, nama: `Desa ${kode}` },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, 0],
          [x + 1, 0],
          [x + 1, 1],
          [x, 1],
          [x, 0],
        ],
      ],
    },
  })
  return { type: 'FeatureCollection', features: [square('64.08.01.2001', 0), square('64.08.01.2002', 1)] }
}

function makeData() {
  const squares = makeSquares()
  const labels = buildLabelPoints([
    { kode: '64.08.01', nama: 'Satu', luas_km2: 2, label_lng: 1, label_lat: 0.5 },
  ])
  return {
    kabupaten: squares,
    kecamatan: squares,
    villages: squares,
    kecamatanLabels: labels,
    villageLabels: labels,
  }
}

const DATA = makeData()

function makeStyle(level: 'desa' | 'kecamatan' = 'desa') {
  return buildMapStyle({
    data: DATA,
    layers: buildBaseLayers({
      fill: { thresholds: [5], colors: ['#eee', '#333'], noDataColor: '#ccc', withheldColor: '#888' },
      level,
    }),
    fontFaces: { [MAP_FONTS.regular]: '/regular.woff2', [MAP_FONTS.semibold]: '/semibold.woff2' },
  })
}

function visibilityOf(style: ReturnType<typeof makeStyle>, id: string): unknown {
  const layer = style.layers.find((item) => item.id === id)
  return layer && 'layout' in layer ? (layer.layout?.visibility ?? 'visible') : 'visible'
}

describe('buildMapStyle()', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(makeStyle())).toEqual([])
  })

  it.each(['desa', 'kecamatan'] as const)('draws exactly one choropleth at level %s', (level) => {
    const style = makeStyle(level)
    expect(validateStyleMin(style)).toEqual([])
    const shown = level === 'desa' ? 'visible' : 'none'
    expect(visibilityOf(style, LAYER_IDS.villageFill)).toBe(shown)
    expect(visibilityOf(style, LAYER_IDS.villageOutline)).toBe(shown)
    expect(visibilityOf(style, LAYER_IDS.kecamatanFill)).toBe(level === 'kecamatan' ? 'visible' : 'none')
  })

  it('stacks the layers in the order of LAYER_IDS, whatever order they are given in', () => {
    const order = Object.values(LAYER_IDS) as string[]
    const ids = makeStyle().layers.map((layer) => layer.id)
    expect(ids).toEqual(order.filter((id) => ids.includes(id)))
    const reversed = buildMapStyle({ data: DATA, layers: [...makeStyle().layers].reverse(), fontFaces: {} })
    expect(reversed.layers.map((layer) => layer.id)).toEqual(ids)
  })

  it('adds the sources a screen brings for its own layers', () => {
    const points = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } }
    const style = buildMapStyle({ data: DATA, layers: [], sources: { extra: points }, fontFaces: {} })
    expect(style.sources.extra).toBe(points)
    expect(style.sources.villages).toBeDefined()
  })

  it('needs no network: no glyphs, sprite or tile URL', () => {
    const style = makeStyle()
    expect(style.glyphs).toBeUndefined()
    expect(style.sprite).toBeUndefined()
    for (const source of Object.values(style.sources)) expect(source.type).toBe('geojson')
  })

  it('declares every font a label layer uses in font-faces', () => {
    const style = makeStyle()
    const fonts = style.layers.flatMap((layer) =>
      layer.type === 'symbol' ? ((layer.layout?.['text-font'] as string[] | undefined) ?? []) : [],
    )
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) expect(style['font-faces']).toHaveProperty([font])
  })

  it('filters every fill and line layer of a boundary source to polygons', () => {
    for (const layer of makeStyle().layers) {
      if (layer.id === LAYER_IDS.kabupatenFill || layer.id === LAYER_IDS.kabupatenOutline) continue
      if (layer.type === 'fill' || layer.type === 'line') expect(layer.filter).toBeDefined()
    }
  })

  it('promotes the village code to feature id, for feature-state', () => {
    expect(makeStyle().sources.villages).toMatchObject({ promoteId: FEATURE_ID_PROPERTY })
  })
})
