import { describe, expect, it } from 'vitest'
import { buildLabelPoints } from './label-points.ts'

describe('buildLabelPoints()', () => {
  it('puts one point per record at its label position, in [lng, lat] order', () => {
    const points = buildLabelPoints([
      { kode: '64.08.01', nama: 'Muara Ancalong', luas_km2: null, label_lng: 116.5, label_lat: 0.45 },
    ])
    expect(points.features).toEqual([
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [116.5, 0.45] },
        properties: { kode: '64.08.01', nama: 'Muara Ancalong', luas_km2: null },
      },
    ])
  })
})
