/**
 * The import workbench's requests (migration 20261204120000_import_workbench.sql), the same on both
 * engines: start → stage chunks → preview → commit, discard a replaced staging (20261205400000), undo,
 * and the log. Each is one RPC call, so each is
 * one transaction on Supabase (PostgREST) and in local mode; the commit is the only one that writes data.
 * Rows travel as a JSON text parameter (`p_baris`), already checked and pseudonymised by the worker.
 */
import { z } from 'zod/mini'
import type { ImportKind } from '../../import/import-kinds.ts'
import type { ImportRow } from '../../import/validate-rows.ts'
import { STAGE_CHUNK_ROWS } from '../../import/workbench/workbench-protocol.ts'
import { parseRows } from './parse-rows.ts'
import { PlannerDataError, type PlannerEngine, type RpcRequest, rpcRequest } from './planner-request.ts'

export { STAGE_CHUNK_ROWS }

/** The effect of an import on one village, as the preview and the commit report it. */
export interface VillageEffect {
  kode_desa: string
  sebelum: number
  sesudah: number
  ditambah: number
  diganti: number
  dihapus: number
  /** Households in desil 1–4 before and after (keluarga only; 0 for other kinds). */
  desil14_sebelum: number
  desil14_sesudah: number
}

/** What a preview or a commit returns. */
export interface ImportEffect {
  batch_id?: number
  rows: number
  planned_rows: number
  planned_villages: number
  whole_periods: boolean
  villages: VillageEffect[]
}

const effectSchema = z.object({
  batch_id: z.optional(z.number()),
  rows: z.number(),
  planned_rows: z.number(),
  planned_villages: z.number(),
  whole_periods: z.boolean(),
  villages: z.array(
    z.object({
      kode_desa: z.string(),
      sebelum: z.number(),
      sesudah: z.number(),
      ditambah: z.number(),
      diganti: z.number(),
      dihapus: z.number(),
      desil14_sebelum: z.number(),
      desil14_sesudah: z.number(),
    }),
  ),
})

/** One batch of the import log. */
export interface ImportLogEntry {
  id: number
  jenis: string
  nama_file: string
  sha256: string | null
  periode_kunci: string[] | null
  diimpor_oleh_nama: string | null
  diimpor_pada: string
  jumlah_baris: number
  jumlah_ditolak: number
  jumlah_diganti: number
  jumlah_dihapus: number
  dibatalkan_pada: string | null
  dibatalkan_oleh_nama: string | null
  bisa_dibatalkan: boolean
}

const logSchema = z.object({
  id: z.number(),
  jenis: z.string(),
  nama_file: z.string(),
  sha256: z.nullable(z.string()),
  periode_kunci: z.nullable(z.array(z.string())),
  diimpor_oleh_nama: z.nullable(z.string()),
  diimpor_pada: z.string(),
  jumlah_baris: z.number(),
  jumlah_ditolak: z.number(),
  jumlah_diganti: z.number(),
  jumlah_dihapus: z.number(),
  dibatalkan_pada: z.nullable(z.string()),
  dibatalkan_oleh_nama: z.nullable(z.string()),
  bisa_dibatalkan: z.boolean(),
})

/** `mulai_impor`: a staging token for one file. */
export function startImportRequest(kind: ImportKind, fileName: string, sha256: string): RpcRequest {
  return rpcRequest('mulai_impor', { p_jenis: kind, p_nama_file: fileName, p_sha256: sha256 })
}

/** `tambah_baris_impor`: chunk number `index` of the rows. */
export function stageRowsRequest(token: string, index: number, rows: readonly ImportRow[]): RpcRequest {
  return rpcRequest('tambah_baris_impor', { p_token: token, p_urut: index, p_baris: JSON.stringify(rows) })
}

/** `pratinjau_impor`: the effect of committing, computed by the commit itself and rolled back. */
export function previewImportRequest(token: string, wholePeriods: boolean): RpcRequest {
  return rpcRequest('pratinjau_impor', { p_token: token, p_ganti_periode: wholePeriods })
}

/** `selesaikan_impor`: the commit; a whole-period replacement names the row count it removes. */
export function commitImportRequest(
  token: string,
  wholePeriods: boolean,
  confirmedRows: number | null,
  droppedRows: readonly object[],
): RpcRequest {
  return rpcRequest('selesaikan_impor', {
    p_token: token,
    p_ganti_periode: wholePeriods,
    p_konfirmasi_hapus: confirmedRows,
    p_baris_ditolak: JSON.stringify(droppedRows),
  })
}

