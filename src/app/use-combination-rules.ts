import { useCallback, useEffect, useState } from 'react'
import { changeCombinationRule, fetchProgramPairs } from '../data/planner/combination-rules.ts'
import { fetchDisallowedCombinations } from '../data/planner/disallowed-combinations.ts'
import type { PlannerEngine } from '../data/planner/planner-request.ts'
import type { ProgramCode } from '../data/programs.ts'
import type { CombinationRulesState } from '../panels/planner/combination-rules.tsx'
import { failureMessage } from './use-duplicate-review.ts'

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
  const [state, setState] = useState<CombinationRulesState>({ status: 'loading' })
  const [version, setVersion] = useState(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation and version are reload triggers.
  useEffect(() => {
    let isCurrent = true
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }))
    // The local copy holds no aid listings (scripts/data/write-browser-dump.ts): nothing to count there, and
    // a copy saved by an older version may predate the function.
    const counts = tahun === null || engine.kind === 'local' ? null : tahun
    Promise.all([
      fetchProgramPairs(engine),
      counts === null ? Promise.resolve(null) : fetchDisallowedCombinations(engine, counts),
    ]).then(
      ([pairs, disallowed]) => isCurrent && setState({ status: 'ready', pairs, disallowed }),
      (error: unknown) =>
        isCurrent && setState({ status: 'error', message: failureMessage(error, onSessionExpired) }),
    )
    return () => {
      isCurrent = false
    }
  }, [engine, tahun, generation, version, onSessionExpired])

  const change = useCallback(
    async (programs: readonly [ProgramCode, ProgramCode], diizinkan: boolean, alasan: string) => {
      try {
        await changeCombinationRule(engine, programs, diizinkan, alasan)
      } catch (error) {
        throw new Error(failureMessage(error, onSessionExpired))
      }
      setVersion((value) => value + 1)
    },
    [engine, onSessionExpired],
  )

  return { state, change }
}
