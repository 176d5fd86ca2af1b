/**
 * `public/data/manifest.json`: the public description of a published snapshot. The app reads it first;
 * `npm run data:if-missing` reads it to decide whether a build is needed. Shape shared by both, so it
 * lives in one zod schema.
 */
import { z } from 'zod'

const sha256 = z.string().regex(/^[0-9a-f]{64}$/)

/** One input of the snapshot, with what a reader needs to credit and re-fetch it. */
export const manifestSourceSchema = z.object({
  /** `boundaries`, `boundary_licence` or `names`. */
  id: z.string(),
  name: z.string(),
  /** Where to fetch it; null for data this project makes (the synthetic demo). */
  url: z.string().nullable(),
  /** Git commit for files fetched from a repository; null for an npm package. */
  commit: z.string().nullable(),
  /** Package version for an npm package; null for a file. */
  version: z.string().nullable(),
  /** sha256 of a fetched file; null for a package (see `files`). */
  sha256: sha256.nullable(),
  /** The package files read, each with its sha256 (npm package only). */
  files: z.array(z.object({ path: z.string(), sha256 })).optional(),
  licence: z.string(),
  attribution: z.string(),
})

/** The manifest. */
export const snapshotManifestSchema = z.object({
  /** `<region>-<UTC yyyymmddThhmmssZ>-<first 8 hex of sha256 of regions.topojson>`. */
  snapshot_id: z.string(),
  region: z.object({ kode: z.string(), nama: z.string() }),
  created_at: z.iso.datetime(),
  /** Texts to show wherever the data appears (map footer, downloads). */
  attribution: z.array(z.string()),
  sources: z.array(manifestSourceSchema),
  /** Every file of the snapshot except this manifest; paths relative to the manifest. */
  files: z.array(
    z.object({ path: z.string(), bytes: z.number().int(), gzip_bytes: z.number().int(), sha256 }),
  ),
  counts: z.object({ kecamatan: z.number().int(), desa: z.number().int(), kelurahan: z.number().int() }),
  /** Total area of the kabupaten, km² (2 decimals), from cleaned unsimplified boundaries. */
  luas_km2: z.number(),
  /** Villages whose boundary-file name differs from the official name (the official one is published). */
  name_check: z.object({
    warnings: z.array(z.object({ kode: z.string(), boundary_nama: z.string(), reference_nama: z.string() })),
  }),
  /** Geometries that were invalid after simplification and repaired with ST_MakeValid. */
  geometry_warnings: z.array(z.object({ kode: z.string(), reason: z.string() })),
  /** Parameters that shaped the published geometry. */
  build: z.object({ simplify_percent: z.number(), quantization: z.number() }),
  /**
   * Present when the figures come from the synthetic demo dataset: village values are made up, kabupaten
   * totals reproduce the official figures listed in `calibration`.
   */
  demo: z
    .object({
      synthetic: z.literal(true),
      seed: z.number().int(),
      note: z.object({ id: z.string(), en: z.string() }),
      calibration: z.array(
        z.object({
          tahun: z.number().int(),
          penduduk: z.number().int(),
          penduduk_bps: z.number().int().nullable(),
          persen_penduduk_miskin: z.number(),
          persen_penduduk_miskin_bps: z.number(),
        }),
      ),
      anomalies: z.record(z.string(), z.number().int()),
    })
    .optional(),
})

/** A validated manifest. */
export type SnapshotManifest = z.infer<typeof snapshotManifestSchema>
