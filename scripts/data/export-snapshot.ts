/**
 * Exports the published snapshot FROM the database: the rows of one kabupaten are read back through
 * `public.region_features()` and turned into `regions.topojson` (objects desa, kecamatan, kabupaten) plus the
 * manifest. The database is the single truth; this file only changes the format.
 */
import { gzipSync } from 'node:zlib'
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson'
import { topology } from 'topojson-server'
import type { SqlClient } from '../db/sql-client.ts'
import { rewindPolygon, roundTo } from './geometry.ts'
import { inTransaction } from './load-regions.ts'
import type { NameWarning } from './reference-names.ts'
import { sha256Hex } from './sha256.ts'
import type { SnapshotManifest } from './snapshot-manifest.ts'
import { boundarySourceFor, type Sources } from './sources.ts'

/** One row of `public.region_features()`, plus the number of villages under it. */
export interface ExportedRegion {
  kode: string
  nama: string
  level: 'kabupaten' | 'kecamatan' | 'desa'
  jenis: 'desa' | 'kelurahan' | null
  parent: string | null
  luas_km2: number
  label_lng: number
  label_lat: number
  /** Villages (desa + kelurahan) directly under this row. */
  jumlah_desa: number
  geometry: MultiPolygon
}

type FeatureRow = Omit<ExportedRegion, 'jumlah_desa' | 'geometry'> & { geometry: MultiPolygon | string }

/**
 * Reads one kabupaten through `public.region_features()` (supabase/migrations), the same function the
 * app's API calls, so the file and the live query cannot drift. Rings are rewound to RFC 7946.
 */
export async function readRegions(client: SqlClient, region: string): Promise<ExportedRegion[]> {
  const { rows } = await inTransaction(client, () =>
    client.query<FeatureRow>('select * from public.region_features($1::text)', [region]),
  )
  const villageCounts = new Map<string, number>()
  for (const row of rows) {
    if (row.level === 'desa' && row.parent)
      villageCounts.set(row.parent, (villageCounts.get(row.parent) ?? 0) + 1)
  }
  return rows.map((row) => {
    const geometry =
      typeof row.geometry === 'string' ? (JSON.parse(row.geometry) as MultiPolygon) : row.geometry
    return {
      ...row,
      jumlah_desa: villageCounts.get(row.kode) ?? 0,
      geometry: { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewindPolygon) },
    }
  })
}

/** A file of the snapshot, path relative to the output folder. */
export interface SnapshotFile {
  path: string
  content: Buffer
}

/** Everything {@link buildSnapshot} needs besides the rows. */
export interface SnapshotInput {
  regions: readonly ExportedRegion[]
  sources: SnapshotManifest['sources']
  nameWarnings: readonly NameWarning[]
  geometryWarnings: SnapshotManifest['geometry_warnings']
  /** Text of the boundary repository's LICENSE, shipped beside the data it licenses. */
  licenceText: string
  createdAt: Date
  simplifyPercent: number
  /** TopoJSON quantization; 1e5 is ~1 m over Kutai Timur's 3° extent, far below boundary accuracy. */
  quantization: number
  /** Further files exported from the database (indicators), listed in the manifest after the regions. */
  extraFiles?: readonly SnapshotFile[]
  /** What the manifest says about the synthetic demo data, when the figures come from it. */
  demo?: SnapshotManifest['demo']
}

/** Label coordinates to 5 decimals (~1 m): finer is noise, coarser may fall outside a thin village. */
const LABEL_DECIMALS = 5

function propertiesOf(region: ExportedRegion): Record<string, string | number> {
  const label = {
    label_lng: roundTo(region.label_lng, LABEL_DECIMALS),
    label_lat: roundTo(region.label_lat, LABEL_DECIMALS),
  }
  const base = { kode: region.kode, nama: region.nama }
  if (region.level === 'desa') {
    return {
      ...base,
      jenis: region.jenis ?? '',
      kecamatan_kode: region.parent ?? '',
      luas_km2: region.luas_km2,
      ...label,
    }
  }
  if (region.level === 'kecamatan')
    return { ...base, luas_km2: region.luas_km2, ...label, jumlah_desa: region.jumlah_desa }
  return { ...base, luas_km2: region.luas_km2, ...label }
}

