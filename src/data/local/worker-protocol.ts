/**
 * Messages between the page and the local-mode database worker (local-worker.ts). Every message from
 * the page carries an `id`; the worker answers each with one reply of the same id, and may send
 * progress messages of that id before it (downloads, loading, migrating).
 */
import type { Json } from '../database.types.ts'
import type { LocalErrorCode } from './local-error.ts'

/** The demo dump (local/planner-demo.json says what it is). */
export interface DemoDump {
  /** Its URL, with its sha256 in the query so the offline cache never serves an old one. */
  url: string
  /** Its size as downloaded, for the progress total. */
  bytes: number
  /** Statements to run once it is loaded (indexes left out of the download). */
  afterLoad: string[]
}

/** Where the worker's database comes from when it opens. */
export type OpenSource =
  /** The saved copy if there is one, else the demo dump (first visit). */
  | { kind: 'saved-or-demo'; dump: DemoDump }
  /** Replace the saved copy with the demo dump, once the dump has opened and passed its checks. */
  | { kind: 'demo'; dump: DemoDump }
  /** Replace the saved copy with a file the planner exported earlier, once it has passed its checks. */
  | { kind: 'file'; file: Blob; name: string }

/** What every opened database must be: the kabupaten the app is built for. */
export interface OpenExpectations {
  /** Kemendagri code of the kabupaten (`64.08`): its row must be in `public.regions`. */
  regionKode: string
}

/** A request from the page. */
export type WorkerRequest =
  | { id: number; type: 'open'; source: OpenSource; expect: OpenExpectations }
  | { id: number; type: 'query'; sql: string; params: Json[]; claims: string }
  | { id: number; type: 'export' }
  | { id: number; type: 'backup' }

/** How the database was opened, for the banner and the benchmark. */
export interface OpenReport {
  /** `saved`: from IndexedDB; `demo`: from the demo dump; `file`: from an imported file. */
  origin: 'saved' | 'demo' | 'file'
  /** Bytes of the dump that was loaded (0 when resumed from IndexedDB). */
  dumpBytes: number
  /** Bytes fetched from the network for this open (engine and dump; 0 when all came from the cache). */
  downloadedBytes: number
  /** Milliseconds from the open message to a database ready for queries. */
  ms: number
  /**
   * Set when the saved copy had an older schema and was brought up to this build's migrations; a
   * backup of the copy as it was is kept (`backup` request) until the next migration.
   */
  migrated: { from: string | null; to: string; backupBytes: number } | null
}

/** One step of a long open, for the progress bar. `total` is null when unknown. */
export interface OpenProgress {
  phase: 'download' | 'load' | 'check' | 'migrate'
  loaded: number
  total: number | null
}

/** A reply from the worker. `code` is the SQLSTATE of a database error; `local` a local-mode failure. */
export type WorkerReply =
  | { id: number; ok: true; type: 'open'; report: OpenReport }
  | { id: number; ok: true; type: 'query'; rows: Record<string, unknown>[] }
  | { id: number; ok: true; type: 'export'; file: Blob }
  | { id: number; ok: true; type: 'backup'; file: Blob | null }
  | { id: number; ok: true; type: 'progress'; progress: OpenProgress }
  | {
      id: number
      ok: false
      message: string
      code?: string
      local?: { code: LocalErrorCode; params: Record<string, string> }
    }

/** Name of the local database (IndexedDB, `idb://…`) before slots existed; it is slot A. */
export const LOCAL_DATABASE_NAME = 'ppd-perencana'
