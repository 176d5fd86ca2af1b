/**
 * The import workbench's Web Worker: sniffs the file (CSV in any encoding, or one XLSX sheet), then reads
 * and checks it through the planner's mapping with progress, pseudonymising NIK/KK here, so no raw
 * identity number leaves this worker. A CSV file is streamed from the `File` in both passes (sniff-file.ts,
 * read-workbench-file.ts), never held whole: the checked rows go to the screen in batches of
 * {@link STAGE_CHUNK_ROWS} (one staging request each), each acknowledged once the screen has staged it, so memory stays bounded for a
 * file of any size. An XLSX sheet is read whole by ExcelJS and kept as its CSV text. The screen cancels
 * by terminating the worker.
 */
import { loadExcelJs } from '../../lib/load-exceljs.ts'
import { makePseudonymiser } from '../pseudonymise.ts'
import type { ImportRow } from '../validate-rows.ts'
import { annotateCsv } from './annotate-file.ts'
import { decodeText } from './decode-text.ts'
import { readWorkbenchStream, sniffHeader } from './read-workbench-file.ts'
import { sheetToCsv } from './sheet-to-csv.ts'
import { sniffFileBytes } from './sniff-file.ts'
import {
  type SniffedFile,
  STAGE_CHUNK_ROWS,
  type WorkbenchReply,
  type WorkbenchRequest,
} from './workbench-protocol.ts'

/** The file sniffed last; an XLSX sheet's CSV text (a CSV file is read from `file` again). */
let current: { file: Blob; sniffed: SniffedFile; sheetText: string | null } | undefined
let lastErrors: Parameters<typeof annotateCsv>[2] = []
/** Resolves when the screen acknowledges the batch sent last. */
let acknowledged: (() => void) | undefined

const post = (reply: WorkbenchReply): void => self.postMessage(reply)

const isXlsx = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b // "PK": a zip

async function sniff(file: Blob, fileName: string, sheet?: string): Promise<typeof current> {
  const start = new Uint8Array(await file.slice(0, 4).arrayBuffer())
  const onProgress = (done: number, total: number) =>
    post({ type: 'progress', characters: done, totalCharacters: total, rows: 0, rejectedRows: 0 })
  const bytes = await sniffFileBytes(file, onProgress)
  if (!isXlsx(start)) {
    const header = sniffHeader(bytes.head)
    const sniffed: SniffedFile = { fileName, ...bytes, sheets: null, sheet: null, ...header }
    return { file, sniffed, sheetText: null }
  }
  const ExcelJS = await loadExcelJs()
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await file.arrayBuffer())
  const sheets = workbook.worksheets.map((worksheet) => worksheet.name)
  const worksheet = workbook.worksheets.find((item) => item.name === sheet) ?? workbook.worksheets[0]
  if (!worksheet)
    throw new Error(`${fileName}: file XLSX tanpa lembar kerja. / the XLSX file has no worksheet.`)
  const sheetText = sheetToCsv(worksheet)
  const header = sniffHeader(sheetText)
  const sniffed: SniffedFile = {
    fileName,
    sha256: bytes.sha256,
    bytes: bytes.bytes,
    encoding: 'xlsx',
    hasBom: false,
    sheets,
    sheet: worksheet.name,
    ...header,
  }
  return { file, sniffed, sheetText }
}

/** Posts `rows` to the screen and waits until it has staged them. */
function sendBatch(rows: ImportRow[]): Promise<void> {
  return new Promise((resolve) => {
    acknowledged = resolve
    post({ type: 'rows', rows })
  })
}

async function read(request: Extract<WorkbenchRequest, { type: 'read' }>): Promise<void> {
  if (!current) throw new Error('no file has been read yet')
  const { sniffed, sheetText } = current
  const started = performance.now()
  const pseudonymise = request.key ? makePseudonymiser(request.key) : undefined
  let batch: ImportRow[] = []
  const source = sheetText === null ? current.file : new Blob([sheetText])
  const result = await readWorkbenchStream(source.stream(), {
    kind: request.kind,
    fileName: sniffed.fileName,
    delimiter: sniffed.delimiter,
    mapping: request.mapping,
    regions: new Map(request.villages.map((village) => [village.kode, { jenis: village.jenis }])),
    villages: request.villages,
    confirmedNames: request.confirmedNames,
    pseudonymise,
    encoding: sniffed.encoding === 'xlsx' ? 'utf-8' : sniffed.encoding,
    totalBytes: source.size,
    onProgress: (progress) => post({ type: 'progress', ...progress }),
    onRows: (rows) => {
      for (const row of rows) batch.push(row)
    },
    // After each piece (and at the end): full batches go out, and the last one once the file is read.
    afterPiece: async () => {
      while (batch.length >= STAGE_CHUNK_ROWS) await sendBatch(batch.splice(0, STAGE_CHUNK_ROWS))
    },
  })
  if (batch.length > 0) await sendBatch(batch)
  batch = []
  lastErrors = result.errors
  const { rows: _kept, ...report } = result
  post({
    type: 'read',
    report: { kind: request.kind, ...report, seconds: (performance.now() - started) / 1000 },
  })
}

async function handle(request: WorkbenchRequest): Promise<void> {
  if (request.type === 'ack') {
    acknowledged?.()
    acknowledged = undefined
    return
  }
  if (request.type === 'sniff') {
    current = await sniff(request.file, request.fileName, request.sheet)
    post({ type: 'sniffed', file: current?.sniffed as SniffedFile })
    return
  }
  if (!current) throw new Error('no file has been read yet')
  if (request.type === 'annotate') {
    // The annotated copy is the whole file again: decoded now, on the planner's request only.
    const text = current.sheetText ?? decodeText(new Uint8Array(await current.file.arrayBuffer())).text
    post({ type: 'annotated', text: annotateCsv(text, current.sniffed.delimiter, lastErrors) })
    return
  }
  await read(request)
}

self.onmessage = (event: MessageEvent<WorkbenchRequest>) => {
  handle(event.data).catch((error: unknown) =>
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  )
}
