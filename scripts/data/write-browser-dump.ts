/**
 * The local-mode database of the planner workspace: after the build has loaded and published everything,
 * the embedded PGlite (migrations + demo data applied) is cut down to a browser-sized subset and written
 * as a PGlite data-directory dump (`dumpDataDir('gzip')`), which the browser's worker loads once and then
 * keeps in IndexedDB (src/data/local/).
 *
 * Why a subset: the full demo holds ~880,000 households over seven DTSEN periods and ~1.7 million aid
 * listings over seven years; as a dump that is far beyond what a browser should download and unpack on a
 * first visit (target ≤ 6 s). The browser copy keeps the latest DTSEN period and the latest program year.
 *
 * Why masked: the file is served as a static asset to anyone who asks, and public files never carry
 * names or birth dates (even synthetic ones). Names become a label derived from the pseudonymous KK/NIK
 * hash, birth dates keep only their year (1 July). Pseudonyms, desil and everything else stay as loaded.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { SqlClient } from '../db/sql-client.ts'
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
  /** The DTSEN period and the program year kept in the browser copy. */
  periode: number
  tahun: number
  rows: { keluarga: number; penerima_bantuan: number }
  masked: true
}

const SUBSET_SQL = `
create temporary table browser_keluarga on commit drop as
  select * from public.keluarga where periode = $periode;
create temporary table browser_penerima on commit drop as
  select * from public.penerima_bantuan where tahun = $tahun;
truncate public.keluarga, public.penerima_bantuan;
insert into public.keluarga overriding system value
  select id, batch_id, baris, id_keluarga, kode_desa, periode, desil, jumlah_anggota, mata_pencaharian, miskin,
    miskin_ekstrem, nik_kepala, 'Kepala KK ' || left(id_keluarga, 8),
    make_date(extract(year from tanggal_lahir_kepala)::integer, 7, 1)
  from browser_keluarga;
insert into public.penerima_bantuan overriding system value
  select id, batch_id, baris, program, tahun, id_keluarga, nik,
    case when nama is null then null else 'Penerima ' || left(coalesce(nik, id_keluarga), 8) end,
    case when tanggal_lahir is null then null else make_date(extract(year from tanggal_lahir)::integer, 7, 1) end,
    kode_desa, nilai_rp
  from browser_penerima;
`

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
  const { rows } = await client.query<{ redo: string; current: string }>(
    `select pg_walfile_name(redo_lsn) as redo, pg_walfile_name(pg_current_wal_insert_lsn()) as current
     from pg_control_checkpoint()`,
  )
  const wal = rows[0]
  if (!wal) throw new Error('browser dump: cannot read the checkpoint position')
  const tar = new Uint8Array(await (await client.dumpDataDir('none')).arrayBuffer())
  const compact = dropUnneededWal(tar, (segment) => segment >= wal.redo && segment <= wal.current)
  return gzipSync(compact, { level: 9 })
}

/**
 * Cuts the database down to the latest period and year, masks names and birth dates, and writes the dump
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
  const tahun = await one(client, 'select max(tahun)::integer as value from public.penerima_bantuan')
  const subset = SUBSET_SQL.replaceAll('$periode', String(periode)).replaceAll('$tahun', String(tahun))
  await client.exec(`begin;\n${subset}\ncommit;`)
  // Each on its own: VACUUM refuses to run inside the implicit transaction of a multi-statement exec.
  await client.exec('vacuum analyze')
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
    tahun,
    rows,
    masked: true,
  }
  await writeFile(path.join(dir, BROWSER_DUMP_FILE), bytes)
  await writeFile(path.join(dir, BROWSER_DUMP_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`)
  return info
}