/** `batalkan_impor`: undoes a batch. */
export function undoImportRequest(batchId: number): RpcRequest {
  return rpcRequest('batalkan_impor', { p_batch_id: batchId })
}

/** `buang_impor`: discards a staged import. */
export function discardImportRequest(token: string): RpcRequest {
  return rpcRequest('buang_impor', { p_token: token })
}

/** `log_impor`: the newest batches first. */
export function importLogRequest(limit = 50): RpcRequest {
  return rpcRequest('log_impor', { p_batas: limit })
}

/** `mulai_impor`: starts an import of one file; returns its staging token. */
export async function startImport(
  engine: PlannerEngine,
  file: { kind: ImportKind; fileName: string; sha256: string },
): Promise<string> {
  const [started] = parseRows(
    'mulai_impor',
    z.object({ token: z.string() }),
    await engine.run(startImportRequest(file.kind, file.fileName, file.sha256)),
  )
  if (!started) throw new PlannerDataError('invalid', 'rpc mulai_impor: the database returned no token')
  return started.token
}

/** `tambah_baris_impor`: stages chunk number `index` (at most {@link STAGE_CHUNK_ROWS} rows). */
export async function stageRows(
  engine: PlannerEngine,
  token: string,
  index: number,
  rows: readonly ImportRow[],
): Promise<void> {
  await engine.run(stageRowsRequest(token, index, rows))
}

/** Starts an import and stages `rows` chunk by chunk; returns the token (the benchmark's whole file). */
export async function stageImport(
  engine: PlannerEngine,
  file: { kind: ImportKind; fileName: string; sha256: string },
  rows: readonly ImportRow[],
): Promise<string> {
  const token = await startImport(engine, file)
  for (let at = 0, index = 0; at < rows.length; at += STAGE_CHUNK_ROWS, index++) {
    await stageRows(engine, token, index, rows.slice(at, at + STAGE_CHUNK_ROWS))
  }
  return token
}

/** `buang_impor`: discards a staged import that another read replaced; resolves with the rows removed. */
export async function discardImport(engine: PlannerEngine, token: string): Promise<number> {
  const [row] = parseRows(
    'buang_impor',
    z.object({ jumlah: z.number() }),
    await engine.run(discardImportRequest(token)),
  )
  return row?.jumlah ?? 0
}

async function runEffect(engine: PlannerEngine, fn: string, request: RpcRequest): Promise<ImportEffect> {
  const [row] = parseRows(fn, z.object({ hasil: effectSchema }), await engine.run(request))
  if (!row) throw new PlannerDataError('invalid', `rpc ${fn}: the database returned nothing`)
  return row.hasil
}

/** The preview of a staged import. */
export function previewImport(
  engine: PlannerEngine,
  token: string,
  wholePeriods: boolean,
): Promise<ImportEffect> {
  return runEffect(engine, 'pratinjau_impor', previewImportRequest(token, wholePeriods))
}

/** Commits a staged import; resolves with its batch id and effect. */
export function commitImport(
  engine: PlannerEngine,
  token: string,
  options: { wholePeriods: boolean; confirmedRows: number | null; droppedRows: readonly object[] },
): Promise<ImportEffect> {
  return runEffect(
    engine,
    'selesaikan_impor',
    commitImportRequest(token, options.wholePeriods, options.confirmedRows, options.droppedRows),
  )
}

/** Undoes batch `batchId`; resolves with the rows removed and restored. */
export async function undoImport(
  engine: PlannerEngine,
  batchId: number,
): Promise<{ removed: number; restored: number }> {
  const schema = z.object({ hasil: z.object({ removed: z.number(), restored: z.number() }) })
  const [row] = parseRows('batalkan_impor', schema, await engine.run(undoImportRequest(batchId)))
  if (!row) throw new PlannerDataError('invalid', 'rpc batalkan_impor: the database returned nothing')
  return row.hasil
}

/** The import log, newest first. */
export async function fetchImportLog(engine: PlannerEngine): Promise<ImportLogEntry[]> {
  return parseRows('log_impor', logSchema, await engine.run(importLogRequest()))
}
