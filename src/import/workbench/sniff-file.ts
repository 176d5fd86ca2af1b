/**
 * One pass over a planner's CSV file in bounded memory: its sha256 (for the import log), its encoding
 * (decode-text.ts's rules; UTF-8 against Windows-1252 needs every byte, so the pass checks them all) and
 * its first bytes decoded, enough for the header and the separator. The read that follows streams the
 * file again with the encoding found here (read-workbench-file.ts).
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { encodingOfStart, type TextEncodingName } from './decode-text.ts'

/** What the pass found. */
export interface SniffedBytes {
  sha256: string
  bytes: number
  encoding: TextEncodingName
  hasBom: boolean
  /** The start of the text (without its BOM), cut at a line break: the header and some rows. */
  head: string
}

/** Bytes of the start kept for the header: far more than a header row. */
export const HEAD_BYTES = 64 * 1024

/** Reads `file` once; `onProgress` gets the bytes read so far. */
export async function sniffFileBytes(
  file: Blob,
  onProgress?: (bytesRead: number, totalBytes: number) => void,
): Promise<SniffedBytes> {
  const hash = sha256.create()
  const head = new Uint8Array(Math.min(HEAD_BYTES, file.size))
  let headLength = 0
  let bytes = 0
  let utf8: TextDecoder | undefined = new TextDecoder('utf-8', { fatal: true })
  const reader = file.stream().getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    hash.update(value)
    if (headLength < head.length) {
      const take = value.subarray(0, head.length - headLength)
      head.set(take, headLength)
      headLength += take.length
    }
    if (utf8) {
      try {
        utf8.decode(value, { stream: true })
      } catch {
        utf8 = undefined
      }
    }
    bytes += value.length
    onProgress?.(bytes, file.size)
  }
  const start = encodingOfStart(head.subarray(0, headLength))
  if (utf8) {
    try {
      utf8.decode()
    } catch {
      utf8 = undefined
    }
  }
  const encoding: TextEncodingName = start?.encoding ?? (utf8 ? 'utf-8' : 'windows-1252')
  const bomBytes = start?.bomBytes ?? 0
  return {
    sha256: bytesToHex(hash.digest()),
    bytes,
    encoding,
    hasBom: bomBytes > 0,
    head: headText(head.subarray(bomBytes, headLength), encoding, headLength < bytes),
  }
}

/** The head decoded; when the file goes on, without its last (possibly cut) line. */
function headText(bytes: Uint8Array, encoding: TextEncodingName, isCut: boolean): string {
  const text = new TextDecoder(encoding).decode(bytes, { stream: isCut })
  if (!isCut) return text
  const lastBreak = text.lastIndexOf('\n')
  return lastBreak > 0 ? text.slice(0, lastBreak + 1) : text
}
