/**
 * The local-mode database of the planner workspace: after the build has loaded and published everything,
 * the embedded PGlite (migrations + demo data applied) is cut down to a browser-sized subset and written
 * as a PGlite data-directory dump (`dumpDataDir('gzip')`), which the browser's worker loads once and then
 * keeps in IndexedDB (src/data/local/).
 *
 * Why a subset: the full demo holds ~880,000 households over seven DTSEN periods and ~1.7 million aid
 * listings over seven years, far beyond what a browser should download and unpack on a first visit
 * (target ≤ 6 s, reload ≤ 3 s). Measured (npm run bench, 2 loaded cores): the latest period's households
 * plus the latest year's aid listings made a 63 MB dump (218 MB unpacked): 12 s first visit, 7 s reload.
 * So the browser copy keeps the households of the latest DTSEN period only, and no aid listings (they
 * were 140 of the 218 MB); the planner screen says so, and Supabase mode has everything.
 *
 * Why masked: the file is served as a static asset to anyone who asks, and public files never carry
 * names or birth dates (even synthetic ones). Names become a label made from the household's number,
 * birth dates keep only their year (1 July). The keyed hashes themselves are replaced by sequence
 * numbers in the same 64-hex-digit form (`000…01a3`): rows that shared a KK or NIK still share one, so
 * the duplicate review finds the same pairs, but the public file carries no keyed hash at all, and
 * numbers compress where random hashes cannot (they were 2 × 32 bytes of entropy a row, 8 MB gzipped).
 * Desil and everything else stay as loaded.
 *
 * Why so small: the first visit to /perencana downloads this dump and the engine, ≤ 20 MB together.
 * Measured on the demo (gzipped dump, 32.0 MB before): numbering the pseudonyms took the households'
 * table from 13.2 to 3.2 MB and their two pseudonym indexes from 12.2 to 1.7 MB (those two are now built
 * in the browser instead, DEFERRED_INDEXES); the WAL segment's stale tail was 2.8 MB, the template
 * databases 2.0 MB, the reference systems 0.55 MB; loading the rows in id order saved 1.7 MB more: 5.6 MB in the build.
 *
 * Why no secret: beyond the numbering, the database's pepper and the import key's fingerprint are deleted
 * from the copy (the stored values were HMAC(pepper, HMAC(key, NIK)) with a key made for this build and
 * thrown away, load-demo.ts), so the public file holds nothing that could undo a pseudonym, and each
 * browser's database makes its own pepper when it first needs one (private.pseudonym_pads).
 * planner-demo-reversal.test.ts tries.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { schemaFingerprint, storeFingerprintSql } from '../../src/data/local/schema-fingerprint.ts'
import { listMigrations, type SqlClient } from '../db/sql-client.ts'
import { dropUnneededWal } from './drop-unneeded-wal.ts'
import { sha256Hex } from './sha256.ts'

/** File names inside the dump folder (`public/local/` for the app). */
export const BROWSER_DUMP_FILE = 'planner-demo.tar.gz'
export const BROWSER_DUMP_INFO_FILE = 'planner-demo.json'

/** What the browser dump holds; written beside it and shown by the planner screen. */
export interface BrowserDumpInfo {
  file: string
  bytes: number
  sha256: string
  created_at: string
  /** The DTSEN period kept in the browser copy (aid listings are not kept). */
  periode: number
  /** The migrations that built it (src/data/local/schema-fingerprint.ts). */
  schema: string
  /** Statements the browser runs after loading the dump ({@link DEFERRED_INDEXES}). */
  deferred_indexes: string[]
  rows: { keluarga: number; penerima_bantuan: number }
  masked: true
}

const SUBSET_SQL = `
create temporary table browser_keluarga on commit drop as
  select * from public.keluarga where periode = $periode;
create temporary table browser_pseudonym on commit drop as
  select value, lpad(to_hex(row_number() over (order by first_id, value)), 64, '0') as number
  from (
    select value, min(id) as first_id
    from (select id, id_keluarga as value from browser_keluarga
          union all select id, nik_kepala from browser_keluarga) as used
    group by value
  ) as distinct_values;
truncate public.keluarga, public.penerima_bantuan;
drop index public.keluarga_periode_id_idx, public.keluarga_periode_nik_idx;
-- The rows go back as stored values, not as incoming pseudonyms: the re-keying trigger must not see them.
set local session_replication_role = replica;
insert into public.keluarga overriding system value
  select b.id, b.batch_id, b.baris, kk.number, b.kode_desa, b.periode, b.desil, b.jumlah_anggota,
    b.mata_pencaharian, b.miskin, b.miskin_ekstrem, nik.number, 'Kepala KK ' || right(kk.number, 8),
    make_date(extract(year from b.tanggal_lahir_kepala)::integer, 7, 1)
  from browser_keluarga as b
  join browser_pseudonym as kk on kk.value = b.id_keluarga
  join browser_pseudonym as nik on nik.value = b.nik_kepala
  -- In id order, as loaded: neighbouring rows then share most digits, which gzip needs.
  order by b.id;
set local session_replication_role = origin;
delete from private.pseudonym_secret;
delete from private.pseudonym_key;
-- The browser engine has no PROJ database (scripts/build/local-engine-files.ts), so only WGS 84 can be
-- used: the other 8,500 reference systems were 0.55 MB of the gzipped dump.
delete from extensions.spatial_ref_sys where srid <> 4326;
`

