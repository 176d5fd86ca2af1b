/**
 * Reads the generator's input, `DemoRegion[]`, from the regions snapshot (`public/data/regions.topojson`,
 * objects `desa` and `kecamatan`) or from a GeoJSON FeatureCollection of villages that carry the same
 * properties plus `kecamatan_nama`. Validated here, at the edge; the generator trusts its input.
 */
import { readFile } from 'node:fs/promises'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { z } from 'zod'
import type { DemoRegion } from './types'

const villageProperties = z.object({
  kode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/),
  nama: z.string().min(1),
  jenis: z.enum(['desa', 'kelurahan']),
  kecamatan_kode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/),
  kecamatan_nama: z.string().min(1).optional(),
  luas_km2: z.number().nonnegative(),
  label_lng: z.number().min(-180).max(180),
  label_lat: z.number().min(-90).max(90),
})
const kecamatanProperties = z.object({ kode: z.string(), nama: z.string().min(1) })

/** Properties of the features of one object of a topology (or of a FeatureCollection). */
function propertiesOf(collection: { features: { properties: unknown }[] }): unknown[] {
  return collection.features.map((item) => item.properties)
}

/** Villages of a parsed TopoJSON snapshot or GeoJSON FeatureCollection, sorted by code. */
export function parseRegions(json: unknown): DemoRegion[] {
  const data = json as { type?: string; objects?: Record<string, GeometryCollection> }
  let villages: unknown[]
  let kecamatanNames = new Map<string, string>()
  if (data.type === 'Topology' && data.objects) {
    const topology = json as Topology
    const { desa, kecamatan } = data.objects
    if (!desa) throw new Error('regions topology has no `desa` object')
    villages = propertiesOf(feature(topology, desa))
    if (kecamatan) {
      const parsed = propertiesOf(feature(topology, kecamatan)).map((p) => kecamatanProperties.parse(p))
      kecamatanNames = new Map(parsed.map((p) => [p.kode, p.nama]))
    }
  } else if (data.type === 'FeatureCollection') {
    villages = propertiesOf(json as { features: { properties: unknown }[] })
  } else {
    throw new Error('regions file is neither a TopoJSON Topology nor a GeoJSON FeatureCollection')
  }
  return villages
    .map((properties) => {
      const village = villageProperties.parse(properties)
      const kecamatan_nama = village.kecamatan_nama ?? kecamatanNames.get(village.kecamatan_kode)
      if (!kecamatan_nama) throw new Error(`no kecamatan name for ${village.kode}`)
      return { ...village, kecamatan_nama }
    })
    .sort((a, b) => (a.kode < b.kode ? -1 : 1))
}

/** `parseRegions` of a file on disk. */
export async function readRegions(filePath: string): Promise<DemoRegion[]> {
  return parseRegions(JSON.parse(await readFile(filePath, 'utf8')))
}
