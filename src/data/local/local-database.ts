/**
 * The page's side of the local-mode database: a {@link PlannerEngine} that sends each request's SQL
 * (request-sql.ts) to the worker, plus the actions of the local banner (reset, export, import).
 */
import {
  describeRequest,
  PlannerDataError,
  type PlannerEngine,
  type PlannerRequest,
  type ResultRow,
} from '../planner/planner-request.ts'
import { requestSql } from '../planner/request-sql.ts'
import { sqlErrorReason } from '../planner/sql-error-reason.ts'
import { LocalDatabaseError } from './local-error.ts'
import type {
  OpenExpectations,
  OpenProgress,
  OpenReport,
  OpenSource,
  WorkerReply,
  WorkerRequest,
} from './worker-protocol.ts'

/** The claims a local request runs with: a planner, as on Supabase, so the same RLS applies. */
export const LOCAL_PLANNER_CLAIMS = JSON.stringify({
  role: 'authenticated',
  app_metadata: { role: 'planner' },
})

/** The local engine and its database actions. */
export interface LocalDatabase extends PlannerEngine {
  readonly kind: 'local'
  /**
   * Opens (or re-opens) the database from `source`; rejects with a {@link LocalDatabaseError} when the
   * source cannot be used (the saved copy is then untouched: open `saved-or-demo` again).
   */
  open(source: OpenSource, onProgress?: (progress: OpenProgress) => void): Promise<OpenReport>
  /** The whole database as a file (gzipped PGlite data directory) the planner can keep or move. */
  exportFile(): Promise<Blob>
  /** The copy as it was before its last schema migration, if one was kept. */
  backupFile(): Promise<Blob | null>
  /** Stops the worker. */
  close(): void
}

type Payload<T> = T extends unknown ? Omit<T, 'id'> : never
type Handler = (reply: WorkerReply) => void

/**
 * Wraps the worker that `makeWorker` starts (see start-local-database.ts). Every open after the first
 * starts a fresh worker: the old one's IndexedDB connections (also of an engine that failed to start
 * on a wrong file) would block deleting a slot.
 */
export function createLocalDatabase(makeWorker: () => Worker, expect: OpenExpectations): LocalDatabase {
  let nextId = 1
  const pending = new Map<number, Handler>()
  let worker = makeWorker()
  let hasOpened = false

  const failAll = (message: string): void => {
    for (const [id, handle] of pending) handle({ id, ok: false, message })
    pending.clear()
  }
  const attach = (target: Worker): void => {
    target.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data
      pending.get(reply.id)?.(reply)
      if (!(reply.ok && reply.type === 'progress')) pending.delete(reply.id)
    }
    target.onerror = (event) => failAll(`the local database worker failed: ${event.message}`)
  }
  attach(worker)

  function send(
    message: Payload<WorkerRequest>,
    what: string,
    onProgress?: (progress: OpenProgress) => void,
  ): Promise<Exclude<WorkerReply & { ok: true }, { type: 'progress' }>> {
    const id = nextId++
    return new Promise((resolve, reject) => {
      pending.set(id, (reply) => {
        if (reply.ok && reply.type === 'progress') onProgress?.(reply.progress)
        else if (reply.ok) resolve(reply)
        else if (reply.local)
          reject(new LocalDatabaseError(reply.local.code, reply.message, reply.local.params))
        else reject(new PlannerDataError(sqlErrorReason(reply.code), `${what}: ${reply.message}`))
      })
      worker.postMessage({ ...message, id } as WorkerRequest)
    })
  }

  return {
    kind: 'local',
    async run(request: PlannerRequest): Promise<ResultRow[]> {
      const { sql, params } = requestSql(request)
      const reply = await send(
        { type: 'query', sql, params, claims: LOCAL_PLANNER_CLAIMS },
        describeRequest(request),
      )
      return reply.type === 'query' ? reply.rows : []
    },
    async open(source, onProgress) {
      if (hasOpened) {
        worker.terminate()
        failAll('the local database was restarted')
        worker = makeWorker()
        attach(worker)
      }
      hasOpened = true
      const reply = await send({ type: 'open', source, expect }, 'open the local database', onProgress)
      if (reply.type !== 'open') throw new PlannerDataError('unavailable', 'open: unexpected reply')
      return reply.report
    },
    async exportFile() {
      const reply = await send({ type: 'export' }, 'export the local database')
      if (reply.type !== 'export') throw new PlannerDataError('unavailable', 'export: unexpected reply')
      return reply.file
    },
    async backupFile() {
      const reply = await send({ type: 'backup' }, 'read the backup')
      if (reply.type !== 'backup') throw new PlannerDataError('unavailable', 'backup: unexpected reply')
      return reply.file
    },
    close() {
      worker.terminate()
    },
  }
}
