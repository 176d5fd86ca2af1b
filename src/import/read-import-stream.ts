/**
 * The read of read-import.ts over a byte stream: a file of any size (the browser's `File.stream()`, a Node
 * file stream) decoded piece by piece and checked in bounded memory. Hand the good rows on with `onRows`
 * to keep memory bounded; without it they collect in the result as `readImport` does.
 */
import { createImportReader, type ImportReaderOptions, type ReadImportResult } from './read-import.ts'

/** Options of {@link readImportStream}. */
export interface ReadImportStreamOptions extends Omit<ImportReaderOptions, 'totalCharacters'> {
  /** The text's encoding, a WHATWG label (decode-text.ts names them); default UTF-8 (a BOM is dropped). */
  encoding?: string
  /** The stream's size in bytes, for progress (`totalCharacters` is then this estimate). */
  totalBytes?: number
  /**
   * Awaited after each piece is read: where the receiver of `onRows` passes its rows on (a worker
   * posting them and waiting for the screen to stage them), so rows never pile up faster than they go.
   */
  afterPiece?: () => Promise<void>
}

/** A stream of bytes: a web ReadableStream or any async iterable of chunks (a Node stream). */
export type ByteSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>

/**
 * Reads, checks and pseudonymises the file `source` holds. Never throws for bad input: it reports it.
 * Reading stops at the first problem of the whole file (a bad header, an unclosed quote).
 */
export async function readImportStream(
  source: ByteSource,
  options: ReadImportStreamOptions,
): Promise<ReadImportResult> {
  const { encoding, totalBytes, afterPiece, ...readerOptions } = options
  // Bytes that are not valid in the encoding become U+FFFD, which the reader refuses with its line.
  const decoder = new TextDecoder(encoding ?? 'utf-8')
  const reader = createImportReader({ ...readerOptions, totalCharacters: totalBytes })
  for await (const bytes of chunksOf(source)) {
    reader.push(decoder.decode(bytes, { stream: true }))
    if (reader.stopped) break
    await afterPiece?.()
  }
  if (!reader.stopped) reader.push(decoder.decode())
  const result = reader.end()
  await afterPiece?.()
  return result
}

/** The chunks of `source`; leaving the loop early cancels the stream. */
async function* chunksOf(source: ByteSource): AsyncGenerator<Uint8Array> {
  if (!('getReader' in source)) {
    yield* source
    return
  }
  const reader = source.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      yield value
    }
  } finally {
    await reader.cancel().catch(() => undefined)
    reader.releaseLock()
  }
}
