import { describe, expect, it } from 'vitest'
import { dropUnneededWal } from './drop-unneeded-wal.ts'

/** A minimal ustar archive of `files` (name → content), as PGlite's dumpDataDir writes them. */
function makeTar(files: Record<string, string>): Uint8Array {
  const blocks: Uint8Array[] = []
  for (const [name, content] of Object.entries(files)) {
    const header = new Uint8Array(512)
    header.set(new TextEncoder().encode(name), 0)
    header.set(new TextEncoder().encode(`${content.length.toString(8).padStart(11, '0')}\0`), 124)
    header.set(new TextEncoder().encode('ustar\0'), 257)
    const body = new Uint8Array(Math.ceil(content.length / 512) * 512)
    body.set(new TextEncoder().encode(content), 0)
    blocks.push(header, body)
  }
  blocks.push(new Uint8Array(1024))
  const out = new Uint8Array(blocks.reduce((total, block) => total + block.length, 0))
  let offset = 0
  for (const block of blocks) {
    out.set(block, offset)
    offset += block.length
  }
  return out
}

/** The entry names of an archive, in order. */
function listNames(tar: Uint8Array): string[] {
  const names: string[] = []
  let offset = 0
  while (offset + 512 <= tar.length && tar[offset] !== 0) {
    const header = tar.subarray(offset, offset + 512)
    const name = new TextDecoder().decode(header.subarray(0, 100)).replace(/\0.*$/s, '')
    const size = Number.parseInt(new TextDecoder().decode(header.subarray(124, 135)), 8)
    names.push(name)
    offset += 512 + Math.ceil(size / 512) * 512
  }
  return names
}

const OLD = '000000010000000000000001'
const REDO = '000000010000000000000002'
const RECYCLED = '000000010000000000000003'

const TAR = makeTar({
  '/PG_VERSION': '18\n',
  [`/pg_wal/${OLD}`]: 'old wal',
  [`/pg_wal/${REDO}`]: 'x'.repeat(700),
  [`/pg_wal/${RECYCLED}`]: 'recycled',
  '/pg_wal/archive_status/x.done': '',
  '/base/5/1234': 'heap page',
})

describe('dropUnneededWal()', () => {
  it.each([
    [
      'keeps only the needed segment and every other file',
      (segment: string) => segment === REDO,
      ['/PG_VERSION', `/pg_wal/${REDO}`, '/pg_wal/archive_status/x.done', '/base/5/1234'],
    ],
    ['keeps everything when every segment is needed', () => true, listNames(TAR)],
    [
      'drops every segment when none is needed',
      () => false,
      ['/PG_VERSION', '/pg_wal/archive_status/x.done', '/base/5/1234'],
    ],
  ])('%s', (_label, isNeeded, expected) => {
    expect(listNames(dropUnneededWal(TAR, isNeeded))).toEqual(expected)
  })

  it('copies kept entries byte for byte', () => {
    const all = dropUnneededWal(TAR, () => true)
    expect(all.subarray(0, TAR.length - 1024)).toEqual(TAR.subarray(0, TAR.length - 1024))
  })

  it.each([
    ['inside an entry, naming it', 512 * 5 + 100, `/pg_wal/${REDO} is truncated`],
    ['inside a header', 512 * 4 + 100, 'ends inside a header at byte 2048'],
  ])('rejects an archive cut %s', (_label, length, message) => {
    expect(() => dropUnneededWal(TAR.subarray(0, length), () => true)).toThrow(message)
  })
})
