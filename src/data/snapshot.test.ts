import type { Feature, FeatureCollection, Polygon } from 'geojson'
import { topology } from 'topojson-server'
import { describe, expect, it } from 'vitest'
import { assembleSnapshot, fetchSnapshot, SnapshotError } from './snapshot.ts'

/** A unit square at (x, y) with the given properties. */
function makeSquare<P>(x: number, y: number, properties: P): Feature<Polygon, P> {
  const ring = [
    [x, y],
    [x + 1, y],
    [x + 1, y + 1],
    [x, y + 1],
    [x, y],
  ]
  return { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } }
}

const collection = <P>(features: Feature<Polygon, P>[]): FeatureCollection<Polygon, P> => ({
  type: 'FeatureCollection',
  features,
})

/** Two villages (listed out of code order) in one kecamatan, made up for the test. */
function makeTopology() {
  const village = (kode: string, nama: string, x: number) =>
    makeSquare(x, 0, {
      kode,
      nama,
      jenis: 'desa',
      kecamatan_kode: '64.08.01',
      luas_km2: 12.3,
      label_lng: x + 0.5,
      label_lat: 0.5,
    })
  const kecamatan = makeSquare(116, 0, {
    kode: '64.08.01',
    nama: 'Kecamatan Uji',
    luas_km2: 24.6,
    label_lng: 116.5,
    label_lat: 0.5,
    jumlah_desa: 2,
  })
  return topology({
    desa: collection([village('64.08.01.2002', 'Dua', 117), village('64.08.01.2001', 'Satu', 116)]),
    kecamatan: collection([kecamatan]),
    kabupaten: collection([makeSquare(116, 0, { kode: '64.08' })]),
  })
}

function makeManifest() {
  return {
    snapshot_id: 'test',
    region: { kode: '64.08', nama: 'Uji' },
    created_at: '2026-01-01T00:00:00Z',
    sources: [
      { id: 'uji', name: 'Uji', url: 'https://example.org', licence: 'MIT', attribution: 'Data uji' },
    ],
    files: [],
    counts: { kecamatan: 1, desa: 2, kelurahan: 0 },
    luas_km2: 24.6,
  }
}

function makeFetch(answers: Record<string, { status: number; body: string }>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const answer = answers[String(input)] ?? { status: 404, body: 'Not found' }
    return new Response(answer.body, { status: answer.status })
  }) as typeof fetch
}

describe('assembleSnapshot()', () => {
  it('joins kecamatan names, sorts villages by code and boxes each village', () => {
    const snapshot = assembleSnapshot(makeManifest(), makeTopology())
    expect(snapshot.villages.map((village) => [village.kode, village.kecamatan_nama, village.bbox])).toEqual([
      ['64.08.01.2001', 'Kecamatan Uji', [116, 0, 117, 1]],
      ['64.08.01.2002', 'Kecamatan Uji', [117, 0, 118, 1]],
    ])
    expect(snapshot.bbox).toEqual([116, 0, 118, 1])
    expect(snapshot.region).toEqual({ kode: '64.08', kind: null, name: 'Uji' })
    expect(snapshot.villageShapes.features).toHaveLength(2)
  })

  it.each([
    {
      name: 'a manifest without sources',
      manifest: { ...makeManifest(), sources: [] },
      topology: makeTopology(),
    },
    {
      name: 'a topology without villages',
      manifest: makeManifest(),
      topology: { type: 'Topology', arcs: [], objects: {} },
    },
    { name: 'a village with a bad code', manifest: makeManifest(), topology: withVillageCode('64.08.1.1') },
  ])('rejects $name as invalid', ({ manifest, topology: regions }) => {
    const error = catchError(() => assembleSnapshot(manifest, regions))
    expect(error).toBeInstanceOf(SnapshotError)
    expect(error).toMatchObject({ kind: 'invalid' })
  })
})

function catchError(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  return undefined
}

function withVillageCode(kode: string) {
  const regions = makeTopology()
  const desa = regions.objects.desa as unknown as { geometries: { properties: { kode: string } }[] }
  const first = desa.geometries[0]
  if (first) first.properties.kode = kode
  return regions
}

describe('fetchSnapshot()', () => {
  const base = 'http://test/data/'

  it('loads both files from the base URL', async () => {
    const fetchFn = makeFetch({
      [`${base}manifest.json`]: { status: 200, body: JSON.stringify(makeManifest()) },
      [`${base}regions.topojson`]: { status: 200, body: JSON.stringify(makeTopology()) },
    })
    await expect(fetchSnapshot(base, fetchFn)).resolves.toMatchObject({ manifest: { snapshot_id: 'test' } })
  })

  it.each([
    { name: 'absent (HTTP 404)', answer: { status: 404, body: 'Not found' } },
    {
      name: 'answered by an SPA fallback page',
      answer: { status: 200, body: '<!doctype html><html></html>' },
    },
  ])('reports a snapshot $name as missing', async ({ answer }) => {
    const fetchFn = makeFetch({ [`${base}manifest.json`]: answer, [`${base}regions.topojson`]: answer })
    await expect(fetchSnapshot(base, fetchFn)).rejects.toMatchObject({
      name: 'SnapshotError',
      kind: 'missing',
    })
  })
})
