/**
 * Finds a pinned file: first in the `DATA_CACHE` folder, then in `data/cache/`, else downloads it into
 * `data/cache/`. Both caches use the layout `<owner>/<repo>/<commit>/<path>` (the URL path). Whatever the
 * origin, the bytes must match the pinned sha256, or the build stops.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { BuildError } from './build-error.ts'
import { sha256Hex } from './sha256.ts'
import { cachePathOf, type PinnedFile } from './sources.ts'

/** Default download cache (git-ignored). */
export const LOCAL_CACHE_DIR = path.resolve(import.meta.dirname, '../../data/cache')

/** Where {@link fetchSource} looks and whether it may download. */
export interface FetchSourceOptions {
  /** Read-only cache from env `DATA_CACHE`, checked first; absolute or relative to cwd. */
  dataCache?: string | undefined
  /** Writable download cache; default `data/cache/`. */
  localCache?: string
  /** Forbid downloads (`--offline` or `OFFLINE=1`). */
  isOffline?: boolean
  /** Injected for tests; default the global `fetch`. */
  fetch?: typeof fetch
  /** Download timeout; 60 s is ample for the ~2 MB files pinned today. */
  timeoutMs?: number
}

/** A verified pinned file and where it came from. */
export interface FetchedSource {
  bytes: Buffer
  /** Absolute path of the verified file on disk. */
  file: string
  origin: 'DATA_CACHE' | 'data/cache' | 'download'
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

function checksumError(source: PinnedFile, file: string, actual: string, hint: string): BuildError {
  return new BuildError(`sha256 is ${actual} but data/sources.json pins ${source.sha256} for ${source.url}`, {
    file,
    hint,
  })
}

/** Returns the verified bytes of a pinned file from the first cache that has it, else downloads it. */
export async function fetchSource(
  source: PinnedFile,
  options: FetchSourceOptions = {},
): Promise<FetchedSource> {
  const relative = cachePathOf(source)
  const localCache = path.resolve(options.localCache ?? LOCAL_CACHE_DIR)
  const caches = [
    ...(options.dataCache ? [{ dir: path.resolve(options.dataCache), origin: 'DATA_CACHE' as const }] : []),
    { dir: localCache, origin: 'data/cache' as const },
  ]
  for (const cache of caches) {
    const file = path.join(cache.dir, relative)
    const bytes = await readIfExists(file)
    if (!bytes) continue
    const actual = sha256Hex(bytes)
    if (actual !== source.sha256) {
      const hint =
        cache.origin === 'DATA_CACHE'
          ? `replace it with the file at ${source.url}, or update the pin in data/sources.json if upstream was deliberately changed`
          : `delete ${file} and run again to download it anew`
      throw checksumError(source, file, actual, hint)
    }
    return { bytes, file, origin: cache.origin }
  }
  const searched = caches.map((cache) => cache.dir).join(' and ')
  if (options.isOffline) {
    throw new BuildError(
      `not found in ${searched}, and downloads are off (--offline or OFFLINE=1); pinned URL ${source.url}`,
      {
        file: relative,
        hint: `set DATA_CACHE to a folder containing <owner>/<repo>/<commit>/<path> (here ${relative}), or run online once`,
      },
    )
  }
  const bytes = await download(source, options)
  const actual = sha256Hex(bytes)
  if (actual !== source.sha256) {
    throw checksumError(source, source.url, actual, 'upstream changed or the download was cut: check the pin')
  }
  const file = path.join(localCache, relative)
  await mkdir(path.dirname(file), { recursive: true })
  const partial = `${file}.${process.pid}.partial`
  try {
    await writeFile(partial, bytes)
    await rename(partial, file)
  } finally {
    await rm(partial, { force: true })
  }
  return { bytes, file, origin: 'download' }
}

async function download(source: PinnedFile, options: FetchSourceOptions): Promise<Buffer> {
  const fetchImpl = options.fetch ?? fetch
  const hint = `check the network, or set DATA_CACHE to a folder containing ${cachePathOf(source)}`
  let response: Response
  try {
    response = await fetchImpl(source.url, { signal: AbortSignal.timeout(options.timeoutMs ?? 60_000) })
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause
    const detail = cause?.message ? `${(error as Error).message}: ${cause.message}` : (error as Error).message
    throw new BuildError(`download failed (${detail})`, { file: source.url, hint })
  }
  if (!response.ok) {
    throw new BuildError(`download failed with HTTP ${response.status}`, { file: source.url, hint })
  }
  return Buffer.from(await response.arrayBuffer())
}
