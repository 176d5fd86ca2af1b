import { useCallback } from 'react'
import { addVillageFollowUp, type NewFollowUp } from '../data/planner/add-village-follow-up.ts'
import type { FollowUp } from '../data/planner/follow-up.ts'
import type { PlannerEngine } from '../data/planner/planner-request.ts'
import {
  fetchPublishedVillageFigures,
  type PublishedFigure,
} from '../data/planner/published-village-figures.ts'
import { fetchVillageFollowUps } from '../data/planner/village-follow-ups.ts'
import {
  fetchVillageHouseholdCounts,
  type VillageHouseholdCounts,
} from '../data/planner/village-household-counts.ts'
import { usePlannerQuery } from './use-planner-query.ts'

/** What the planner screen shows of one village. */
export type VillageRecordsState =
  | { status: 'loading' }
  | {
      status: 'ready'
      counts: VillageHouseholdCounts[]
      followUps: FollowUp[]
      /** Published figures by year (from `published`), or null when the snapshot has none. */
      published: Map<number, Map<string, PublishedFigure>> | null
    }
  | { status: 'error'; message: string }

/**
 * Loads a village's household counts and follow-up log through the data layer (whichever engine), the
 * published figures to compare them with from `published` (the snapshot engine), and saves a new
 * follow-up then reloads the log. An expired session is passed to `onSessionExpired`.
 */
export function useVillageRecords(
  engine: PlannerEngine,
  published: PlannerEngine,
  kodeDesa: string,
  generation: number,
  onSessionExpired: () => void,
): { state: VillageRecordsState; save: (followUp: Omit<NewFollowUp, 'kode_desa'>) => Promise<void> } {
  const { state, reload, act } = usePlannerQuery(
    async () => {
      const [counts, followUps, figures] = await Promise.all([
        fetchVillageHouseholdCounts(engine, kodeDesa),
        fetchVillageFollowUps(engine, kodeDesa),
        // A snapshot without figures (--no-demo) only hides the comparison.
        fetchPublishedVillageFigures(published, kodeDesa).catch(() => null),
      ])
      return { counts, followUps, published: figures }
    },
    [engine, published, kodeDesa, generation],
    onSessionExpired,
    { keepReady: true },
  )

  const save = useCallback(
    async (followUp: Omit<NewFollowUp, 'kode_desa'>) => {
      await act(() => addVillageFollowUp(engine, { ...followUp, kode_desa: kodeDesa }))
      reload()
    },
    [engine, kodeDesa, act, reload],
  )

  return { state, save }
}
