/**
 * Loads region rows into `public.regions` (schema: supabase/migrations) in one transaction, as an upsert
 * so the same code serves a fresh embedded PGlite and a long-lived PostgreSQL/Supabase. Each geometry is
 * checked with ST_IsValid first: an invalid one is repaired with ST_MakeValid and reported as a warning
 * naming its kode (clean-before-simplify means this should not happen; the warning says if it does).
 */
import type { SqlClient } from '../db/sql-client.ts'
import { BuildError } from './build-error.ts'
import type { RegionRecord } from './region-records.ts'

/** A geometry that needed ST_MakeValid before the table's ST_IsValid check accepted it. */
export interface GeometryWarning {
  kode: string
  reason: string
}

/**
 * Runs `work` in a transaction whose search_path also has `extensions`, where Supabase-style migrations
 * install PostGIS. Rolls back on any error.
 */
export async function inTransaction<T>(client: SqlClient, work: () => Promise<T>): Promise<T> {
  await client.exec('begin')
  try {
    await client.query(
      `select set_config('search_path', current_setting('search_path') || ', extensions', true)`,
    )
    const result = await work()
    await client.exec('commit')
    return result
  } catch (error) {
    await client.exec('rollback').catch(() => undefined)
    throw error
  }
}

/** Stops with a clear message when the migrations have not created `public.regions`. */
export async function assertRegionsTable(client: SqlClient): Promise<void> {
  const { rows } = await client.query<{ name: string | null }>(
    `select to_regclass('public.regions')::text as name`,
  )
  if (!rows[0]?.name) {
    throw new BuildError(`table public.regions does not exist in the ${client.engine} database`, {
      hint: 'the migrations in supabase/migrations create it: apply them (with --db-url, run them on that database first)',
    })
  }
}

const GEOMETRY = 'st_multi(st_setsrid(st_geomfromgeojson($1::text), 4326))'

const VALIDITY_SQL = `select st_isvalid(geom) as is_valid, st_isvalidreason(geom) as reason
  from (select ${GEOMETRY} as geom) as input`

const UPSERT_SQL = `insert into public.regions (kode, nama, level, jenis, parent, geom, luas_km2, label_point)
  select $2, $3, $4, $5, $6,
    case when $10::boolean then st_multi(st_collectionextract(st_makevalid(geom), 3)) else geom end,
    $7, st_setsrid(st_makepoint($8, $9), 4326)
  from (select ${GEOMETRY} as geom) as input
  on conflict (kode) do update set nama = excluded.nama, level = excluded.level, jenis = excluded.jenis,
    parent = excluded.parent, geom = excluded.geom, luas_km2 = excluded.luas_km2, label_point = excluded.label_point`

/** Upserts all rows (parents first) in one transaction; returns the geometries that needed repair. */
export async function loadRegions(
  client: SqlClient,
  records: readonly RegionRecord[],
): Promise<GeometryWarning[]> {
  await assertRegionsTable(client)
  return inTransaction(client, async () => {
    const warnings: GeometryWarning[] = []
    for (const record of records) {
      const geojson = JSON.stringify(record.geometry)
      try {
        const { rows } = await client.query<{ is_valid: boolean; reason: string }>(VALIDITY_SQL, [geojson])
        const isValid = rows[0]?.is_valid === true
        if (!isValid)
          warnings.push({
            kode: record.kode,
            reason: `${rows[0]?.reason ?? 'unknown'}; repaired with ST_MakeValid`,
          })
        const [lng, lat] = record.label
        await client.query(UPSERT_SQL, [
          geojson,
          record.kode,
          record.nama,
          record.level,
          record.jenis,
          record.parent,
          record.luas_km2,
          lng,
          lat,
          !isValid,
        ])
      } catch (error) {
        throw new BuildError(
          `loading ${record.level} ${record.kode} into public.regions failed: ${(error as Error).message}`,
          {
            hint: 'nothing was written (the transaction rolled back); check the row against the table constraints in supabase/migrations',
          },
        )
      }
    }
    return warnings
  })
}

/** What the database holds for one kabupaten, checked before export. */
export interface RegionStats {
  kecamatan: number
  desa: number
  kelurahan: number
  /** Codes whose geometry fails ST_IsValid (should be empty: the table has a CHECK). */
  invalid: string[]
  /** Codes whose label point is not inside their geometry. */
  labelOutside: string[]
}

/** Counts and validity of the rows of one kabupaten, straight from the database. */
export async function readRegionStats(client: SqlClient, region: string): Promise<RegionStats> {
  return inTransaction(client, async () => {
    const { rows } = await client.query<{
      kode: string
      level: string
      jenis: string | null
      is_valid: boolean
      is_inside: boolean
    }>(
      `select kode, level, jenis, st_isvalid(geom) as is_valid, st_intersects(label_point, geom) as is_inside
       from public.regions where kode = $1 or kode like $1 || '.%' order by kode`,
      [region],
    )
    return {
      kecamatan: rows.filter((row) => row.level === 'kecamatan').length,
      desa: rows.filter((row) => row.jenis === 'desa').length,
      kelurahan: rows.filter((row) => row.jenis === 'kelurahan').length,
      invalid: rows.filter((row) => !row.is_valid).map((row) => row.kode),
      labelOutside: rows.filter((row) => !row.is_inside).map((row) => row.kode),
    }
  })
}
