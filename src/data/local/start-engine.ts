/**
 * Starts PGlite + PostGIS in the worker on an IndexedDB data directory, optionally loading it from a
 * dump first, and makes it durable: the loaded files are written to IndexedDB before it resolves. The
 * engine's own files come gzipped from the build (scripts/build/local-engine-files.ts: a slim PostGIS
 * bundle) through the offline cache (cached-download.ts), never from PGlite's default URLs. Only the
 * worker imports this file, so only the planner workspace downloads the engine.
 */

import { ENGINE_FILES, type EngineFileEntry } from 'virtual:ppd-local-engine'
import { type Extension, PGlite } from '@electric-sql/pglite'
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch'
import { postgis } from '@electric-sql/pglite-postgis'
import { cachedDownload, type Download, gunzipIfNeeded } from './cached-download.ts'

/** The engine, loaded once per worker: compiled WASM modules, the file-system bundle, extension bundles. */
interface EngineParts {
  pgliteWasmModule: WebAssembly.Module
  initdbWasmModule: WebAssembly.Module
  fsBundle: Blob
  extensions: Record<string, Extension>
  downloadedBytes: number
}

let parts: Promise<EngineParts> | null = null

/**
 * An extension whose bundle is `bundle` instead of the URL its package names. PGlite gunzips what a
 * blob: URL returns, so a bundle a host already unpacked (`Content-Encoding: gzip`, as `vite preview`
 * sends .gz files) is gzipped again; otherwise PGlite logs "Failed to fetch extension" and starts
 * without it.
 */
async function withBundle(extension: Extension, bundle: Blob): Promise<Extension> {
  const unpacked = await gunzipIfNeeded(bundle)
  const gzipped =
    unpacked === bundle
      ? await new Response(bundle.stream().pipeThrough(new CompressionStream('gzip'))).blob()
      : bundle
  const url = URL.createObjectURL(gzipped)
  return {
    name: extension.name,
    async setup(pg, emscriptenOpts, clientOnly) {
      const result = await extension.setup(pg, emscriptenOpts, clientOnly)
      return { ...result, bundlePath: new URL(url) }
    },
  }
}

/** The fuzzystrmatch bundle PGlite ships (11 KB), cached like the rest. */
async function fuzzystrmatchDownload(): Promise<Download> {
  const probe = await fuzzystrmatch.setup({} as never, {})
  return { url: String(probe.bundlePath), bytes: 11_446 }
}

/** The files the engine needs: URLs and sizes, for the download's progress total. */
export async function engineDownloads(): Promise<Download[]> {
  return [...ENGINE_FILES.map(({ url, bytes }) => ({ url, bytes })), await fuzzystrmatchDownload()]
}

async function loadParts(onBytes: (bytes: number) => void): Promise<EngineParts> {
  const fetchOne = (file: EngineFileEntry) => cachedDownload(file, onBytes)
  const byKey = (key: EngineFileEntry['key']) => {
    const file = ENGINE_FILES.find((entry) => entry.key === key)
    if (!file) throw new Error(`the build lists no engine file ${key}`)
    return fetchOne(file)
  }
  const [wasm, initdb, data, postgisBundle, fuzzy] = await Promise.all([
    byKey('pglite.wasm'),
    byKey('initdb.wasm'),
    byKey('pglite.data'),
    byKey('postgis.tar'),
    fuzzystrmatchDownload().then((download) => cachedDownload(download, onBytes)),
  ])
  const compile = async (blob: Blob) => WebAssembly.compile(await (await gunzipIfNeeded(blob)).arrayBuffer())
  const [pgliteWasmModule, initdbWasmModule, fsBundle, postgisExtension, fuzzyExtension] = await Promise.all([
    compile(wasm.blob),
    compile(initdb.blob),
    gunzipIfNeeded(data.blob),
    withBundle(postgis, postgisBundle.blob),
    withBundle(fuzzystrmatch, fuzzy.blob),
  ])
  return {
    pgliteWasmModule,
    initdbWasmModule,
    fsBundle,
    extensions: { postgis: postgisExtension, fuzzystrmatch: fuzzyExtension },
    downloadedBytes: [wasm, initdb, data, postgisBundle, fuzzy].reduce(
      (total, file) => total + file.downloadedBytes,
      0,
    ),
  }
}

/** Downloads (or reads from the cache) the engine's files once per worker; resolves to the bytes downloaded. */
export async function prepareEngine(onBytes: (bytes: number) => void = () => undefined): Promise<number> {
  parts ??= loadParts(onBytes)
  parts.catch(() => {
    parts = null
  })
  return (await parts).downloadedBytes
}

/** Opens `idb://<slot>`; with `dump`, the slot must be empty and is filled from it. */
export async function startEngine(slot: string, dump?: Blob): Promise<PGlite> {
  await prepareEngine()
  const engine = await (parts as Promise<EngineParts>)
  const db = await PGlite.create({
    dataDir: `idb://${slot}`,
    pgliteWasmModule: engine.pgliteWasmModule,
    initdbWasmModule: engine.initdbWasmModule,
    fsBundle: engine.fsBundle,
    extensions: engine.extensions,
    ...(dump ? { loadDataDir: dump } : {}),
  })
  await makeDurable(db)
  return db
}

/**
 * Writes every change of `db` to IndexedDB and resolves when IndexedDB has committed it. PGlite 0.5.8
 * syncs after a lone statement but not after `transaction()` (its COMMIT runs while the transaction
 * flag is still set), so a write in a transaction stayed in memory until some later statement synced:
 * a reload before that lost it. `syncToFs()` returns early only while another sync is queued; the
 * worker runs one message at a time and never uses relaxed durability, so none ever is.
 */
export async function makeDurable(db: PGlite): Promise<void> {
  await db.syncToFs()
}
