/**
 * A promise-shaped client of the workbench's Web Worker: one request at a time, progress through a
 * callback, and `cancel()`, which terminates the worker (the file's text goes with it) and starts a new one.
 */
import type { ImportRow } from '../import/validate-rows.ts'
import type {
  SniffedFile,
  WorkbenchReply,
  WorkbenchReport,
  WorkbenchRequest,
} from '../import/workbench/workbench-protocol.ts'

type Progress = Extract<WorkbenchReply, { type: 'progress' }>

/** Thrown by a request that `cancel()` stopped. */
export class WorkbenchCancelled extends Error {
  constructor() {
    super('cancelled')
    this.name = 'WorkbenchCancelled'
  }
}

/** The client; `dispose()` when the screen closes. */
export interface WorkbenchWorker {
  /** Sniffs the file in one pass over its bytes; `onProgress` counts the bytes read. */
  sniff(
    file: Blob,
    fileName: string,
    sheet?: string,
    onProgress?: (p: Progress) => void,
  ): Promise<SniffedFile>
  /** Reads and checks the file; `onRows` gets each batch of checked rows and the worker waits for it. */
  read(
    request: Omit<Extract<WorkbenchRequest, { type: 'read' }>, 'type'>,
    onProgress: (p: Progress) => void,
    onRows: (rows: ImportRow[]) => Promise<void>,
  ): Promise<WorkbenchReport>
  annotate(): Promise<string>
  cancel(): void
  dispose(): void
}

const spawn = (): Worker =>
  new Worker(new URL('../import/workbench/workbench-worker.ts', import.meta.url), { type: 'module' })

/** Starts the worker. */
export function createWorkbenchWorker(): WorkbenchWorker {
  let worker = spawn()
  let pending: { reject: (error: Error) => void } | null = null

  function call<T>(
    request: WorkbenchRequest,
    pick: (reply: WorkbenchReply) => T | undefined,
    onProgress?: (p: Progress) => void,
    onRows?: (rows: ImportRow[]) => Promise<void>,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      pending = { reject }
      const current = worker
      worker.onmessage = (event: MessageEvent<WorkbenchReply>) => {
        const reply = event.data
        if (reply.type === 'progress') return onProgress?.(reply)
        if (reply.type === 'rows') {
          // The worker reads on once the batch is staged; a failed staging ends the read.
          const staged = onRows ? onRows(reply.rows) : Promise.reject(new Error('rows without a receiver'))
          staged.then(
            () => current.postMessage({ type: 'ack' } satisfies WorkbenchRequest),
            (error: unknown) => {
              if (pending?.reject !== reject) return
              pending = null
              current.terminate()
              worker = spawn()
              reject(error instanceof Error ? error : new Error(String(error)))
            },
          )
          return
        }
        pending = null
        if (reply.type === 'error') return reject(new Error(reply.message))
        const value = pick(reply)
        if (value === undefined) reject(new Error(`workbench worker: unexpected reply ${reply.type}`))
        else resolve(value)
      }
      worker.onerror = (event) => {
        pending = null
        reject(new Error(event.message || 'workbench worker failed'))
      }
      worker.postMessage(request)
    })
  }

  return {
    sniff: (file, fileName, sheet, onProgress) =>
      call(
        { type: 'sniff', file, fileName, sheet },
        (reply) => (reply.type === 'sniffed' ? reply.file : undefined),
        onProgress,
      ),
    read: (request, onProgress, onRows) =>
      call(
        { type: 'read', ...request },
        (reply) => (reply.type === 'read' ? reply.report : undefined),
        onProgress,
        onRows,
      ),
    annotate: () =>
      call({ type: 'annotate' }, (reply) => (reply.type === 'annotated' ? reply.text : undefined)),
    cancel() {
      worker.terminate()
      pending?.reject(new WorkbenchCancelled())
      pending = null
      worker = spawn()
    },
    dispose() {
      worker.terminate()
    },
  }
}
