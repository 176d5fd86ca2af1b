/**
 * Messages between the page and the local-mode database worker (local-worker.ts). Every message from
 * the page carries an `id`; the worker answers each with one reply of the same id.
 */
import type { RequestValue } from '../planner/planner-request.ts'

/** Where the worker's database comes from when it opens. */
export type OpenSource =
  /** The IndexedDB copy if there is one, else the demo dump at `dumpUrl` (first visit). */
  | { kind: 'saved-or-demo'; dumpUrl: string }
  /** Throw the saved copy away and start again from the demo dump. */
  | { kind: 'demo'; dumpUrl: string }
  /** Throw the saved copy away and start from a file the planner exported earlier. */
  | { kind: 'file'; file: Blob }

/** A request from the page. */
export type WorkerRequest =
  | { id: number; type: 'open'; source: OpenSource }
  | { id: number; type: 'query'; sql: string; params: RequestValue[]; claims: string }
  | { id: number; type: 'export' }

/** How the database was opened, for the banner and the benchmark. */
export interface OpenReport {
  /** `saved`: from IndexedDB; `demo`: from the demo dump; `file`: from an imported file. */
  origin: 'saved' | 'demo' | 'file'
  /** Bytes of the dump that was loaded (0 when resumed from IndexedDB). */
  dumpBytes: number
  /** Milliseconds from the open message to a database ready for queries. */
  ms: number
}

/** A reply from the worker. `code` is the SQLSTATE of a database error. */
export type WorkerReply =
  | { id: number; ok: true; type: 'open'; report: OpenReport }
  | { id: number; ok: true; type: 'query'; rows: Record<string, unknown>[] }
  | { id: number; ok: true; type: 'export'; file: Blob }
  | { id: number; ok: false; message: string; code?: string }

/** Name of the local database (IndexedDB, `idb://…`). */
export const LOCAL_DATABASE_NAME = 'ppd-perencana'
