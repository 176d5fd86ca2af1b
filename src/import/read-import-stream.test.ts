import { describe, expect, it } from 'vitest'
import { IMPORT_KINDS, type ImportKind } from './import-kinds.ts'
import { type ReadImportOptions, readImport } from './read-import.ts'
import { readImportStream } from './read-import-stream.ts'
import { makeReadOptions } from './testing/make-read-options.ts'
import { makeCsv, makeCsvRow } from './testing/make-rows.ts'
import type { ImportRow } from './validate-rows.ts'

function optionsFor(kind: ImportKind): ReadImportOptions {
  return makeReadOptions(kind, { chunkCharacters: 512 })
}

/** `bytes` as a web stream of pieces of `size` bytes (cutting UTF-8 characters apart where they fall). */
function streamOf(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let at = 0
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close()
      controller.enqueue(bytes.slice(at, at + size))
      at += size
    },
  })
}

/** A stream read with `onRows`: the result, and the rows handed over. */
async function streamed(text: string, kind: ImportKind, size: number, encoding?: string, bytes?: Uint8Array) {
  const handed: ImportRow[][] = []
  const result = await readImportStream(streamOf(bytes ?? new TextEncoder().encode(text), size), {
    ...optionsFor(kind),
    encoding,
    onRows: (rows) => handed.push(rows),
  })
  return { result, rows: handed.flat(), calls: handed.length }
}

/** Names with characters of two, three and four UTF-8 bytes, so byte pieces split them. */
const NAMES = ['Ñoman Ayu', 'Dewi “Sri”', 'Bapak 𝔸bdul', 'Kartini é']

function fileOf(
  kind: ImportKind,
  count: number,
  change: (index: number) => Record<string, string> = () => ({}),
) {
  const rows = Array.from({ length: count }, (_, index) => makeCsvRow(kind, index + 1, change(index)))
  return makeCsv(kind, rows)
}

describe('readImportStream()', () => {
  it.each(IMPORT_KINDS)(
    'reads a %s file as readImport reads its text, whatever the byte pieces',
    async (kind) => {
      const text = fileOf(kind, 60)
      const expected = readImport(text, optionsFor(kind))
      for (const size of [1, 7, 64, 4096]) {
        const { result, rows } = await streamed(text, kind, size)
        expect(rows, `pieces of ${size} bytes`).toEqual(expected.rows)
        expect({ ...result, rows: expected.rows }).toEqual({ ...expected, rowCount: expected.rows.length })
        expect(result.rows).toEqual([])
      }
    },
  )

  it('decodes characters cut between byte pieces', async () => {
    const text = fileOf('keluarga', 40, (index) => ({ nama_kepala: NAMES[index % NAMES.length] as string }))
    const expected = readImport(text, optionsFor('keluarga'))
    expect(expected.errors).toEqual([])
    for (const size of [1, 2, 3, 5]) {
      expect((await streamed(text, 'keluarga', size)).rows.map((row) => row.nama_kepala)).toEqual(
        expected.rows.map((row) => row.nama_kepala),
      )
    }
  })

  it('reads a UTF-16 stream by its encoding', async () => {
    const text = `\uFEFF${fileOf('keluarga', 10, () => ({ nama_kepala: 'Ñoman' }))}`
    const utf16 = new Uint8Array(text.length * 2)
    for (let at = 0; at < text.length; at++) {
      utf16[2 * at] = text.charCodeAt(at) & 0xff
      utf16[2 * at + 1] = text.charCodeAt(at) >> 8
    }
    const { result, rows } = await streamed('', 'keluarga', 9, 'utf-16le', utf16)
    expect(result.errors).toEqual([])
    expect(rows.map((row) => row.nama_kepala)).toEqual(Array(10).fill('Ñoman'))
  })

  it('counts, lists and keeps back the same problems as readImport', async () => {
    const text = fileOf(
      'penerima_bantuan',
      50,
      (index): Record<string, string> => (index % 9 === 4 ? { tahun: '1999' } : {}),
    )
    const expected = readImport(text, optionsFor('penerima_bantuan'))
    expect(expected.errorCount).toBeGreaterThan(3)
    const { result, rows } = await streamed(text, 'penerima_bantuan', 100)
    expect(result.errors).toEqual(expected.errors)
    expect([result.errorCount, result.rejectedRows, result.rowCount]).toEqual([
      expected.errorCount,
      expected.rejectedRows,
      expected.rows.length,
    ])
    expect(rows).toEqual(expected.rows)
  })

  it('never hands over a last row the end of the file leaves unproven', async () => {
    // The last column of penerima_bantuan is a number: without a final line break it may be cut short.
    const text = fileOf('penerima_bantuan', 20).replace(/\n$/, '')
    const expected = readImport(text, optionsFor('penerima_bantuan'))
    expect(expected.errors.map((issue) => issue.code)).toEqual(['possibly_truncated'])
    const { result, rows } = await streamed(text, 'penerima_bantuan', 33)
    expect(rows).toEqual(expected.rows)
    expect(rows).toHaveLength(19)
    expect([result.errors, result.rejectedRows, result.rowCount]).toEqual([expected.errors, 1, 19])
  })

  it('stops reading at a problem of the whole file and cancels the stream', async () => {
    let pulled = 0
    const bytes = new TextEncoder().encode(`nama,tahun\n${'x,2024\n'.repeat(100_000)}`)
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(bytes.slice(pulled * 1024, ++pulled * 1024))
        if (pulled * 1024 >= bytes.length) controller.close()
      },
    })
    const result = await readImportStream(stream, optionsFor('keluarga'))
    expect(result.errors[0]?.code).toBe('unknown_column')
    expect(result.canDropRejected).toBe(false)
    expect(pulled).toBeLessThan(10)
  })

  it('refuses bytes that are not UTF-8 with their line', async () => {
    const text = fileOf('keluarga', 5)
    const good = new TextEncoder().encode(text)
    const lineStart = text.split('\n').slice(0, 4).join('\n').length + 1
    const bytes = new Uint8Array([...good.slice(0, lineStart), 0xe9, ...good.slice(lineStart)])
    const { result } = await streamed('', 'keluarga', 16, undefined, bytes)
    expect(result.errors.map((issue) => [issue.code, issue.row])).toEqual([['not_utf8', 5]])
  })
})
