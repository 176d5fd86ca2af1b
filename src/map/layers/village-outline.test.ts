import { describe, expect, it } from 'vitest'
import { buildVillageHighlight, buildVillageOutline } from './village-outline.ts'

describe('buildVillageOutline()', () => {
  it('draws thin lines between villages', () => {
    expect(buildVillageOutline({ color: '#fff' })).toMatchInlineSnapshot(`
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
        "id": "village-outline",
        "layout": {
          "line-join": "round",
        },
        "paint": {
          "line-color": "#fff",
          "line-opacity": 0.85,
          "line-width": [
            "interpolate",
            [
              "linear",
            ],
            [
              "zoom",
            ],
            7,
            0.4,
            10,
            1,
            13,
            1.6,
          ],
        },
        "source": "villages",
        "type": "line",
      }
    `)
  })
})

describe('buildVillageHighlight()', () => {
  it('rings the selected and the hovered village only', () => {
    expect(buildVillageHighlight({ color: '#000' })).toMatchInlineSnapshot(`
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
        "id": "village-highlight",
        "layout": {
          "line-join": "round",
        },
        "paint": {
          "line-color": "#000",
          "line-opacity": [
            "case",
            [
              "any",
              [
                "boolean",
                [
                  "feature-state",
                  "selected",
                ],
                false,
              ],
              [
                "boolean",
                [
                  "feature-state",
                  "hover",
                ],
                false,
              ],
            ],
            1,
            0,
          ],
          "line-width": [
            "case",
            [
              "boolean",
              [
                "feature-state",
                "selected",
              ],
              false,
            ],
            3,
            [
              "boolean",
              [
                "feature-state",
                "hover",
              ],
              false,
            ],
            2,
            0,
          ],
        },
        "source": "villages",
        "type": "line",
      }
    `)
  })
})
