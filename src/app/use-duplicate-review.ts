import { useCallback, useEffect, useState } from 'react'
import { decideDuplicate } from '../data/planner/decide-duplicate.ts'
import {
  type DuplicateDecision,
  type DuplicateKind,
  fetchDuplicatePairs,
} from '../data/planner/duplicate-pairs.ts'
import { PlannerDataError, type PlannerEngine } from '../data/planner/planner-request.ts'
import type { DuplicateReviewState } from '../panels/planner/duplicate-review.tsx'

/** The message of a failed request; an expired session also goes to `onSessionExpired`. */
export function failureMessage(error: unknown, onSessionExpired: () => void): string {
  if (error instanceof PlannerDataError && error.reason === 'session-expired') onSessionExpired()
  return error instanceof Error ? error.message : String(error)
}

/**
 * Loads the suspected duplicate pairs of `tahun` (null: nothing to load yet) and `jenis`, and stores a
 * decision: the saved decision replaces the row's, so the list does not reload (detection is the slow
 * part). `generation` reloads after the local database was reset or imported.
 */
export function useDuplicateReview(
  engine: PlannerEngine,
  tahun: number | null,
  jenis: DuplicateKind | null,
  generation: number,
  onSessionExpired: () => void,
): {
  state: DuplicateReviewState
  decide: (kunci: string, keputusan: DuplicateDecision, catatan: string) => Promise<void>
} {
  const [state, setState] = useState<DuplicateReviewState>({ status: 'loading' })

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation is a reload trigger.
  useEffect(() => {
    if (tahun === null) return
    let isCurrent = true
    setState({ status: 'loading' })
    fetchDuplicatePairs(engine, tahun, jenis).then(
      (pairs) => isCurrent && setState({ status: 'ready', pairs }),
      (error: unknown) =>
        isCurrent && setState({ status: 'error', message: failureMessage(error, onSessionExpired) }),
    )
    return () => {
      isCurrent = false
    }
  }, [engine, tahun, jenis, generation, onSessionExpired])

  const decide = useCallback(
    async (kunci: string, keputusan: DuplicateDecision, catatan: string) => {
      let saved: Awaited<ReturnType<typeof decideDuplicate>>
      try {
        saved = await decideDuplicate(engine, kunci, keputusan, catatan)
      } catch (error) {
        throw new Error(failureMessage(error, onSessionExpired))
      }
      setState((previous) =>
        previous.status !== 'ready'
          ? previous
          : {
              status: 'ready',
              pairs: previous.pairs.map((pair) =>
                pair.kunci === kunci
                  ? {
                      ...pair,
                      keputusan: saved.keputusan,
                      catatan: saved.catatan,
                      diputuskan_pada: saved.diputuskan_pada,
                    }
                  : pair,
              ),
            },
      )
    },
    [engine, onSessionExpired],
  )

  return { state, decide }
}
