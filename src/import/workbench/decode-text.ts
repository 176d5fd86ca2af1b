/**
 * The bytes of a planner's file as text, whatever Excel or another tool saved: UTF-8 with or without a
 * byte order mark, UTF-16 (Excel's "Unicode Text"; little or big endian, by its BOM or by the zero bytes of
 * ASCII text), or Windows-1252 (Excel's "CSV" on an Indonesian or English Windows), which is what bytes that
 * are not valid UTF-8 almost always are. The encoding is reported so the screen can say what it read.
 */

/** The encodings {@link decodeText} tells apart. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/** A decoded file: text without its BOM, and how it was read. */
export interface DecodedText {
  text: string
  encoding: TextEncodingName
  hasBom: boolean
}

/** Bytes sampled to guess UTF-16 without a BOM; a header row is far shorter. */
const SAMPLE_BYTES = 4096

/**
 * The encoding the first bytes of a file name for certain: a BOM (and its length), or UTF-16 by its zero
 * bytes; undefined when only the whole file can tell UTF-8 from Windows-1252.
 */
export function encodingOfStart(
  bytes: Uint8Array,
): { encoding: Exclude<TextEncodingName, 'windows-1252'>; bomBytes: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomBytes: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 }
  const guessed = guessUtf16(bytes.subarray(0, SAMPLE_BYTES))
  return guessed ? { encoding: guessed, bomBytes: 0 } : undefined
}

/** Decodes `bytes` (see the file comment); never throws. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const start = encodingOfStart(bytes)
  if (start) {
    const text = new TextDecoder(start.encoding).decode(bytes.subarray(start.bomBytes))
    return { text, encoding: start.encoding, hasBom: start.bomBytes > 0 }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', hasBom: false }
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', hasBom: false }
  }
}

/** ASCII text in UTF-16 has a zero in every other byte; CSV text in UTF-8 has none. */
function guessUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (sample.length < 4) return undefined
  let evenZeros = 0
  let oddZeros = 0
  for (let at = 0; at + 1 < sample.length; at += 2) {
    if (sample[at] === 0) evenZeros++
    if (sample[at + 1] === 0) oddZeros++
  }
  const pairs = Math.floor(sample.length / 2)
  // Most characters of a CSV header and its numbers are ASCII; 40 % leaves room for names in other scripts.
  if (oddZeros > 0.4 * pairs && evenZeros === 0) return 'utf-16le'
  if (evenZeros > 0.4 * pairs && oddZeros === 0) return 'utf-16be'
  return undefined
}
