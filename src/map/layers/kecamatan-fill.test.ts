import { describe, expect, it } from 'vitest'
import { LAYER_IDS, SOURCE_IDS } from '../layer-ids.ts'
import { buildKecamatanFill } from './kecamatan-fill.ts'
import { buildVillageFill, DIMMED_OPACITY } from './village-fill.ts'

const params = {
  thresholds: [10, 20],
  colors: ['#eee', '#999', '#333'],
  noDataColor: '#ccc',
  withheldColor: '#888',
}

describe('buildKecamatanFill()', () => {
  it('colours kecamatan by the class of their value feature-state', () => {
    expect(buildKecamatanFill({ ...params, isVisible: true })).toMatchInlineSnapshot(`
      {
        "filter": [
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
        "id": "kecamatan-fill",
        "layout": {
          "visibility": "visible",
        },
        "paint": {
          "fill-color": [
            "case",
            [
              "==",
              [
                "feature-state",
                "status",
              ],
              "ditahan",
            ],
            "#888",
            [
              "==",
              [
                "typeof",
                [
                  "feature-state",
                  "value",
                ],
              ],
              "number",
            ],
            [
              "step",
              [
                "to-number",
                [
                  "feature-state",
                  "value",
                ],
              ],
              "#eee",
              10,
              "#999",
              20,
              "#333",
            ],
            "#ccc",
          ],
          "fill-opacity": [
            "case",
            [
              "boolean",
              [
                "feature-state",
                "hover",
              ],
              false,
            ],
            1,
            [
              "boolean",
              [
                "feature-state",
                "dimmed",
              ],
              false,
            ],
            0.18,
            0.92,
          ],
        },
        "source": "kecamatan",
        "type": "fill",
      }
    `)
  })

  it('reads the kecamatan source and uses the same colours as the village fill', () => {
    const layer = buildKecamatanFill({ ...params, isVisible: true })
    expect(layer.id).toBe(LAYER_IDS.kecamatanFill)
    expect(layer.source).toBe(SOURCE_IDS.kecamatan)
    expect(layer.paint?.['fill-color']).toEqual(buildVillageFill(params).paint?.['fill-color'])
  })

  it.each([
    { isVisible: true, visibility: 'visible' },
    { isVisible: false, visibility: 'none' },
  ])('is $visibility when isVisible is $isVisible', ({ isVisible, visibility }) => {
    expect(buildKecamatanFill({ ...params, isVisible }).layout?.visibility).toBe(visibility)
  })

  it('draws a hovered kecamatan fully opaque and a dimmed one faintly', () => {
    const opacity = buildKecamatanFill({ ...params, isVisible: true }).paint?.['fill-opacity']
    expect(opacity).toEqual([
      'case',
      ['boolean', ['feature-state', 'hover'], false],
      1,
      ['boolean', ['feature-state', 'dimmed'], false],
      DIMMED_OPACITY,
      0.92,
    ])
  })
})
