import { useCallback } from 'react'
import { changeCombinationRule, fetchProgramPairs } from '../data/planner/combination-rules.ts'
import { fetchDisallowedCombinations } from '../data/planner/disallowed-combinations.ts'
import type { PlannerEngine } from '../data/planner/planner-request.ts'
import type { ProgramCode } from '../data/programs.ts'
import type { CombinationRulesState } from '../panels/planner/combination-rules.tsx'
import { usePlannerQuery } from './use-planner-query.ts'

/**
 * Loads the ten program pairs and the disallowed counts of `tahun` (null: no year with data, counts
 * skipped), and changes a rule, then reloads both (a rule moves households in or out of the counts).
 */
export function useCombinationRules(
  engine: PlannerEngine,
  tahun: number | null,
  generation: number,
  onSessionExpired: () => void,
): {
  state: CombinationRulesState
  change: (programs: readonly [ProgramCode, ProgramCode], diizinkan: boolean, alasan: string) => Promise<void>
} {
  // The local copy holds no aid listings (scripts/data/write-browser-dump.ts): nothing to count there, and
  // a copy saved by an older version may predate the function.
  const counts = tahun === null || engine.kind === 'local' ? null : tahun
  const { state, reload, act } = usePlannerQuery(
    async () => {
      const [pairs, disallowed] = await Promise.all([
        fetchProgramPairs(engine),
        counts === null ? Promise.resolve(null) : fetchDisallowedCombinations(engine, counts),
      ])
      return { pairs, disallowed }
    },
    [engine, tahun, generation],
    onSessionExpired,
    { keepReady: true },
  )

  const change = useCallback(
    async (programs: readonly [ProgramCode, ProgramCode], diizinkan: boolean, alasan: string) => {
      await act(() => changeCombinationRule(engine, programs, diizinkan, alasan))
      reload()
    },
    [engine, act, reload],
  )

  return { state, change }
}
