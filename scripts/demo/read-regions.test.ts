import { existsSync } from 'node:fs'
import type { Feature, FeatureCollection, Point } from 'geojson'
import { topology } from 'topojson-server'
import { describe, expect, it } from 'vitest'
import { makeRegions } from './make-regions'
import { parseRegions, readRegions } from './read-regions'
import type { DemoRegion } from './types'

const SNAPSHOT = 'public/data/regions.topojson'

/** Villages as point features (geometry does not matter to the generator). */
function makeVillageCollection(
  regions: readonly DemoRegion[],
  withKecamatanName: boolean,
): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: regions.map(
      ({ kecamatan_nama, ...properties }): Feature<Point> => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [properties.label_lng, properties.label_lat] },
        properties: withKecamatanName ? { ...properties, kecamatan_nama } : properties,
      }),
    ),
  }
}

function makeKecamatanCollection(regions: readonly DemoRegion[]): FeatureCollection<Point> {
  const names = new Map(regions.map((region) => [region.kecamatan_kode, region.kecamatan_nama]))
  return {
    type: 'FeatureCollection',
    features: [...names].map(([kode, nama]) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [117, 1] },
      properties: { kode, nama },
    })),
  }
}

describe('parseRegions()', () => {
  const regions = makeRegions(2)

  it('reads villages and kecamatan names from a TopoJSON snapshot', () => {
    const snapshot = topology({
      desa: makeVillageCollection(regions, false),
      kecamatan: makeKecamatanCollection(regions),
    })
    expect(parseRegions(snapshot)).toEqual([...regions].sort((a, b) => (a.kode < b.kode ? -1 : 1)))
  })

  it('reads a GeoJSON FeatureCollection whose villages carry kecamatan_nama', () => {
    expect(parseRegions(makeVillageCollection(regions, true))).toHaveLength(regions.length)
  })

  it.each([
    ['a village without a kecamatan name', makeVillageCollection(regions, false), /kecamatan name/],
    ['a file that is neither format', { type: 'Feature' }, /neither/],
    ['a topology without desa', { type: 'Topology', objects: {}, arcs: [] }, /desa/],
  ])('rejects %s', (_, json, message) => {
    expect(() => parseRegions(json)).toThrow(message)
  })

  it('rejects a malformed village code', () => {
    const broken = makeVillageCollection([{ ...(regions[0] as DemoRegion), kode: '64.08.1' }], true)
    expect(() => parseRegions(broken)).toThrow()
  })
})

describe.skipIf(!existsSync(SNAPSHOT))('readRegions() on the real snapshot', () => {
  it('reads 139 desa and 2 kelurahan in 18 kecamatan', async () => {
    const regions = await readRegions(SNAPSHOT)
    expect(regions.filter((region) => region.jenis === 'desa')).toHaveLength(139)
    expect(regions.filter((region) => region.jenis === 'kelurahan').map((region) => region.kode)).toEqual([
      '64.08.04.1010',
      '64.08.12.1002',
    ])
    expect(new Set(regions.map((region) => region.kecamatan_kode)).size).toBe(18)
  })
})
