import { useEffect, useState } from 'react'
import { type Snapshot, SnapshotError } from '../data/snapshot.ts'

/** The loading state of the published snapshot. */
export type SnapshotState =
  | { status: 'loading' }
  | { status: 'ready'; snapshot: Snapshot }
  | { status: 'error'; kind: 'missing' | 'invalid'; message: string }

/** Follows the snapshot's loading, started before React mounted (`first-view.ts`). */
export function useSnapshot(loading: Promise<Snapshot>): SnapshotState {
  const [state, setState] = useState<SnapshotState>({ status: 'loading' })
  useEffect(() => {
    let isCurrent = true
    loading.then(
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
  }, [loading])
  return state
}