/**
 * Indexes the dump leaves out and the browser builds after loading it (src/data/local/open-database.ts):
 * the two on 64-digit pseudonyms were 1.7 MB of the gzipped dump and take about a second each to build.
 * Their definitions are those of migration 20261128001300_create_household_data.sql.
 */
export const DEFERRED_INDEXES = [
  'create index if not exists keluarga_periode_id_idx on public.keluarga (periode, id_keluarga)',
  'create index if not exists keluarga_periode_nik_idx on public.keluarga (periode, nik_kepala)',
]

/**
 * template0 and template1 only serve CREATE DATABASE, which the browser never runs: 2 MB of the gzipped
 * dump. Dropping them in the browser copy only.
 */
const DROP_TEMPLATES_SQL = [
  'alter database template1 is_template false',
  'drop database template1',
  'alter database template0 is_template false',
  'drop database template0',
]

async function one(client: SqlClient, sql: string): Promise<number> {
  const { rows } = await client.query<{ value: number | null }>(sql)
  const value = rows[0]?.value
  if (value === null || value === undefined) throw new Error(`browser dump: no value from ${sql}`)
  return Number(value)
}

/**
 * The data directory as a gzipped tarball, without the WAL segments a restore does not need (see
 * drop-unneeded-wal.ts): only those from the last checkpoint's redo point to the insert position.
 */
export async function compactDump(client: SqlClient): Promise<Buffer> {
  if (!client.dumpDataDir) throw new Error('browser dump: only an embedded PGlite database can be dumped')
  await client.exec('checkpoint')
  const { rows } = await client.query<{ redo: string; current: string; offset: number }>(
    `select pg_walfile_name(redo_lsn) as redo, w.file_name as current, w.file_offset as offset
     from pg_control_checkpoint(), pg_walfile_name_offset(pg_current_wal_insert_lsn()) as w`,
  )
  const wal = rows[0]
  if (!wal) throw new Error('browser dump: cannot read the checkpoint position')
  const tar = new Uint8Array(await (await client.dumpDataDir('none')).arrayBuffer())
  // From the next WAL page on (8 KB, XLOG_BLCKSZ): the insert position's own page is written whole.
  const endOfWal = { segment: wal.current, offset: Math.ceil((Number(wal.offset) + 1) / 8192) * 8192 }
  const compact = dropUnneededWal(tar, (segment) => segment >= wal.redo && segment <= wal.current, endOfWal)
  return gzipSync(compact, { level: 9 })
}

/**
 * Cuts the database down to the latest period's households, masks names and birth dates, and writes the dump
 * and its info file into `dir`. Destroys the other periods in `client`: call it last, on the build's own
 * embedded database.
 */
export async function writeBrowserDump(
  client: SqlClient,
  dir: string,
  now: Date = new Date(),
): Promise<BrowserDumpInfo> {
  if (!client.dumpDataDir) throw new Error('browser dump: only an embedded PGlite database can be dumped')
  const periode = await one(client, 'select max(periode)::integer as value from public.keluarga')
  const subset = SUBSET_SQL.replaceAll('$periode', String(periode))
  await client.exec(`begin;\n${subset}\ncommit;`)
  for (const statement of DROP_TEMPLATES_SQL) await client.exec(statement)
  const files = await listMigrations()
  const schema = await schemaFingerprint(
    await Promise.all(
      files.map(async (file) => ({ name: path.basename(file), sql: await readFile(file, 'utf8') })),
    ),
  )
  await client.exec(storeFingerprintSql(schema))
  // Each on its own: VACUUM refuses to run inside the implicit transaction of a multi-statement exec.
  await client.exec('vacuum analyze')
  await client.exec('vacuum full extensions.spatial_ref_sys')
  // The subset's WAL ends in the segment of the redo point: switch to a fresh segment and checkpoint
  // again, so the only WAL left is that checkpoint (compactDump zeroes the rest of the segment).
  await client.exec('checkpoint')
  await client.query('select pg_switch_wal()')
  await client.exec('checkpoint')
  const rows = {
    keluarga: await one(client, 'select count(*)::integer as value from public.keluarga'),
    penerima_bantuan: await one(client, 'select count(*)::integer as value from public.penerima_bantuan'),
  }
  const bytes = await compactDump(client)
  await mkdir(dir, { recursive: true })
  const info: BrowserDumpInfo = {
    file: BROWSER_DUMP_FILE,
    bytes: bytes.length,
    sha256: sha256Hex(bytes),
    created_at: now.toISOString(),
    periode,
    schema,
    deferred_indexes: DEFERRED_INDEXES,
    rows,
    masked: true,
  }
  await writeFile(path.join(dir, BROWSER_DUMP_FILE), bytes)
  await writeFile(path.join(dir, BROWSER_DUMP_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`)
  return info
}
