/**
 * The cheap first check of a database file, before any engine starts on it: is it a gzipped tar of a
 * PostgreSQL data directory (what "Ekspor basis data saya" writes), and of which major version? Streams
 * the file (gzipped or not), so a large wrong file costs one pass and no memory.
 */
import { readTarHeader, TAR_BLOCK } from '../../lib/tar-header.ts'
import { LocalDatabaseError } from './local-error.ts'

const GZIP_MAGIC = [0x1f, 0x8b]

/** Joins `chunks` into blocks of `TAR_BLOCK` and hands each full block to `onBlock` (false = stop). */
async function eachBlock(
  stream: ReadableStream<Uint8Array>,
  onBlock: (block: Uint8Array) => boolean,
): Promise<void> {
  const reader = stream.getReader()
  let pending = new Uint8Array(0)
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      const joined = new Uint8Array(pending.length + value.length)
      joined.set(pending)
      joined.set(value, pending.length)
      let offset = 0
      for (; offset + TAR_BLOCK <= joined.length; offset += TAR_BLOCK) {
        if (!onBlock(joined.subarray(offset, offset + TAR_BLOCK))) return
      }
      pending = joined.slice(offset)
    }
  } finally {
    await reader.cancel().catch(() => undefined)
  }
}

/**
 * Returns the PostgreSQL major version in the file's top-level `PG_VERSION` (e.g. `18`), or throws a
 * {@link LocalDatabaseError} `not-database-file` saying what the file is instead.
 */
export async function readDataDirVersion(file: Blob, name: string): Promise<string> {
  const fail = (reason: string) =>
    new LocalDatabaseError('not-database-file', `${name} is not a database export: ${reason}`, {
      file: name,
      reason,
    })
  const head = new Uint8Array(await file.slice(0, TAR_BLOCK).arrayBuffer())
  const isGzip = head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]
  // A server that sends the dump with `Content-Encoding: gzip` hands fetch() the tar itself.
  const isTar = new TextDecoder().decode(head.subarray(257, 262)) === 'ustar'
  if (!isGzip && !isTar) throw fail('not a .tar.gz file')
  const tar = isGzip ? file.stream().pipeThrough(new DecompressionStream('gzip')) : file.stream()
  let version: string | null = null
  let skip = 0
  let wanted = false
  let entries = 0
  try {
    await eachBlock(tar, (block) => {
      if (skip > 0) {
        if (wanted) version = new TextDecoder().decode(block).replace(/\0+$/, '').trim()
        wanted = false
        skip -= 1
        return version === null
      }
      const header = readTarHeader(block)
      if (!header) return false
      entries += 1
      wanted = /^\/?PG_VERSION$/.test(header.name)
      skip = (header.entryLength - TAR_BLOCK) / TAR_BLOCK
      return true
    })
  } catch (error) {
    throw fail(entries === 0 ? 'not a tar archive' : `damaged (${(error as Error).message})`)
  }
  if (entries === 0) throw fail('not a tar archive')
  if (version === null) throw fail('no PG_VERSION at the top: not a PostgreSQL data directory')
  return version
}
