import type { FeatureCollection, MultiPolygon } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { describe, expect, it } from 'vitest'
import { buildSnapshot, type ExportedRegion, manifestSources, type SnapshotInput } from './export-snapshot.ts'
import { snapshotManifestSchema } from './snapshot-manifest.ts'
import { makeFixtureSources } from './testing/fixtures.ts'

function makeSquare(west: number, size: number): MultiPolygon {
  return {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [west, 0],
          [west + size, 0],
          [west + size, size],
          [west, size],
          [west, 0],
        ],
      ],
    ],
  }
}

function makeRegion(
  overrides: Partial<ExportedRegion> & Pick<ExportedRegion, 'kode' | 'level'>,
): ExportedRegion {
  return {
    nama: 'X',
    jenis: null,
    parent: null,
    luas_km2: 1,
    label_lng: 117.05,
    label_lat: 0.05,
    jumlah_desa: 0,
    geometry: makeSquare(117, 0.2),
    ...overrides,
  }
}

function makeInput(overrides: Partial<SnapshotInput> = {}): SnapshotInput {
  return {
    regions: [
      makeRegion({ kode: '99.01', level: 'kabupaten', nama: 'Kabupaten Contoh', luas_km2: 493.21 }),
      makeRegion({
        kode: '99.01.01',
        level: 'kecamatan',
        nama: 'Fiksi Barat',
        parent: '99.01',
        jumlah_desa: 2,
      }),
      makeRegion({
        kode: '99.01.01.1001',
        level: 'desa',
        jenis: 'kelurahan',
        parent: '99.01.01',
        geometry: makeSquare(117, 0.1),
        label_lng: 117.0512345678,
      }),
      makeRegion({
        kode: '99.01.01.2002',
        level: 'desa',
        jenis: 'desa',
        parent: '99.01.01',
        geometry: makeSquare(117.1, 0.1),
      }),
    ],
    sources: manifestSources(makeFixtureSources(), '99.01'),
    nameWarnings: [{ kode: '99.01.01.2002', boundary_nama: 'Y', reference_nama: 'X' }],
    geometryWarnings: [],
    licenceText: 'Fixture licence',
    createdAt: new Date('2025-01-02T03:04:05.678Z'),
    simplifyPercent: 10,
    quantization: 1e5,
    ...overrides,
  }
}

function topologyOf(input: SnapshotInput): Topology {
  const file = buildSnapshot(input).files.find((candidate) => candidate.path === 'regions.topojson')
  return JSON.parse(String(file?.content)) as Topology
}

describe('buildSnapshot()', () => {
  it('writes desa, kecamatan and kabupaten objects with exactly the published properties', () => {
    const topology = topologyOf(makeInput())
    const propertiesOf = (name: string) =>
      feature(topology, topology.objects[name] as GeometryCollection).features.map((item) => item.properties)
    expect(propertiesOf('desa')[0]).toEqual({
      kode: '99.01.01.1001',
      nama: 'X',
      jenis: 'kelurahan',
      kecamatan_kode: '99.01.01',
      luas_km2: 1,
      label_lng: 117.05123,
      label_lat: 0.05,
    })
    expect(propertiesOf('kecamatan')).toEqual([
      {
        kode: '99.01.01',
        nama: 'Fiksi Barat',
        luas_km2: 1,
        label_lng: 117.05,
        label_lat: 0.05,
        jumlah_desa: 2,
      },
    ])
    expect(propertiesOf('kabupaten')).toEqual([
      { kode: '99.01', nama: 'Kabupaten Contoh', luas_km2: 493.21, label_lng: 117.05, label_lat: 0.05 },
    ])
  })

  it('quantizes geometry without moving a corner by more than the grid step', () => {
    const topology = topologyOf(makeInput())
    const desa = feature(
      topology,
      topology.objects.desa as GeometryCollection,
    ) as FeatureCollection<MultiPolygon>
    const corners = desa.features[1]?.geometry.coordinates.flat(2) ?? []
    expect(
      corners.every(
        ([lng = 0, lat = 0]) =>
          [117.1, 117.2].some((x) => Math.abs(lng - x) < 1e-5) &&
          [0, 0.1].some((y) => Math.abs(lat - y) < 1e-5),
      ),
    ).toBe(true)
  })

  it('names the snapshot <region>-<UTC timestamp>-<8 hex of the topology sha256>', () => {
    const { manifest } = buildSnapshot(makeInput())
    const topologyHash = manifest.files.find((file) => file.path === 'regions.topojson')?.sha256 ?? ''
    expect(manifest.snapshot_id).toBe(`99.01-20250102T030405Z-${topologyHash.slice(0, 8)}`)
    expect(manifest.created_at).toBe('2025-01-02T03:04:05.678Z')
  })

  it('fills a manifest that matches its schema, with counts, area, sources and warnings', () => {
    const { manifest } = buildSnapshot(makeInput())
    expect(snapshotManifestSchema.parse(manifest)).toEqual(manifest)
    expect([manifest.counts, manifest.luas_km2, manifest.region]).toEqual([
      { kecamatan: 1, desa: 1, kelurahan: 1 },
      493.21,
      { kode: '99.01', nama: 'Kabupaten Contoh' },
    ])
    expect(manifest.sources.map((source) => source.id)).toEqual(['boundaries', 'boundary_licence', 'names'])
    expect(manifest.name_check.warnings).toHaveLength(1)
    expect(manifest.files.map((file) => file.path)).toEqual([
      'regions.topojson',
      'LICENSE-wilayah_boundaries.txt',
    ])
  })

  it('gives identical bytes for identical input', () => {
    const [first, second] = [buildSnapshot(makeInput()), buildSnapshot(makeInput())]
    expect(first.files[0]?.content.equals(second.files[0]?.content ?? Buffer.alloc(0))).toBe(true)
  })

  it('refuses rows without the kabupaten', () => {
    const input = makeInput()
    expect(() => buildSnapshot({ ...input, regions: input.regions.slice(1) })).toThrow(/kabupaten row/)
  })
})