function collectionOf(regions: readonly ExportedRegion[], level: ExportedRegion['level']): FeatureCollection {
  const features: Feature[] = regions
    .filter((region) => region.level === level)
    .map((region) => ({ type: 'Feature', properties: propertiesOf(region), geometry: region.geometry }))
  return { type: 'FeatureCollection', features }
}

/** `2025-01-02T03:04:05.678Z` → `20250102T030405Z`. */
function compactTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`
}

/** Pure: rows + metadata → the snapshot files and its manifest. */
export function buildSnapshot(input: SnapshotInput): { files: SnapshotFile[]; manifest: SnapshotManifest } {
  const kabupaten = input.regions.find((region) => region.level === 'kabupaten')
  if (!kabupaten) throw new Error('buildSnapshot() needs the kabupaten row')
  const topo = topology(
    {
      desa: collectionOf(input.regions, 'desa'),
      kecamatan: collectionOf(input.regions, 'kecamatan'),
      kabupaten: collectionOf(input.regions, 'kabupaten'),
    },
    input.quantization,
  )
  const files: SnapshotFile[] = [
    { path: 'regions.topojson', content: Buffer.from(JSON.stringify(topo)) },
    { path: 'LICENSE-wilayah_boundaries.txt', content: Buffer.from(input.licenceText) },
    ...(input.extraFiles ?? []),
  ]
  const topologyHash = sha256Hex(files[0]?.content ?? '')
  const villages = input.regions.filter((region) => region.level === 'desa')
  const manifest: SnapshotManifest = {
    snapshot_id: `${kabupaten.kode}-${compactTimestamp(input.createdAt)}-${topologyHash.slice(0, 8)}`,
    region: { kode: kabupaten.kode, nama: kabupaten.nama },
    created_at: input.createdAt.toISOString(),
    attribution: [...new Set(input.sources.map((source) => source.attribution))],
    sources: input.sources,
    files: files.map((file) => ({
      path: file.path,
      bytes: file.content.length,
      gzip_bytes: gzipSync(file.content).length,
      sha256: sha256Hex(file.content),
    })),
    counts: {
      kecamatan: input.regions.filter((region) => region.level === 'kecamatan').length,
      desa: villages.filter((region) => region.jenis === 'desa').length,
      kelurahan: villages.filter((region) => region.jenis === 'kelurahan').length,
    },
    luas_km2: kabupaten.luas_km2,
    name_check: { warnings: [...input.nameWarnings] },
    geometry_warnings: input.geometryWarnings,
    build: { simplify_percent: input.simplifyPercent, quantization: input.quantization },
    ...(input.demo ? { demo: input.demo } : {}),
  }
  return { files, manifest }
}

/** The sources of one region's snapshot, in manifest form. */
export function manifestSources(sources: Sources, region: string): SnapshotManifest['sources'] {
  const file = (id: string, source: Sources['boundary_licence']) => ({
    id,
    name: source.name,
    url: source.url,
    commit: source.commit,
    version: null,
    sha256: source.sha256,
    licence: source.licence,
    attribution: source.attribution,
  })
  const names = sources.names
  return [
    file('boundaries', boundarySourceFor(sources, region)),
    file('boundary_licence', sources.boundary_licence),
    {
      id: 'names',
      name: names.name,
      url: names.url,
      commit: null,
      version: names.version,
      sha256: null,
      files: Object.values(names.files).map((pin) => ({
        path: `${names.package}/${pin.path}`,
        sha256: pin.sha256,
      })),
      licence: names.licence,
      attribution: names.attribution,
    },
  ]
}
