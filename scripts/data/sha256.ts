import { createHash } from 'node:crypto'

/** Lower-case hex sha256 of some bytes or text (UTF-8). */
export function sha256Hex(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex')
}
