/**
 * Where a streamed import keeps its checked rows until the whole file has passed: one JSON line per
 * row in a private temporary folder (mode 0700, file 0600), read back chunk by chunk for writing and
 * removed afterwards. The rows are those the database would receive (NIK/KK already pseudonymised);
 * they never outlive the import, which holds the raw file anyway.
 */
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import type { ImportRow } from '../../src/import/validate-rows.ts'
import type { RowSource } from './write-rows.ts'

/** A spill being written, then read as a row source. */
export interface RowSpill extends RowSource {
  add(rows: readonly ImportRow[]): void
  /** Deletes the file and its folder; safe to call twice. */
  remove(): void
}

/** Opens an empty spill in the system's temporary folder. */
export function openRowSpill(): RowSpill {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'ppd-import-'))
  const file = path.join(folder, 'rows.ndjson')
  let fd: number | undefined = openSync(file, 'w', 0o600)
  let count = 0
  const spill: RowSpill = {
    get count() {
      return count
    },
    add(rows) {
      if (fd === undefined) throw new Error('row-spill: the spill is closed')
      if (rows.length === 0) return
      let text = ''
      for (const row of rows) text += `${JSON.stringify(row)}\n`
      writeSync(fd, text)
      count += rows.length
    },
    async *chunks(size) {
      if (fd !== undefined) {
        closeSync(fd)
        fd = undefined
      }
      const lines = createInterface({
        input: createReadStream(file, 'utf8'),
        crlfDelay: Number.POSITIVE_INFINITY,
      })
      let chunk: ImportRow[] = []
      for await (const line of lines) {
        chunk.push(JSON.parse(line) as ImportRow)
        if (chunk.length === size) {
          yield chunk
          chunk = []
        }
      }
      if (chunk.length > 0) yield chunk
    },
    remove() {
      if (fd !== undefined) closeSync(fd)
      fd = undefined
      rmSync(folder, { recursive: true, force: true })
    },
  }
  return spill
}
