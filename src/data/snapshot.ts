import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { type BBox, getGeometryBBox, mergeBBoxes } from '../lib/geometry-bbox.ts'
import { parseRegionName, type RegionName } from './region-name.ts'
import { SNAPSHOT_FILES } from './snapshot-files.ts'
import {
  type KecamatanProperties,
  type Manifest,
  manifestSchema,
  regionsTopologySchema,
  type VillageProperties,
} from './snapshot-schema.ts'

/** A polygon or multipolygon, the only geometries the boundary layers hold. */
export type AreaGeometry = Polygon | MultiPolygon

/** One village with what the panels need, including where it lies. */
export interface Village extends VillageProperties {
  kecamatan_nama: string
  /** Bounding box of the village polygon, for "fly to". */
  bbox: BBox
}

/** One kecamatan (district). */
export type Kecamatan = KecamatanProperties

/** Everything the first screen draws, validated and converted to GeoJSON. */
export interface Snapshot {
  manifest: Manifest
  /** The region, its name split from its kind ("Kabupaten"). */
  region: RegionName & { kode: string }
  /** Villages sorted by code. */
  villages: Village[]
  kecamatan: Kecamatan[]
  villageShapes: FeatureCollection<AreaGeometry, VillageProperties>
  kecamatanShapes: FeatureCollection<AreaGeometry, KecamatanProperties>
  kabupatenShapes: FeatureCollection<AreaGeometry>
  /** Extent of the kabupaten. */
  bbox: BBox
}

/** Why the snapshot could not be used: absent (never generated) or present but malformed. */
export class SnapshotError extends Error {
  constructor(
    readonly kind: 'missing' | 'invalid',
    message: string,
  ) {
    super(message)
    this.name = 'SnapshotError'
  }
}

async function fetchJson(url: string, fetchFn: typeof fetch): Promise<unknown> {
  let response: Response
  try {
    response = await fetchFn(url)
  } catch (error) {
    throw new SnapshotError('missing', `Cannot fetch ${url}: ${String(error)}`)
  }
  if (!response.ok) throw new SnapshotError('missing', `${url} answered HTTP ${response.status}`)
  const text = await response.text()
  try {
    return JSON.parse(text)
  } catch {
    // A static server with an SPA fallback answers a missing file with index.html.
    throw new SnapshotError('missing', `${url} is not JSON`)
  }
}

function toAreaFeatures<P>(topology: Topology, object: GeometryCollection): Feature<AreaGeometry, P>[] {
  const collection = feature(topology, object) as FeatureCollection<AreaGeometry | null, P>
  return collection.features.filter((item): item is Feature<AreaGeometry, P> => item.geometry !== null)
}

/**
 * Validates the two snapshot files and turns them into the app's shapes. Pure: the caller fetches.
 * Throws a `SnapshotError('invalid')` naming the first problem.
 */
export function assembleSnapshot(manifestJson: unknown, topologyJson: unknown): Snapshot {
  const manifest = manifestSchema.safeParse(manifestJson)
  if (!manifest.success) throw new SnapshotError('invalid', `manifest.json: ${manifest.error.message}`)
  const checked = regionsTopologySchema.safeParse(topologyJson)
  if (!checked.success) throw new SnapshotError('invalid', `regions.topojson: ${checked.error.message}`)

  const topology = topologyJson as Topology
  const objects = topology.objects as Record<'desa' | 'kecamatan' | 'kabupaten', GeometryCollection>
  const villageFeatures = toAreaFeatures<VillageProperties>(topology, objects.desa)
  const kecamatanFeatures = toAreaFeatures<KecamatanProperties>(topology, objects.kecamatan)
  const kabupatenFeatures = toAreaFeatures<Record<string, unknown>>(topology, objects.kabupaten)

  const kecamatan = kecamatanFeatures.map((item) => item.properties)
  const kecamatanNames = new Map(kecamatan.map((item) => [item.kode, item.nama]))
  const villages = villageFeatures
    .map((item): Village => {
      const bbox = getGeometryBBox(item.geometry) ?? [
        item.properties.label_lng,
        item.properties.label_lat,
        item.properties.label_lng,
        item.properties.label_lat,
      ]
      const kecamatanName = kecamatanNames.get(item.properties.kecamatan_kode)
      if (kecamatanName === undefined) {
        throw new SnapshotError('invalid', `village ${item.properties.kode} has an unknown kecamatan`)
      }
      return { ...item.properties, kecamatan_nama: kecamatanName, bbox }
    })
    .sort((a, b) => a.kode.localeCompare(b.kode))

  const bbox = mergeBBoxes(villages.map((village) => village.bbox))
  if (!bbox) throw new SnapshotError('invalid', 'regions.topojson holds no village polygon')
  return {
    manifest: manifest.data,
    region: { kode: manifest.data.region.kode, ...parseRegionName(manifest.data.region.nama) },
    villages,
    kecamatan,
    villageShapes: { type: 'FeatureCollection', features: villageFeatures },
    kecamatanShapes: { type: 'FeatureCollection', features: kecamatanFeatures },
    kabupatenShapes: { type: 'FeatureCollection', features: kabupatenFeatures },
    bbox,
  }
}

/** Fetches and validates the published snapshot under `baseUrl` (ending with `/`). */
export async function fetchSnapshot(baseUrl: string, fetchFn: typeof fetch = fetch): Promise<Snapshot> {
  const [manifestJson, topologyJson] = await Promise.all([
    fetchJson(`${baseUrl}${SNAPSHOT_FILES.manifest}`, fetchFn),
    fetchJson(`${baseUrl}${SNAPSHOT_FILES.regions}`, fetchFn),
  ])
  return assembleSnapshot(manifestJson, topologyJson)
}
