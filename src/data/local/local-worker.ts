/// <reference lib="webworker" />
/**
 * The local-mode database: PGlite + PostGIS in a Web Worker, persisted in IndexedDB. The first visit
 * loads the demo dump written by `npm run data` (public/local/); later visits resume the saved copy, so a
 * planner's work survives a reload or a closed browser. Every request is written to IndexedDB before
 * its reply is sent, so what the screen shows as saved is saved. Only the worker imports PGlite, so
 * only the planner workspace ever downloads the engine.
 */
import type { PGlite } from '@electric-sql/pglite'
import { toJsonRow } from '../planner/request-sql.ts'
import { readBackup } from './database-slots.ts'
import { LocalDatabaseError } from './local-error.ts'
import { openDatabase } from './open-database.ts'
import { makeDurable } from './start-engine.ts'
import type { OpenProgress, WorkerReply, WorkerRequest } from './worker-protocol.ts'

declare const self: DedicatedWorkerGlobalScope

let database: PGlite | null = null
// One message at a time: an export or an open must not interleave with a query.
let queue: Promise<unknown> = Promise.resolve()

function opened(): PGlite {
  if (!database) throw new Error('the local database is not open')
  return database
}

/** Runs one statement the way PostgREST would for a signed-in planner: same role, same RLS. */
async function query(sql: string, params: unknown[], claims: string): Promise<Record<string, unknown>[]> {
  const db = opened()
  const rows = await db.transaction(async (tx) => {
    await tx.exec('set local role authenticated')
    await tx.query(`select set_config('request.jwt.claims', $1, true)`, [claims])
    const result = await tx.query<Record<string, unknown>>(sql, params)
    return result.rows.map(toJsonRow)
  })
  await makeDurable(db)
  return rows
}

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  switch (request.type) {
    case 'open': {
      await database?.close()
      database = null
      const onProgress = (progress: OpenProgress) =>
        self.postMessage({ id: request.id, ok: true, type: 'progress', progress } satisfies WorkerReply)
      const { db, report } = await openDatabase(request.source, request.expect, onProgress)
      database = db
      return { id: request.id, ok: true, type: 'open', report }
    }
    case 'query':
      return {
        id: request.id,
        ok: true,
        type: 'query',
        rows: await query(request.sql, request.params, request.claims),
      }
    case 'export':
      return { id: request.id, ok: true, type: 'export', file: await opened().dumpDataDir('gzip') }
    case 'backup':
      return { id: request.id, ok: true, type: 'backup', file: await readBackup() }
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  queue = queue.then(async () => {
    try {
      self.postMessage(await handle(request))
    } catch (error) {
      const { message, code } = error as { message?: string; code?: string }
      const isLocal = error instanceof LocalDatabaseError
      self.postMessage({
        id: request.id,
        ok: false,
        message: message ?? String(error),
        code: isLocal ? undefined : code,
        local: isLocal ? { code: error.code, params: error.params } : undefined,
      } satisfies WorkerReply)
    }
  })
}
