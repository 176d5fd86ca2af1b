/**
 * Checks that an opened database is a planner database of this app, before it may replace the saved
 * copy: the Supabase roles the requests run as, the tables, views and functions the planner workspace
 * calls (src/data/planner/*, local engine), PostGIS, and the kabupaten the app is built for.
 */
import { LocalDatabaseError } from './local-error.ts'

/** The part of PGlite the checks use (so they run on any engine in tests). */
export interface Queryable {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>
}

/** Roles every request runs as (`set local role authenticated`) or the migrations grant to. */
export const REQUIRED_ROLES = ['anon', 'authenticated', 'service_role'] as const
/** Relations the workspace reads or writes (tables and the view `tindak_lanjut_terkini`). */
export const REQUIRED_RELATIONS = [
  'public.regions',
  'public.keluarga',
  'public.import_batches',
  'public.tindak_lanjut_desa',
  'public.tindak_lanjut_terkini',
  'public.keputusan_duplikat',
  'public.kombinasi_program',
] as const
/** Functions the workspace calls (`POST /rest/v1/rpc/…`). */
export const REQUIRED_FUNCTIONS = [
  'public.ringkasan_keluarga_desa',
  'public.pasangan_duplikat',
  'public.tetapkan_keputusan_duplikat',
  'public.ubah_aturan_kombinasi',
  'public.kombinasi_terlarang_desa',
] as const

/** What even the oldest planner database has (its first migrations): checked before migrating one. */
const CORE = { relations: ['public.regions', 'public.keluarga', 'public.import_batches'], functions: [] }
const FULL = { relations: REQUIRED_RELATIONS, functions: REQUIRED_FUNCTIONS }

/** What is missing from `db` (roles, relations, functions, the postgis extension), in that order. */
export async function missingObjects(
  db: Queryable,
  required: typeof FULL | typeof CORE = FULL,
): Promise<string[]> {
  const { rows } = await db.query<{ missing: string }>(
    `select 'role ' || name as missing from unnest($1::text[]) as name
       where not exists (select 1 from pg_roles where rolname = name)
     union all
     select name from unnest($2::text[]) as name where to_regclass(name) is null
     union all
     select name || '()' from unnest($3::text[]) as name
       where not exists (
         select 1 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
         where n.nspname || '.' || p.proname = name)
     union all
     select 'extension postgis' where not exists (select 1 from pg_extension where extname = 'postgis')`,
    [REQUIRED_ROLES, required.relations, required.functions],
  )
  return rows.map((row) => row.missing)
}

/**
 * Throws a {@link LocalDatabaseError} naming what is wrong: `not-planner-database` with the missing
 * objects, or `other-region` when `public.regions` lacks the kabupaten `regionKode`. With `isCoreOnly`,
 * only what the oldest schema already had (a copy about to be migrated).
 */
export async function checkPlannerDatabase(
  db: Queryable,
  regionKode: string,
  file: string,
  isCoreOnly = false,
): Promise<void> {
  const missing = await missingObjects(db, isCoreOnly ? CORE : FULL)
  if (missing.length > 0) {
    throw new LocalDatabaseError(
      'not-planner-database',
      `${file} is a database, but not a Peta Prioritas Desa planner database: missing ${missing.join(', ')}`,
      { file, missing: missing.join(', ') },
    )
  }
  const { rows } = await db.query<{ kode: string; nama: string | null }>(
    `select coalesce(max(kode) filter (where kode = $1), min(kode) filter (where level = 'kabupaten')) as kode,
       max(nama) filter (where kode = $1) as nama
     from public.regions`,
    [regionKode],
  )
  const found = rows[0]
  if (!found || found.nama === null) {
    throw new LocalDatabaseError(
      'other-region',
      `${file} holds kabupaten ${found?.kode ?? 'none'}, this app is built for ${regionKode}`,
      { file, expected: regionKode, found: found?.kode ?? '—' },
    )
  }
}
