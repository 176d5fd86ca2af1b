/// <reference lib="webworker" />
/**
 * The local-mode database: PGlite + PostGIS in a Web Worker, persisted in IndexedDB. The first visit
 * loads the demo dump written by `npm run data` (public/local/); later visits resume the saved copy, so a
 * planner's work survives a reload or a closed browser. Only this file imports PGlite, so only the
 * planner workspace ever downloads the engine.
 */
import { PGlite } from '@electric-sql/pglite'
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch'
import { postgis } from '@electric-sql/pglite-postgis'
import { toJsonRow } from '../planner/request-sql.ts'
import {
  LOCAL_DATABASE_NAME,
  type OpenReport,
  type OpenSource,
  type WorkerReply,
  type WorkerRequest,
} from './worker-protocol.ts'

declare const self: DedicatedWorkerGlobalScope

const DATA_DIR = `idb://${LOCAL_DATABASE_NAME}`
/** The extensions the migrations create: PostGIS, and fuzzystrmatch for the duplicate checks' edit distance. */
const EXTENSIONS = { postgis, fuzzystrmatch }

let database: PGlite | null = null
// One message at a time: an export or a reset must not interleave with a query.
let queue: Promise<unknown> = Promise.resolve()

/** IndexedDB names PGlite uses for our data directory (it mounts it under its own root folder). */
async function savedDatabaseNames(): Promise<string[]> {
  const all = await indexedDB.databases()
  return all
    .map((entry) => entry.name ?? '')
    .filter((name) => name === LOCAL_DATABASE_NAME || name.endsWith(`/${LOCAL_DATABASE_NAME}`))
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name)
    let timer: ReturnType<typeof setTimeout> | undefined
    request.onsuccess = () => {
      clearTimeout(timer)
      resolve()
    }
    request.onerror = () => reject(new Error(`cannot delete the saved database ${name}`))
    // A connection closing (e.g. of the worker this one replaced) unblocks it within moments; one that
    // stays open belongs to another tab. 5 s: far above the closing time seen in Chromium.
    request.onblocked = () => {
      timer = setTimeout(
        () => reject(new Error('the saved database is open in another tab: close it first')),
        5_000,
      )
    }
  })
}

async function fetchDump(url: string): Promise<Blob> {
  const response = await fetch(url)
  const type = response.headers.get('content-type') ?? ''
  if (!response.ok || type.includes('text/html')) {
    throw new Error(`the demo database ${url} is missing (HTTP ${response.status}): run npm run data`)
  }
  return response.blob()
}

async function open(source: OpenSource): Promise<OpenReport> {
  const started = performance.now()
  await database?.close()
  database = null
  const saved = await savedDatabaseNames()
  if (source.kind === 'saved-or-demo' && saved.length > 0) {
    database = await PGlite.create({ dataDir: DATA_DIR, extensions: EXTENSIONS })
    return { origin: 'saved', dumpBytes: 0, ms: performance.now() - started }
  }
  for (const name of saved) await deleteDatabase(name)
  const dump = source.kind === 'file' ? source.file : await fetchDump(source.dumpUrl)
  database = await PGlite.create({ dataDir: DATA_DIR, extensions: EXTENSIONS, loadDataDir: dump })
  const { rows } = await database.query<{ ok: boolean }>(
    `select to_regclass('public.tindak_lanjut_desa') is not null as ok`,
  )
  if (!rows[0]?.ok) {
    await database.close()
    database = null
    for (const name of await savedDatabaseNames()) await deleteDatabase(name)
    throw new Error('this file is not a Peta Prioritas Desa database (no table tindak_lanjut_desa)')
  }
  return {
    origin: source.kind === 'file' ? 'file' : 'demo',
    dumpBytes: dump.size,
    ms: performance.now() - started,
  }
}

function opened(): PGlite {
  if (!database) throw new Error('the local database is not open')
  return database
}

/** Runs one statement the way PostgREST would for a signed-in planner: same role, same RLS. */
async function query(sql: string, params: unknown[], claims: string): Promise<Record<string, unknown>[]> {
  return opened().transaction(async (tx) => {
    await tx.exec('set local role authenticated')
    await tx.query(`select set_config('request.jwt.claims', $1, true)`, [claims])
    const result = await tx.query<Record<string, unknown>>(sql, params)
    return result.rows.map(toJsonRow)
  })
}

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  switch (request.type) {
    case 'open':
      return { id: request.id, ok: true, type: 'open', report: await open(request.source) }
    case 'query':
      return {
        id: request.id,
        ok: true,
        type: 'query',
        rows: await query(request.sql, request.params, request.claims),
      }
    case 'export':
      return { id: request.id, ok: true, type: 'export', file: await opened().dumpDataDir('gzip') }
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  queue = queue.then(async () => {
    try {
      self.postMessage(await handle(request))
    } catch (error) {
      const { message, code } = error as { message?: string; code?: string }
      self.postMessage({
        id: request.id,
        ok: false,
        message: message ?? String(error),
        code,
      } satisfies WorkerReply)
    }
  })
}
