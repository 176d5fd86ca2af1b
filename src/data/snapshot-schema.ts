import { z } from 'zod/mini'

/**
 * Schemas of the published snapshot files (`manifest.json`, `regions.topojson`), written by the data
 * pipeline. They check only what the app reads; unknown fields pass through untouched.
 * `zod/mini` is the tree-shakable build of zod: ~6 KB gzip instead of ~20 KB on the first screen.
 */

const text = () => z.string().check(z.minLength(1))
const count = () => z.int().check(z.nonnegative())
const regionCode = z.string().check(z.regex(/^\d{2}\.\d{2}$/))
const kecamatanCode = z.string().check(z.regex(/^\d{2}\.\d{2}\.\d{2}$/))
const villageCode = z.string().check(z.regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/))
const longitude = z.number().check(z.gte(-180), z.lte(180))
const latitude = z.number().check(z.gte(-90), z.lte(90))
/** A missing area is `null`, never `0` or `NaN` (a number that is not known is not a number). */
const areaKm2 = z.nullable(z.number().check(z.nonnegative()))

/** One upstream data source, with the text that must be shown wherever its data appears. */
export const sourceSchema = z.object({
  id: text(),
  name: text(),
  /**
   * Where to get it; null or empty for data made by this project (the synthetic demo: the data build
   * writes `""`). Readers treat an empty url as no link.
   */
  url: z.optional(z.nullable(z.string())),
  /** Git commit of a file fetched from a repository; null or absent for a package. */
  commit: z.optional(z.nullable(z.string())),
  sha256: z.optional(z.nullable(z.string())),
  licence: text(),
  attribution: text(),
})

/** `manifest.json`: what the snapshot is, where it comes from and what it holds. */
export const manifestSchema = z.object({
  snapshot_id: text(),
  region: z.object({ kode: regionCode, nama: text() }),
  created_at: text(),
  /** Texts to show wherever the data appears; older snapshots carry them only per source. */
  attribution: z.optional(z.array(text())),
  sources: z.array(sourceSchema).check(z.minLength(1)),
  files: z.array(z.unknown()),
  counts: z.object({ kecamatan: count(), desa: count(), kelurahan: count() }),
  luas_km2: z.number().check(z.nonnegative()),
})

/** Properties of one village (desa or kelurahan) polygon in the topology. */
export const villagePropertiesSchema = z.object({
  kode: villageCode,
  nama: text(),
  jenis: z.enum(['desa', 'kelurahan']),
  kecamatan_kode: kecamatanCode,
  luas_km2: areaKm2,
  label_lng: longitude,
  label_lat: latitude,
})

/** Properties of one kecamatan (district) polygon in the topology. */
export const kecamatanPropertiesSchema = z.object({
  kode: kecamatanCode,
  nama: text(),
  luas_km2: areaKm2,
  label_lng: longitude,
  label_lat: latitude,
  jumlah_desa: count(),
})

const geometryCollection = <T extends z.ZodMiniType>(properties: T) =>
  z.object({
    type: z.literal('GeometryCollection'),
    geometries: z.array(z.looseObject({ type: z.string(), properties })).check(z.minLength(1)),
  })

/** `regions.topojson`: the three boundary layers the map draws. */
export const regionsTopologySchema = z.looseObject({
  type: z.literal('Topology'),
  arcs: z.array(z.unknown()),
  objects: z.looseObject({
    desa: geometryCollection(villagePropertiesSchema),
    kecamatan: geometryCollection(kecamatanPropertiesSchema),
    kabupaten: geometryCollection(z.unknown()),
  }),
})

/** A data source as listed in the manifest. */
export type Source = z.infer<typeof sourceSchema>
/** The validated `manifest.json`. */
export type Manifest = z.infer<typeof manifestSchema>
/** The validated properties of a village polygon. */
export type VillageProperties = z.infer<typeof villagePropertiesSchema>
/** The validated properties of a kecamatan polygon. */
export type KecamatanProperties = z.infer<typeof kecamatanPropertiesSchema>
