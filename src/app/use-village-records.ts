import { useCallback, useEffect, useState } from 'react'
import { addVillageFollowUp, type NewFollowUp } from '../data/planner/add-village-follow-up.ts'
import type { FollowUp } from '../data/planner/follow-up.ts'
import { PlannerDataError, type PlannerEngine } from '../data/planner/planner-request.ts'
import {
  fetchPublishedVillageFigures,
  type PublishedFigure,
} from '../data/planner/published-village-figures.ts'
import { fetchVillageFollowUps } from '../data/planner/village-follow-ups.ts'
import {
  fetchVillageHouseholdCounts,
  type VillageHouseholdCounts,
} from '../data/planner/village-household-counts.ts'

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
  const [state, setState] = useState<VillageRecordsState>({ status: 'loading' })
  const [version, setVersion] = useState(0)

  const fail = useCallback(
    (error: unknown): string => {
      if (error instanceof PlannerDataError && error.reason === 'session-expired') onSessionExpired()
      return error instanceof Error ? error.message : String(error)
    },
    [onSessionExpired],
  )

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation and version are reload triggers.
  useEffect(() => {
    let isCurrent = true
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }))
    Promise.all([
      fetchVillageHouseholdCounts(engine, kodeDesa),
      fetchVillageFollowUps(engine, kodeDesa),
      // A snapshot without figures (--no-demo) only hides the comparison.
      fetchPublishedVillageFigures(published, kodeDesa).catch(() => null),
    ]).then(
      ([counts, followUps, figures]) =>
        isCurrent && setState({ status: 'ready', counts, followUps, published: figures }),
      (error: unknown) => isCurrent && setState({ status: 'error', message: fail(error) }),
    )
    return () => {
      isCurrent = false
    }
  }, [engine, published, kodeDesa, generation, version, fail])

  const save = useCallback(
    async (followUp: Omit<NewFollowUp, 'kode_desa'>) => {
      try {
        await addVillageFollowUp(engine, { ...followUp, kode_desa: kodeDesa })
      } catch (error) {
        throw new Error(fail(error))
      }
      setVersion((value) => value + 1)
    },
    [engine, kodeDesa, fail],
  )

  return { state, save }
}
