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
import type { OpenReport, OpenSource, WorkerReply, WorkerRequest } from './worker-protocol.ts'

/** The claims a local request runs with: a planner, as on Supabase, so the same RLS applies. */
export const LOCAL_PLANNER_CLAIMS = JSON.stringify({
  role: 'authenticated',
  app_metadata: { role: 'planner' },
})

/** The local engine and its database actions. */
export interface LocalDatabase extends PlannerEngine {
  readonly kind: 'local'
  /** Opens (or re-opens) the database from `source`. */
  open(source: OpenSource): Promise<OpenReport>
  /** The whole database as a file (gzipped PGlite data directory) the planner can keep or move. */
  exportFile(): Promise<Blob>
  /** Stops the worker. */
  close(): void
}

type Payload<T> = T extends unknown ? Omit<T, 'id'> : never

/**
 * Wraps the worker that `makeWorker` starts (see start-local-database.ts). Reset and import start a fresh
 * worker: the old one's IndexedDB connection would block deleting the saved database.
 */
export function createLocalDatabase(makeWorker: () => Worker): LocalDatabase {
  let nextId = 1
  const pending = new Map<number, (reply: WorkerReply) => void>()
  let worker = makeWorker()

  const failAll = (message: string): void => {
    for (const [id, resolve] of pending) resolve({ id, ok: false, message })
    pending.clear()
  }
  const attach = (target: Worker): void => {
    target.onmessage = (event: MessageEvent<WorkerReply>) => {
      pending.get(event.data.id)?.(event.data)
      pending.delete(event.data.id)
    }
    target.onerror = (event) => failAll(`the local database worker failed: ${event.message}`)
  }
  attach(worker)

  function send(message: Payload<WorkerRequest>, what: string): Promise<WorkerReply & { ok: true }> {
    const id = nextId++
    return new Promise((resolve, reject) => {
      pending.set(id, (reply) => {
        if (reply.ok) resolve(reply)
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
    async open(source) {
      if (source.kind !== 'saved-or-demo') {
        worker.terminate()
        failAll('the local database was restarted')
        worker = makeWorker()
        attach(worker)
      }
      const reply = await send({ type: 'open', source }, 'open the local database')
      if (reply.type !== 'open') throw new PlannerDataError('unavailable', 'open: unexpected reply')
      return reply.report
    },
    async exportFile() {
      const reply = await send({ type: 'export' }, 'export the local database')
      if (reply.type !== 'export') throw new PlannerDataError('unavailable', 'export: unexpected reply')
      return reply.file
    },
    close() {
      worker.terminate()
    },
  }
}
