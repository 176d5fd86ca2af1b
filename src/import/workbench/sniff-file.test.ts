import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeText } from './decode-text.ts'
import { HEAD_BYTES, sniffFileBytes } from './sniff-file.ts'

const FOLDER = path.resolve(import.meta.dirname, '../../../tests/fixtures/import')
const TEXT_FIXTURES = readdirSync(FOLDER).filter((name) => /\.(csv|txt)$/.test(name))

describe('sniffFileBytes()', () => {
  it.each(TEXT_FIXTURES)(
    'finds the hash, encoding and start of %s as a whole-file decode does',
    async (name) => {
      const bytes = readFileSync(path.join(FOLDER, name))
      const sniffed = await sniffFileBytes(new Blob([bytes]))
      const decoded = decodeText(new Uint8Array(bytes))
      expect(sniffed.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
      expect([sniffed.bytes, sniffed.encoding, sniffed.hasBom]).toEqual([
        bytes.length,
        decoded.encoding,
        decoded.hasBom,
      ])
      expect(sniffed.head).toBe(decoded.text)
    },
  )

  it('tells Windows-1252 from UTF-8 by a byte far past the start, and cuts the start at a line', async () => {
    const line = '99.01.01.2001,Andi Susanto\n'
    const text = `kode_desa,nama\n${line.repeat(Math.ceil((3 * HEAD_BYTES) / line.length))}`
    const utf8 = new TextEncoder().encode(text)
    const latin = new Uint8Array([...utf8, ...new TextEncoder().encode('99.01.01.2001,Andr'), 0xe9, 0x0a])
    const asUtf8 = await sniffFileBytes(new Blob([utf8]))
    const asLatin = await sniffFileBytes(new Blob([latin]))
    expect([asUtf8.encoding, asLatin.encoding]).toEqual(['utf-8', 'windows-1252'])
    expect(asUtf8.head.length).toBeLessThanOrEqual(HEAD_BYTES)
    expect(asUtf8.head.endsWith('Andi Susanto\n')).toBe(true)
    expect(asUtf8.head.startsWith('kode_desa,nama\n')).toBe(true)
  })

  it('reports its progress in bytes up to the whole file', async () => {
    const bytes = new Uint8Array(5 * HEAD_BYTES).fill(0x61)
    const progress: [number, number][] = []
    await sniffFileBytes(new Blob([bytes]), (done, total) => progress.push([done, total]))
    expect(progress.at(-1)).toEqual([bytes.length, bytes.length])
  })
})
