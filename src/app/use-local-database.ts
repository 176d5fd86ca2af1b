import { useCallback, useEffect, useRef, useState } from 'react'
import { config } from '../config.ts'
import { type BrowserDumpInfo, fetchBrowserDumpInfo, localDataUrl } from '../data/local/browser-dump-info.ts'
import type { LocalDatabase } from '../data/local/local-database.ts'
import { LocalDatabaseError } from '../data/local/local-error.ts'
import type { OpenProgress, OpenReport, OpenSource } from '../data/local/worker-protocol.ts'

/** Why the last action on the database failed, for the banner (the database itself is open). */
export type LocalNotice = LocalDatabaseError | Error

/** The local-mode database as the planner screen sees it. */
export type LocalDatabaseState =
  | { status: 'starting'; progress: OpenProgress | null }
  | {
      status: 'ready'
      database: LocalDatabase
      report: OpenReport
      info: BrowserDumpInfo
      /** A reset or import that failed; the saved copy was kept and is what is open. */
      notice: LocalNotice | null
    }
  | { status: 'error'; error: LocalNotice }

/** The local database and the banner's actions. */
export interface LocalDatabaseHandle {
  state: LocalDatabaseState
  /** Bumped after every (re)open, so views reload their data. */
  generation: number
  reset(): Promise<void>
  importFile(file: File): Promise<void>
  exportFile(): Promise<Blob>
  backupFile(): Promise<Blob | null>
  retry(): void
}

/** An open source without the demo dump's details, which come from its info file. */
type OpenKind = { kind: 'saved-or-demo' | 'demo' } | { kind: 'file'; file: Blob; name: string }

function sourceOf(kind: OpenKind, baseUrl: string, info: BrowserDumpInfo): OpenSource {
  if (kind.kind === 'file') return kind
  const dump = {
    url: `${baseUrl}${info.file}?sha256=${info.sha256}`,
    bytes: info.bytes,
    afterLoad: info.deferred_indexes,
  }
  return { kind: kind.kind, dump }
}

/**
 * Installs the planner's service worker (public/planner-sw.js) and hands it the files this page loaded
 * before it existed, so the next visit to /perencana also works offline. Local mode only.
 */
async function keepOffline(): Promise<void> {
  if (!('serviceWorker' in navigator)) return
  try {
    await navigator.serviceWorker.register(`${config.basePath}planner-sw.js`, { scope: config.basePath })
    const registration = await navigator.serviceWorker.ready
    const urls = [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)]
    registration.active?.postMessage({ type: 'cache', urls })
  } catch {
    // Without a service worker the planner still works online; only the offline visit is lost.
  }
}

const asError = (error: unknown): LocalNotice => (error instanceof Error ? error : new Error(String(error)))

/**
 * Starts the local-mode database worker when the planner screen mounts (the engine's code is imported
 * here, lazily, never by a public screen) and opens the saved copy, or the demo dump on a first visit.
 * A reset or an import that fails re-opens the saved copy and reports why. Marks `ppd-local-ready`
 * (performance timeline) for the benchmark.
 */
export function useLocalDatabase(regionKode: string): LocalDatabaseHandle {
  const [state, setState] = useState<LocalDatabaseState>({ status: 'starting', progress: null })
  const [generation, setGeneration] = useState(0)
  const [attempt, setAttempt] = useState(0)
  const databaseRef = useRef<LocalDatabase | null>(null)
  const baseUrl = localDataUrl(config.basePath)

  const openFrom = useCallback(
    async (database: LocalDatabase, kind: OpenKind, notice: LocalNotice | null = null) => {
      const onProgress = (progress: OpenProgress) => setState({ status: 'starting', progress })
      const info = await fetchBrowserDumpInfo(baseUrl)
      const report = await database.open(sourceOf(kind, baseUrl, info), onProgress)
      performance.mark('ppd-local-ready', { detail: report })
      setState({ status: 'ready', database, report, info, notice })
      setGeneration((value) => value + 1)
      // Ask the browser not to evict the saved copy under storage pressure (a no-op where refused).
      void navigator.storage?.persist?.().catch(() => undefined)
      void keepOffline()
    },
    [baseUrl],
  )

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    let isCurrent = true
    let database: LocalDatabase | null = null
    setState({ status: 'starting', progress: null })
    import('../data/local/start-local-database.ts')
      .then(({ startLocalDatabase }) => {
        database = startLocalDatabase({ regionKode })
        databaseRef.current = database
        return isCurrent ? openFrom(database, { kind: 'saved-or-demo' }) : undefined
      })
      .catch((error: unknown) => {
        if (isCurrent) setState({ status: 'error', error: asError(error) })
      })
    return () => {
      isCurrent = false
      database?.close()
      databaseRef.current = null
    }
  }, [openFrom, attempt, regionKode])

  const replaceWith = useCallback(
    async (kind: OpenKind) => {
      const database = databaseRef.current
      if (!database) return
      setState({ status: 'starting', progress: null })
      try {
        await openFrom(database, kind)
      } catch (error) {
        // The saved copy was not touched: open it again and say why the replacement was refused.
        try {
          await openFrom(database, { kind: 'saved-or-demo' }, asError(error))
        } catch (reopenError) {
          setState({ status: 'error', error: asError(reopenError) })
        }
      }
    },
    [openFrom],
  )

  return {
    state,
    generation,
    reset: () => replaceWith({ kind: 'demo' }),
    importFile: (file) => replaceWith({ kind: 'file', file, name: file.name }),
    exportFile: async () => {
      if (!databaseRef.current) throw new Error('the local database is not open')
      return databaseRef.current.exportFile()
    },
    backupFile: async () => databaseRef.current?.backupFile() ?? null,
    retry: () => setAttempt((value) => value + 1),
  }
}

/** Whether `error` is a local-mode failure with a sentence of its own in the i18n files. */
export function isLocalError(error: LocalNotice): error is LocalDatabaseError {
  return error instanceof LocalDatabaseError
}
