/**
 * The import workbench's Web Worker: decodes the file (CSV in any encoding, or one XLSX sheet), sniffs its
 * header, then reads and checks it through the planner's mapping with progress, pseudonymising NIK/KK
 * here, so no raw identity number leaves this worker. The screen cancels by terminating it.
 */
import { makePseudonymiser } from '../pseudonymise.ts'
import { annotateCsv } from './annotate-file.ts'
import { decodeText } from './decode-text.ts'
import { readWorkbenchText, sniffHeader } from './read-workbench-file.ts'
import { sheetToCsv } from './sheet-to-csv.ts'
import type { SniffedFile, WorkbenchReply, WorkbenchRequest } from './workbench-protocol.ts'

let text = ''
let sniffed: SniffedFile | undefined
let lastErrors: Parameters<typeof annotateCsv>[2] = []

const post = (reply: WorkbenchReply): void => self.postMessage(reply)

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

const isXlsx = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b // "PK": a zip

async function sniff(file: Blob, fileName: string, sheet?: string): Promise<SniffedFile> {
  const buffer = await file.arrayBuffer()
  const bytes = new Uint8Array(buffer)
  const sha256 = hex(await crypto.subtle.digest('SHA-256', buffer))
  let sheets: string[] | null = null
  let chosen: string | null = null
  let encoding: SniffedFile['encoding']
  let hasBom = false
  if (isXlsx(bytes)) {
    const { default: ExcelJS } = await import('exceljs')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(buffer)
    sheets = workbook.worksheets.map((worksheet) => worksheet.name)
    const worksheet = workbook.worksheets.find((item) => item.name === sheet) ?? workbook.worksheets[0]
    if (!worksheet)
      throw new Error(`${fileName}: file XLSX tanpa lembar kerja. / the XLSX file has no worksheet.`)
    chosen = worksheet.name
    text = sheetToCsv(worksheet)
    encoding = 'xlsx'
  } else {
    const decoded = decodeText(bytes)
    text = decoded.text
    encoding = decoded.encoding
    hasBom = decoded.hasBom
  }
  const header = sniffHeader(text)
  return { fileName, sha256, bytes: bytes.length, encoding, hasBom, sheets, sheet: chosen, ...header }
}

async function handle(request: WorkbenchRequest): Promise<void> {
  if (request.type === 'sniff') {
    sniffed = await sniff(request.file, request.fileName, request.sheet)
    post({ type: 'sniffed', file: sniffed })
    return
  }
  if (!sniffed) throw new Error('no file has been read yet')
  if (request.type === 'annotate') {
    post({ type: 'annotated', text: annotateCsv(text, sniffed.delimiter, lastErrors) })
    return
  }
  const started = performance.now()
  const pseudonymise = request.key ? makePseudonymiser(request.key) : undefined
  const result = readWorkbenchText(text, {
    kind: request.kind,
    fileName: sniffed.fileName,
    delimiter: sniffed.delimiter,
    mapping: request.mapping,
    regions: new Map(request.villages.map((village) => [village.kode, { jenis: village.jenis }])),
    villages: request.villages,
    confirmedNames: request.confirmedNames,
    pseudonymise,
    onProgress: (progress) => post({ type: 'progress', ...progress }),
  })
  lastErrors = result.errors
  post({
    type: 'read',
    report: {
      kind: request.kind,
      ...result,
      seconds: (performance.now() - started) / 1000,
    },
  })
}

self.onmessage = (event: MessageEvent<WorkbenchRequest>) => {
  handle(event.data).catch((error: unknown) =>
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  )
}
