import { useEffect, useState } from 'react'
import { config } from '../config.ts'
import { fetchSnapshot, type Snapshot, SnapshotError } from '../data/snapshot.ts'

/** The loading state of the published snapshot. */
export type SnapshotState =
  | { status: 'loading' }
  | { status: 'ready'; snapshot: Snapshot }
  | { status: 'error'; kind: 'missing' | 'invalid'; message: string }

/** Loads the snapshot once. */
export function useSnapshot(): SnapshotState {
  const [state, setState] = useState<SnapshotState>({ status: 'loading' })
  useEffect(() => {
    let isCurrent = true
    fetchSnapshot(config.dataBaseUrl).then(
      (snapshot) => isCurrent && setState({ status: 'ready', snapshot }),
      (error: unknown) => {
        if (!isCurrent) return
        const kind = error instanceof SnapshotError ? error.kind : 'invalid'
        setState({ status: 'error', kind, message: error instanceof Error ? error.message : String(error) })
      },
    )
    return () => {
      isCurrent = false
    }
  }, [])
  return state
}
