import { describe, expect, it } from 'vitest'
import type { Snapshot } from '../data/snapshot.ts'
import { getMapData } from './map-data.ts'

function makeSnapshot(): Snapshot {
  const empty = { type: 'FeatureCollection' as const, features: [] }
  return {
    kabupatenShapes: empty,
    kecamatanShapes: empty,
    villageShapes: empty,
    kecamatan: [
      {
        kode: '64.08.04',
        nama: 'Sangatta Utara',
        luas_km2: 10,
        label_lng: 117.5,
        label_lat: 0.5,
        jumlah_desa: 1,
      },
    ],
    villages: [],
  } as unknown as Snapshot
}

describe('getMapData()', () => {
  it('puts one label point per kecamatan at its label position', () => {
    const data = getMapData(makeSnapshot())
    expect(data.kecamatanLabels.features.map((feature) => feature.geometry)).toEqual([
      { type: 'Point', coordinates: [117.5, 0.5] },
    ])
  })

  it('derives the sources once per snapshot and anew for another', () => {
    const snapshot = makeSnapshot()
    expect(getMapData(snapshot)).toBe(getMapData(snapshot))
    expect(getMapData(makeSnapshot())).not.toBe(getMapData(snapshot))
  })
})
