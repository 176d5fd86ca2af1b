import { describe, expect, it } from 'vitest'
import { buildVillageFill } from './village-fill.ts'

const params = {
  thresholds: [10, 20],
  colors: ['#eee', '#999', '#333'],
  noDataColor: '#ccc',
  withheldColor: '#888',
}

describe('buildVillageFill()', () => {
  it('colours villages by the class of their value feature-state', () => {
    expect(buildVillageFill(params)).toMatchInlineSnapshot(`
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
        "id": "village-fill",
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
              "any",
              [
                "boolean",
                [
                  "feature-state",
                  "hover",
                ],
                false,
              ],
              [
                "boolean",
                [
                  "feature-state",
                  "selected",
                ],
                false,
              ],
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
        "source": "villages",
        "type": "fill",
      }
    `)
  })

  it.each([
    { name: 'no class', thresholds: [], colors: [], expected: '#ccc' },
    { name: 'a single class', thresholds: [], colors: ['#123456'], expected: '#123456' },
  ])('paints a plain colour for $name', ({ thresholds, colors, expected }) => {
    const layer = buildVillageFill({ thresholds, colors, noDataColor: '#ccc', withheldColor: '#888' })
    const fillColor = layer.paint?.['fill-color'] as unknown[]
    expect(fillColor[4]).toBe(expected)
  })

  it('has one step stop per threshold', () => {
    const fillColor = buildVillageFill(params).paint?.['fill-color'] as unknown[]
    const step = fillColor[4] as unknown[]
    expect(step[0]).toBe('step')
    expect(step.slice(3)).toEqual([10, '#999', 20, '#333'])
  })

  it('gives the no-data colour to anything that is not a number', () => {
    const fillColor = buildVillageFill(params).paint?.['fill-color'] as unknown[]
    expect(fillColor[3]).toEqual(['==', ['typeof', ['feature-state', 'value']], 'number'])
    expect(fillColor[5]).toBe('#ccc')
  })

  it('gives the withheld colour to villages whose status is ditahan, before any value', () => {
    const fillColor = buildVillageFill(params).paint?.['fill-color'] as unknown[]
    expect(fillColor[1]).toEqual(['==', ['feature-state', 'status'], 'ditahan'])
    expect(fillColor[2]).toBe('#888')
  })
})
