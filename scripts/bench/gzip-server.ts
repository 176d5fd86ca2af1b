/**
 * A small static server that answers the way a real static host does, for page-load benchmarks:
 * text files gzip-compressed (level 9, compressed once and kept in memory, so the compression costs the
 * measured loads nothing), fonts and archives as they are, hashed `/assets/` files cacheable for a year
 * and everything else revalidated. `vite preview` serves uncompressed, which would overstate the bytes.
 * Pages compared with each other are served by the same instance, so they get the same treatment.
 */
import { readFile, stat } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

/** Where a URL prefix is read from: a folder, or files held in memory (path below the prefix → bytes). */
export type Mount =
  | { prefix: string; dir: string; fallback?: string }
  | { prefix: string; files: ReadonlyMap<string, Buffer | string> }

/** A running server. */
export interface GzipServer {
  /** Origin with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string
  close(): Promise<void>
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.topojson': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.gz': 'application/gzip',
}
/** Types a static host compresses; fonts, WASM and archives are sent as they are. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.topojson', '.csv', '.txt', '.svg'])

interface Body {
  bytes: Buffer
  isGzip: boolean
  type: string
}

async function readIfFile(file: string): Promise<Buffer | null> {
  const info = await stat(file).catch(() => null)
  return info?.isFile() ? readFile(file) : null
}

/** The body of `pathname`, or null for a 404. Read from the mounts in order. */
async function resolve(
  mounts: readonly Mount[],
  pathname: string,
): Promise<{ name: string; bytes: Buffer } | null> {
  for (const mount of mounts) {
    if (!pathname.startsWith(mount.prefix)) continue
    const rest = decodeURIComponent(pathname.slice(mount.prefix.length))
    if ('files' in mount) {
      const content = mount.files.get(rest === '' ? 'index.html' : rest)
      if (content !== undefined) return { name: rest || 'index.html', bytes: Buffer.from(content) }
      continue
    }
    const file = path.resolve(mount.dir, rest === '' ? 'index.html' : rest)
    if (!file.startsWith(path.resolve(mount.dir))) return null
    const bytes = await readIfFile(file)
    if (bytes) return { name: file, bytes }
    // A single-page app answers its own paths (`/desa/…`) with its index, like a host's SPA fallback.
    if (mount.fallback && path.extname(rest) === '') {
      const fallback = await readIfFile(path.join(mount.dir, mount.fallback))
      if (fallback) return { name: mount.fallback, bytes: fallback }
    }
  }
  return null
}

/** Starts the server on a free loopback port. */
export async function startGzipServer(mounts: readonly Mount[]): Promise<GzipServer> {
  const cache = new Map<string, Body>()
  const bodyOf = async (pathname: string): Promise<Body | null> => {
    const cached = cache.get(pathname)
    if (cached) return cached
    const found = await resolve(mounts, pathname)
    if (!found) return null
    const extension = path.extname(found.name)
    const isGzip = COMPRESSIBLE.has(extension)
    const body: Body = {
      bytes: isGzip ? gzipSync(found.bytes, { level: 9 }) : found.bytes,
      isGzip,
      type: TYPES[extension] ?? 'application/octet-stream',
    }
    cache.set(pathname, body)
    return body
  }
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname
    bodyOf(pathname).then(
      (body) => {
        if (!body) {
          response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}`)
          return
        }
        response.writeHead(200, {
          'content-type': body.type,
          'content-length': body.bytes.length,
          ...(body.isGzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
          // Hashed build assets never change under their name; everything else is revalidated.
          'cache-control': pathname.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        })
        response.end(request.method === 'HEAD' ? undefined : body.bytes)
      },
      (error: unknown) => response.writeHead(500).end(String(error)),
    )
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections()
        server.close((error) => (error ? fail(error) : done()))
      }),
  }
}
