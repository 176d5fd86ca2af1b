/**
 * Removes from a PGlite data-directory tarball (uncompressed ustar, as `dumpDataDir('none')` writes) the
 * WAL segments a restored database does not need. A long data build leaves dozens of 16 MB segments in
 * pg_wal (old ones kept for reuse, recycled ones for the future); after a checkpoint, start-up needs
 * only the segments from the checkpoint's redo point to the current insert position. Measured on the
 * demo build: 1.27 GB of tar, most of it WAL, before this step.
 */
import { joinTarEntries, readTarHeader, TAR_BLOCK } from '../../src/lib/tar-header.ts'

/** A WAL segment file name: timeline + log + segment, 24 upper-case hex digits. */
const SEGMENT = /(^|\/)pg_wal\/([0-9A-F]{24})$/

/**
 * Copies `tar` without the pg_wal segments for which `isNeeded(segmentName)` is false. Other entries
 * (including pg_wal/archive_status) are kept byte for byte, except that the segment named in `endOfWal`
 * is zeroed from `endOfWal.offset` on: past the insert position a recycled segment still holds old
 * records (16 MB of them, 2.8 MB gzipped on the demo), which recovery never reads (it stops at the
 * first record that does not continue the log; a zeroed page is such a one). Throws on a truncated archive.
 */
export function dropUnneededWal(
  tar: Uint8Array,
  isNeeded: (segment: string) => boolean,
  endOfWal?: { segment: string; offset: number },
): Uint8Array {
  const kept: Uint8Array[] = []
  let offset = 0
  while (offset < tar.length) {
    if (offset + TAR_BLOCK > tar.length)
      throw new Error(`tar: the archive ends inside a header at byte ${offset}`)
    const header = readTarHeader(tar.subarray(offset, offset + TAR_BLOCK))
    if (!header) break
    const { name, entryLength } = header
    if (offset + entryLength > tar.length) throw new Error(`tar: ${name} is truncated`)
    const segment = SEGMENT.exec(name)?.[2]
    if (segment && segment === endOfWal?.segment) {
      const entry = tar.slice(offset, offset + entryLength)
      entry.fill(0, TAR_BLOCK + Math.min(endOfWal.offset, header.size))
      kept.push(entry)
    } else if (!segment || isNeeded(segment)) kept.push(tar.subarray(offset, offset + entryLength))
    offset += entryLength
  }
  return joinTarEntries(kept)
}
