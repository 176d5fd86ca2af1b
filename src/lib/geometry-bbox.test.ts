import { describe, expect, it } from 'vitest'
import { getGeometryBBox, mergeBBoxes } from './geometry-bbox.ts'

describe('getGeometryBBox()', () => {
  it.each([
    { name: 'a point', geometry: { type: 'Point', coordinates: [116, 1] }, expected: [116, 1, 116, 1] },
    {
      name: 'a multipolygon',
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [116, 0],
              [117, 0],
              [117, 1],
              [116, 0],
            ],
          ],
          [
            [
              [118, -1],
              [119, 2],
              [118, 2],
              [118, -1],
            ],
          ],
        ],
      },
      expected: [116, -1, 119, 2],
    },
    { name: 'an empty polygon', geometry: { type: 'Polygon', coordinates: [] }, expected: null },
    { name: 'no geometry', geometry: null, expected: null },
  ] as const)('boxes $name', ({ geometry, expected }) => {
    expect(getGeometryBBox(geometry as GeoJSON.Geometry | null)).toEqual(expected)
  })
})

describe('mergeBBoxes()', () => {
  it('holds every box', () => {
    expect(
      mergeBBoxes([
        [1, 2, 3, 4],
        [0, 3, 2, 5],
      ]),
    ).toEqual([0, 2, 3, 5])
  })

  it('gives null for no box', () => {
    expect(mergeBBoxes([])).toBeNull()
  })
})
