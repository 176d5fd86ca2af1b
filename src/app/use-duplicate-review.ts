import { useCallback } from 'react'
import { decideDuplicate } from '../data/planner/decide-duplicate.ts'
import {
  type DuplicateDecision,
  type DuplicateKind,
  fetchDuplicatePairs,
} from '../data/planner/duplicate-pairs.ts'
import type { PlannerEngine } from '../data/planner/planner-request.ts'
import type { DuplicateReviewState } from '../panels/planner/duplicate-review.tsx'
import { usePlannerQuery } from './use-planner-query.ts'

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
  const { state, setState, act } = usePlannerQuery(
    tahun === null ? null : async () => ({ pairs: await fetchDuplicatePairs(engine, tahun, jenis) }),
    [engine, tahun, jenis, generation],
    onSessionExpired,
    { keepReady: false },
  )

  const decide = useCallback(
    async (kunci: string, keputusan: DuplicateDecision, catatan: string) => {
      const saved = await act(() => decideDuplicate(engine, kunci, keputusan, catatan))
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
    [engine, act, setState],
  )

  return { state, decide }
}
