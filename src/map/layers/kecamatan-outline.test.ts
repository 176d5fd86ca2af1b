import { describe, expect, it } from 'vitest'
import { buildKecamatanCasing, buildKecamatanOutline } from './kecamatan-outline.ts'

describe('buildKecamatanOutline()', () => {
  it('draws kecamatan boundaries as a solid line', () => {
    expect(buildKecamatanOutline({ color: '#333' })).toMatchInlineSnapshot(`
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
        "id": "kecamatan-outline",
        "layout": {
          "line-cap": "round",
          "line-join": "round",
        },
        "paint": {
          "line-color": "#333",
          "line-width": [
            "interpolate",
            [
              "linear",
            ],
            [
              "zoom",
            ],
            7,
            0.9,
            10,
            1.6,
            13,
            2.4,
          ],
        },
        "source": "kecamatan",
        "type": "line",
      }
    `)
  })
})

describe('buildKecamatanCasing()', () => {
  it('draws a wider, translucent band for the line to sit on', () => {
    const casing = buildKecamatanCasing({ color: '#fff' })
    expect(casing).toMatchInlineSnapshot(`
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
        "id": "kecamatan-casing",
        "layout": {
          "line-cap": "round",
          "line-join": "round",
        },
        "paint": {
          "line-color": "#fff",
          "line-opacity": 0.55,
          "line-width": [
            "interpolate",
            [
              "linear",
            ],
            [
              "zoom",
            ],
            7,
            2.6,
            10,
            4,
            13,
            5.5,
          ],
        },
        "source": "kecamatan",
        "type": "line",
      }
    `)
    expect(casing.source).toBe(buildKecamatanOutline({ color: '#333' }).source)
  })
})
