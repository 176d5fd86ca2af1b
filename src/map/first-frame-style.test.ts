import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import type { StyleSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { buildFirstFrameStyle } from './first-frame-style.ts'
import { LAYER_IDS } from './layer-ids.ts'

/** A style with one layer per id of the map, each on its own source named after it. */
function makeStyle(hidden: readonly string[] = []): StyleSpecification {
  const layers = Object.values(LAYER_IDS).map((id) => {
    const layout = hidden.includes(id) ? { visibility: 'none' as const } : {}
    if (id === LAYER_IDS.background) return { id, type: 'background' as const }
    if (id.endsWith('-labels')) return { id, type: 'symbol' as const, source: id, layout }
    if (id.endsWith('-fill')) return { id, type: 'fill' as const, source: id, layout }
    return { id, type: 'line' as const, source: id, layout }
  })
  const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } }
  const sources = Object.fromEntries(
    layers.filter((layer) => layer.type !== 'background').map(({ id }) => [id, empty]),
  )
  return { version: 8, sources, layers }
}

function shownIds(style: StyleSpecification): string[] {
  return style.layers
    .filter((layer) => !('layout' in layer) || layer.layout?.visibility !== 'none')
    .map((layer) => layer.id)
}

describe('buildFirstFrameStyle()', () => {
  it.each([
    ['desa', [LAYER_IDS.background, LAYER_IDS.villageFill, LAYER_IDS.villageOutline]],
    ['kecamatan', [LAYER_IDS.background, LAYER_IDS.kecamatanFill, LAYER_IDS.kecamatanOutline]],
  ] as const)('shows only the background and the choropleth at level %s', (level, expected) => {
    expect(shownIds(buildFirstFrameStyle(makeStyle(), level))).toEqual(expected)
  })

  it('keeps only the sources of the layers it shows', () => {
    const style = buildFirstFrameStyle(makeStyle(), 'desa')
    expect(Object.keys(style.sources)).toEqual([LAYER_IDS.villageFill, LAYER_IDS.villageOutline])
    expect(validateStyleMin(style)).toEqual([])
  })

  it('leaves out a layer hidden in the full style', () => {
    const style = makeStyle([LAYER_IDS.villageOutline])
    expect(shownIds(buildFirstFrameStyle(style, 'desa'))).toEqual([
      LAYER_IDS.background,
      LAYER_IDS.villageFill,
    ])
  })

  it('leaves the full style as it was', () => {
    const style = makeStyle()
    buildFirstFrameStyle(style, 'desa')
    expect(style.layers).toHaveLength(Object.keys(LAYER_IDS).length)
    expect(Object.keys(style.sources)).toHaveLength(Object.keys(LAYER_IDS).length - 1)
  })
})
