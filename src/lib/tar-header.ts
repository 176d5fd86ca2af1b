/**
 * Reads one ustar header block (512 bytes): the entry's full name (prefix + name) and its size. Used by
 * the browser-dump writer (scripts/data/drop-unneeded-wal.ts) and the local database's file check.
 */

/** Size of a tar block: headers and padded contents are multiples of it. */
export const TAR_BLOCK = 512

/** One entry's header: `null` for the all-zero block that ends an archive. */
export interface TarHeader {
  name: string
  size: number
  /** Bytes of the entry in the archive: its header plus the contents padded to whole blocks. */
  entryLength: number
}

function readString(bytes: Uint8Array, start: number, length: number): string {
  const slice = bytes.subarray(start, start + length)
  const end = slice.indexOf(0)
  return new TextDecoder().decode(end === -1 ? slice : slice.subarray(0, end))
}

/** Parses `block`; throws when the size field is not an octal number (not a tar header). */
export function readTarHeader(block: Uint8Array): TarHeader | null {
  if (block.length < TAR_BLOCK) throw new Error('tar: a header needs 512 bytes')
  if (block.every((byte) => byte === 0)) return null
  const name = readString(block, 0, 100)
  const prefix = readString(block, 345, 155)
  const sizeField = readString(block, 124, 12).trim()
  if (!/^[0-7]*$/.test(sizeField)) throw new Error(`tar: bad size in the header of ${name}`)
  const size = Number.parseInt(sizeField || '0', 8)
  return {
    name: prefix ? `${prefix}/${name}` : name,
    size,
    entryLength: TAR_BLOCK + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK,
  }
}

/** Joins tar entries (each a header and its padded contents) and the two zero blocks that end an archive. */
export function joinTarEntries(entries: readonly Uint8Array[]): Uint8Array {
  const parts = [...entries, new Uint8Array(TAR_BLOCK * 2)]
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0))
  let position = 0
  for (const part of parts) {
    out.set(part, position)
    position += part.length
  }
  return out
}
