import { describe, expect, it } from 'vitest'
import { buildKecamatanLabels } from './kecamatan-labels.ts'
import { buildVillageLabels, VILLAGE_LABELS_MIN_ZOOM } from './village-labels.ts'

const params = { font: 'Test Sans', textColor: '#111', haloColor: '#fff' }

describe('buildKecamatanLabels()', () => {
  it('labels kecamatan in capitals with a halo, larger areas first', () => {
    expect(buildKecamatanLabels(params)).toMatchInlineSnapshot(`
      {
        "id": "kecamatan-labels",
        "layout": {
          "symbol-sort-key": [
            "-",
            [
              "coalesce",
              [
                "get",
                "luas_km2",
              ],
              0,
            ],
          ],
          "text-field": [
            "get",
            "nama",
          ],
          "text-font": [
            "Test Sans",
          ],
          "text-letter-spacing": 0.08,
          "text-max-width": 7,
          "text-padding": 4,
          "text-size": [
            "interpolate",
            [
              "linear",
            ],
            [
              "zoom",
            ],
            7,
            10.5,
            10,
            14,
            13,
            17,
          ],
          "text-transform": "uppercase",
        },
        "paint": {
          "text-color": "#111",
          "text-halo-blur": 0.4,
          "text-halo-color": "#fff",
          "text-halo-width": 1.6,
          "text-opacity": [
            "interpolate",
            [
              "linear",
            ],
            [
              "zoom",
            ],
            10.5,
            1,
            12,
            0.45,
          ],
        },
        "source": "kecamatan-labels",
        "type": "symbol",
      }
    `)
  })
})

describe('label layers', () => {
  it.each([
    { name: 'kecamatan', layer: buildKecamatanLabels(params) },
    { name: 'village', layer: buildVillageLabels(params) },
  ])('draw $name names with the given font only, so no glyph server is needed', ({ layer }) => {
    expect(layer.layout?.['text-font']).toEqual(['Test Sans'])
    expect(layer.layout?.['text-field']).toEqual(['get', 'nama'])
  })

  it('shows village names only once zoomed in', () => {
    expect(buildVillageLabels(params).minzoom).toBe(VILLAGE_LABELS_MIN_ZOOM)
  })
})
