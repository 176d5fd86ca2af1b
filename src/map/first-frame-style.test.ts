import type { StyleSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { buildFirstFrameStyle } from './first-frame-style.ts'
import { LAYER_IDS } from './layer-ids.ts'

/** A style with one layer per id of the map (sources are not looked at), the labels as symbols. */
function makeStyle(hidden: readonly string[] = []): StyleSpecification {
  const layers = Object.values(LAYER_IDS).map((id) => {
    const layout = hidden.includes(id) ? { visibility: 'none' as const } : {}
    if (id === LAYER_IDS.background) return { id, type: 'background' as const }
    if (id.endsWith('-labels')) return { id, type: 'symbol' as const, source: 's', layout }
    if (id.endsWith('-fill')) return { id, type: 'fill' as const, source: 's', layout }
    return { id, type: 'line' as const, source: 's', layout }
  })
  return {
    version: 8,
    sources: { s: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
    layers,
  }
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

  it('keeps a layer hidden in the full style hidden', () => {
    const style = makeStyle([LAYER_IDS.villageOutline])
    expect(shownIds(buildFirstFrameStyle(style, 'desa'))).toEqual([
      LAYER_IDS.background,
      LAYER_IDS.villageFill,
    ])
  })

  it('leaves the full style as it was', () => {
    const style = makeStyle()
    buildFirstFrameStyle(style, 'desa')
    expect(shownIds(style)).toHaveLength(Object.keys(LAYER_IDS).length)
  })
})
