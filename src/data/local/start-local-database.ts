import { createLocalDatabase, type LocalDatabase } from './local-database.ts'
import type { OpenExpectations } from './worker-protocol.ts'

/**
 * Starts the local-mode database worker. Imported only by the planner workspace (lazily), so the
 * worker, PGlite and PostGIS are never part of a public screen's download.
 */
export function startLocalDatabase(expect: OpenExpectations): LocalDatabase {
  return createLocalDatabase(
    () =>
      new Worker(new URL('./local-worker.ts', import.meta.url), {
        type: 'module',
        name: 'ppd-local-database',
      }),
    expect,
  )
}
