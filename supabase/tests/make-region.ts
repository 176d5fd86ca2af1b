/**
 * Builds rows for `public.regions` in tests: a valid new desa by default (inside the fictional seed, see
 * supabase/seed.sql), changed one field at a time to provoke one constraint.
 */
import type { SqlClient } from '../../scripts/db/sql-client.ts'

/** One region row as the tests write it; geometries are WKT in EPSG:4326. */
export interface RegionInput {
  kode: string
  nama: string
  level: string
  jenis: string | null
  parent: string | null
  geomWkt: string
  srid: number
  luasKm2: number
  labelPointWkt: string | null
}

/** The seeded regions, in `order by kode collate "C"` order. */
export const SEEDED_KODES = [
  '99.01',
  '99.01.01',
  '99.01.01.1001',
  '99.01.01.2001',
  '99.01.02',
  '99.01.02.2001',
] as const

/** A valid desa that is not in the seed: the north-east square of kecamatan 99.01.02. */
export function makeRegion(overrides: Partial<RegionInput> = {}): RegionInput {
  return {
    kode: '99.01.02.2002',
    nama: 'Desa Baru Contoh',
    level: 'desa',
    jenis: 'desa',
    parent: '99.01.02',
    geomWkt: 'MULTIPOLYGON(((0.15 0.15,0.2 0.15,0.2 0.2,0.15 0.2,0.15 0.15)))',
    srid: 4326,
    luasKm2: 30.77,
    labelPointWkt: 'POINT(0.175 0.175)',
    ...overrides,
  }
}

/** Inserts one region and returns the kodes that `returning` reports (one on success). */
export async function insertRegion(client: SqlClient, region: RegionInput): Promise<string[]> {
  const { rows } = await client.query<{ kode: string }>(
    `insert into public.regions (kode, nama, level, jenis, parent, geom, luas_km2, label_point)
     values ($1, $2, $3, $4, $5, extensions.st_geomfromtext($6, $7), $8,
             extensions.st_geomfromtext($9, 4326))
     returning kode`,
    [
      region.kode,
      region.nama,
      region.level,
      region.jenis,
      region.parent,
      region.geomWkt,
      region.srid,
      region.luasKm2,
      region.labelPointWkt,
    ],
  )
  return rows.map((row) => row.kode)
}
