import { useCallback, useEffect, useRef, useState } from 'react'
import { config } from '../config.ts'
import { type BrowserDumpInfo, fetchBrowserDumpInfo, localDataUrl } from '../data/local/browser-dump-info.ts'
import type { LocalDatabase } from '../data/local/local-database.ts'
import type { OpenReport, OpenSource } from '../data/local/worker-protocol.ts'

/** The local-mode database as the planner screen sees it. */
export type LocalDatabaseState =
  | { status: 'starting' }
  | { status: 'ready'; database: LocalDatabase; report: OpenReport; info: BrowserDumpInfo }
  | { status: 'error'; message: string }

/** The local database and the banner's actions. */
export interface LocalDatabaseHandle {
  state: LocalDatabaseState
  /** Bumped after every (re)open, so views reload their data. */
  generation: number
  reset(): Promise<void>
  importFile(file: Blob): Promise<void>
  exportFile(): Promise<Blob>
  retry(): void
}

/**
 * Starts the local-mode database worker when the planner screen mounts (the engine's code is imported
 * here, lazily, never by a public screen) and opens the saved copy, or the demo dump on a first visit.
 * Marks `ppd-local-ready` (performance timeline) for the benchmark.
 */
export function useLocalDatabase(): LocalDatabaseHandle {
  const [state, setState] = useState<LocalDatabaseState>({ status: 'starting' })
  const [generation, setGeneration] = useState(0)
  const [attempt, setAttempt] = useState(0)
  const databaseRef = useRef<LocalDatabase | null>(null)
  const baseUrl = localDataUrl(config.basePath)
  const dumpUrl = `${baseUrl}planner-demo.tar.gz`

  const openFrom = useCallback(
    async (database: LocalDatabase, source: OpenSource) => {
      const [report, info] = await Promise.all([database.open(source), fetchBrowserDumpInfo(baseUrl)])
      performance.mark('ppd-local-ready', { detail: report })
      setState({ status: 'ready', database, report, info })
      setGeneration((value) => value + 1)
    },
    [baseUrl],
  )

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    let isCurrent = true
    let database: LocalDatabase | null = null
    setState({ status: 'starting' })
    import('../data/local/start-local-database.ts')
      .then(({ startLocalDatabase }) => {
        database = startLocalDatabase()
        databaseRef.current = database
        return isCurrent ? openFrom(database, { kind: 'saved-or-demo', dumpUrl }) : undefined
      })
      .catch((error: unknown) => {
        if (isCurrent) setState({ status: 'error', message: (error as Error).message ?? String(error) })
      })
    return () => {
      isCurrent = false
      database?.close()
      databaseRef.current = null
    }
  }, [dumpUrl, openFrom, attempt])

  const reopen = useCallback(
    async (source: OpenSource) => {
      const database = databaseRef.current
      if (!database) return
      setState({ status: 'starting' })
      try {
        await openFrom(database, source)
      } catch (error) {
        setState({ status: 'error', message: (error as Error).message })
      }
    },
    [openFrom],
  )

  return {
    state,
    generation,
    reset: () => reopen({ kind: 'demo', dumpUrl }),
    importFile: (file) => reopen({ kind: 'file', file }),
    exportFile: async () => {
      if (!databaseRef.current) throw new Error('the local database is not open')
      return databaseRef.current.exportFile()
    },
    retry: () => setAttempt((value) => value + 1),
  }
}
