/**
 * The files of the local-mode engine, as the planner's worker downloads them: gzipped copies of PGlite's
 * WASM, its file-system bundle and initdb, and a slim PostGIS bundle. Gzipped here, at build time, so
 * the first visit downloads the same bytes whether or not the static host compresses (most do not
 * compress .wasm or .data); the worker unpacks them with DecompressionStream.
 *
 * The slim PostGIS bundle keeps only what a database started from a dump uses: the extension library
 * `postgis-3.so` and `postgis.control`. Measured on @electric-sql/pglite-postgis 0.2.8 (npm run bench):
 * the npm bundle is 19.8 MB, of which postgis_raster-3.so and postgis_topology-3.so (extensions the
 * migrations never create), the tiger geocoder, the CREATE EXTENSION scripts (the dump already holds
 * the extension) and PROJ's proj.db (1.8 MB gzipped; no migration transforms between reference
 * systems, so the browser copy keeps only SRID 4326) make up 14.7 MB.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { joinTarEntries, readTarHeader, TAR_BLOCK } from '../../src/lib/tar-header.ts'

/** Entries of the PostGIS bundle the browser keeps (paths inside the tar, without a leading slash). */
const SLIM_POSTGIS = [/^lib\/postgresql\/postgis-3\.so$/, /^share\/postgresql\/extension\/postgis\.control$/]

/** One generated file: where it is on disk and its sizes. */
export interface EngineFile {
  /** Stable key the worker asks for: `pglite.wasm`, `pglite.data`, `initdb.wasm`, `postgis.tar`. */
  key: string
  file: string
  /** Gzipped size (what is downloaded). */
  bytes: number
  /** Unpacked size. */
  rawBytes: number
}

/** Keeps the tar entries whose names match `keep`, and every directory entry (a header each). */
export function slimTar(tar: Uint8Array, keep: readonly RegExp[]): Uint8Array {
  const parts: Uint8Array[] = []
  let offset = 0
  while (offset + TAR_BLOCK <= tar.length) {
    const header = readTarHeader(tar.subarray(offset, offset + TAR_BLOCK))
    if (!header) break
    const name = header.name.replace(/^\.?\//, '')
    const isDirectory = tar[offset + 156] === 0x35 // typeflag '5'
    if (isDirectory || keep.some((pattern) => pattern.test(name)))
      parts.push(tar.subarray(offset, offset + header.entryLength))
    offset += header.entryLength
  }
  return joinTarEntries(parts)
}

const require = createRequire(import.meta.url)

function packageFile(specifier: string): string {
  return require.resolve(specifier)
}

/** Writes the engine files into `dir` (skipping those already written for the same inputs). */
export async function writeEngineFiles(dir: string): Promise<EngineFile[]> {
  await mkdir(dir, { recursive: true })
  const pgliteDir = path.dirname(packageFile('@electric-sql/pglite'))
  const postgisDir = path.dirname(packageFile('@electric-sql/pglite-postgis'))
  const sources: { key: string; from: string; transform?: (raw: Uint8Array) => Uint8Array }[] = [
    { key: 'pglite.wasm', from: path.join(pgliteDir, 'pglite.wasm') },
    { key: 'pglite.data', from: path.join(pgliteDir, 'pglite.data') },
    { key: 'initdb.wasm', from: path.join(pgliteDir, 'initdb.wasm') },
    {
      key: 'postgis.tar',
      from: path.join(postgisDir, 'postgis.tar.gz'),
      transform: (gz) => slimTar(gunzipSync(gz), SLIM_POSTGIS),
    },
  ]
  const files: EngineFile[] = []
  for (const source of sources) {
    const input = await readFile(source.from)
    const stamp = createHash('sha256').update(input).digest('hex').slice(0, 12)
    const file = path.join(dir, `${source.key.replace('.', '-')}-${stamp}.gz`)
    const meta = `${file}.json`
    const cached = await readFile(meta, 'utf8').then(
      (text) => JSON.parse(text) as EngineFile,
      () => null,
    )
    if (cached && (await stat(file).catch(() => null))) {
      files.push(cached)
      continue
    }
    const raw = source.transform ? source.transform(new Uint8Array(input)) : new Uint8Array(input)
    const gz = gzipSync(raw, { level: 9 })
    await writeFile(file, gz)
    const entry: EngineFile = { key: source.key, file, bytes: gz.length, rawBytes: raw.length }
    await writeFile(meta, JSON.stringify(entry))
    files.push(entry)
  }
  return files
}
