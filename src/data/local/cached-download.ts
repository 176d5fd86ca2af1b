/**
 * Downloads for the local-mode engine through an explicit offline cache (Cache Storage): each file is
 * fetched from the network once, with its bytes counted for the progress bar, and read from the cache
 * on later visits, also offline. Only the planner's worker uses it: public screens never open the cache.
 * URLs carry a content hash (engine files) or the dump's sha256, so an entry never goes stale; entries
 * of earlier builds are dropped by {@link pruneCache}.
 */
import { LocalDatabaseError } from './local-error.ts'

/** The Cache Storage cache of the engine and the demo dump. */
export const ENGINE_CACHE = 'ppd-local-engine'

/** A file to fetch: its URL and its size as downloaded (for the progress total). */
export interface Download {
  url: string
  bytes: number
}

/** The file's bytes as stored, and how many of them came over the network (0 from the cache). */
export interface Downloaded {
  blob: Blob
  downloadedBytes: number
}

async function openCache(): Promise<Cache | null> {
  // Cache Storage exists only in secure contexts (https, localhost); without it, fetch every time.
  return (await globalThis.caches?.open(ENGINE_CACHE).catch(() => null)) ?? null
}

/** Reads `response` to the end, reporting each chunk's byte count. */
async function readCounting(response: Response, onBytes: (bytes: number) => void): Promise<Blob> {
  if (!response.body) return response.blob()
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    onBytes(value.length)
  }
  return new Blob(chunks as BlobPart[])
}

/**
 * The bytes of `download.url`, from the cache or else the network (then cached). `onBytes` gets the
 * count of every chunk received from the network, or the whole size at once from the cache.
 */
export async function cachedDownload(
  download: Download,
  onBytes: (bytes: number) => void,
): Promise<Downloaded> {
  const cache = await openCache()
  const hit = await cache?.match(download.url)
  if (hit) {
    onBytes(download.bytes)
    return { blob: await hit.blob(), downloadedBytes: 0 }
  }
  const response = await fetch(download.url).catch((error: Error) => {
    throw new LocalDatabaseError('download-failed', `cannot download ${download.url}: ${error.message}`, {
      url: download.url,
      detail: error.message,
    })
  })
  if (!response.ok || (response.headers.get('content-type') ?? '').includes('text/html')) {
    throw new LocalDatabaseError('download-failed', `${download.url}: HTTP ${response.status}`, {
      url: download.url,
      detail: `HTTP ${response.status}`,
    })
  }
  // A host that sends the .gz with Content-Encoding: gzip hands over the unpacked bytes, whose count
  // says nothing about the bytes transferred: such a file moves the bar once, by its Content-Length.
  const length = Number(response.headers.get('content-length') ?? Number.NaN)
  const isDecoded = (response.headers.get('content-encoding') ?? '') !== ''
  let received = 0
  const blob = await readCounting(response, (bytes) => {
    received += bytes
    onBytes(isDecoded ? 0 : bytes)
  })
  if (isDecoded) onBytes(Number.isFinite(length) ? length : download.bytes)
  await cache?.put(download.url, new Response(blob)).catch(() => undefined)
  return { blob, downloadedBytes: isDecoded && Number.isFinite(length) ? length : received }
}

/** Drops cached entries whose URL is not in `keep` (files of earlier builds). */
export async function pruneCache(keep: readonly string[]): Promise<void> {
  const cache = await openCache()
  if (!cache) return
  const wanted = new Set(keep.map((url) => new URL(url, self.location.href).href))
  for (const request of await cache.keys()) {
    if (!wanted.has(request.url)) await cache.delete(request)
  }
}

const GZIP_MAGIC = [0x1f, 0x8b]

/** `blob` unpacked when it is gzip, else as it is (a host may already have unpacked it). */
export async function gunzipIfNeeded(blob: Blob): Promise<Blob> {
  const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer())
  if (head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1]) return blob
  return new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).blob()
}
