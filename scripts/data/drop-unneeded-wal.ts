/**
 * Removes from a PGlite data-directory tarball (uncompressed ustar, as `dumpDataDir('none')` writes) the
 * WAL segments a restored database does not need. A long data build leaves dozens of 16 MB segments in
 * pg_wal (old ones kept for reuse, recycled ones for the future); after a checkpoint, start-up needs
 * only the segments from the checkpoint's redo point to the current insert position. Measured on the
 * demo build: 1.27 GB of tar, most of it WAL, before this step.
 */

const BLOCK = 512
/** A WAL segment file name: timeline + log + segment, 24 upper-case hex digits. */
const SEGMENT = /(^|\/)pg_wal\/([0-9A-F]{24})$/

function readString(bytes: Uint8Array, start: number, length: number): string {
  const slice = bytes.subarray(start, start + length)
  const end = slice.indexOf(0)
  return new TextDecoder().decode(end === -1 ? slice : slice.subarray(0, end))
}

/**
 * Copies `tar` without the pg_wal segments for which `isNeeded(segmentName)` is false. Other entries
 * (including pg_wal/archive_status) are kept byte for byte. Throws on a truncated archive.
 */
export function dropUnneededWal(tar: Uint8Array, isNeeded: (segment: string) => boolean): Uint8Array {
  const kept: Uint8Array[] = []
  let offset = 0
  while (offset < tar.length) {
    if (offset + BLOCK > tar.length)
      throw new Error(`tar: the archive ends inside a header at byte ${offset}`)
    const header = tar.subarray(offset, offset + BLOCK)
    if (header.every((byte) => byte === 0)) break
    const name = readString(header, 0, 100)
    const prefix = readString(header, 345, 155)
    const size = Number.parseInt(readString(header, 124, 12).trim() || '0', 8)
    if (!Number.isFinite(size) || size < 0) throw new Error(`tar: bad size in the header of ${name}`)
    const entryLength = BLOCK + Math.ceil(size / BLOCK) * BLOCK
    if (offset + entryLength > tar.length) throw new Error(`tar: ${name} is truncated`)
    const segment = SEGMENT.exec(prefix ? `${prefix}/${name}` : name)?.[2]
    if (!segment || isNeeded(segment)) kept.push(tar.subarray(offset, offset + entryLength))
    offset += entryLength
  }
  kept.push(new Uint8Array(BLOCK * 2))
  const out = new Uint8Array(kept.reduce((total, part) => total + part.length, 0))
  let position = 0
  for (const part of kept) {
    out.set(part, position)
    position += part.length
  }
  return out
}
