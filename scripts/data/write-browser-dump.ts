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
 * names or birth dates (even synthetic ones). Names become a label derived from the pseudonymous KK/NIK
 * hash, birth dates keep only their year (1 July). Pseudonyms, desil and everything else stay as loaded.
 *
 * Why no secret: the stored pseudonyms are HMAC(pepper, HMAC(key, NIK)) with a key made for this build
 * and thrown away (load-demo.ts); the pepper and the key fingerprint are deleted from the copy too, so
 * the public file holds nothing that could undo a pseudonym, and each browser's database makes its own
 * pepper when it first needs one (private.pseudonym_pads). planner-demo-reversal.test.ts tries.
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
  /** The DTSEN period kept in the browser copy (aid listings are not kept). */
  periode: number
  rows: { keluarga: number; penerima_bantuan: number }
  masked: true
}

const SUBSET_SQL = `
create temporary table browser_keluarga on commit drop as
  select * from public.keluarga where periode = $periode;
truncate public.keluarga, public.penerima_bantuan;
-- The rows go back as stored, already re-keyed: the re-keying trigger must not see them as incoming.
set local session_replication_role = replica;
insert into public.keluarga overriding system value
  select id, batch_id, baris, id_keluarga, kode_desa, periode, desil, jumlah_anggota, mata_pencaharian, miskin,
    miskin_ekstrem, nik_kepala, 'Kepala KK ' || left(id_keluarga, 8),
    make_date(extract(year from tanggal_lahir_kepala)::integer, 7, 1)
  from browser_keluarga;
set local session_replication_role = origin;
delete from private.pseudonym_secret;
delete from private.pseudonym_key;
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
    rows,
    masked: true,
  }
  await writeFile(path.join(dir, BROWSER_DUMP_FILE), bytes)
  await writeFile(path.join(dir, BROWSER_DUMP_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`)
  return info
}
