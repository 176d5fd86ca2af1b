import { z } from 'zod/mini'
import { PROGRAM_CODES, type ProgramCode } from '../programs.ts'
import { parseRows } from './parse-rows.ts'
import {
  PlannerDataError,
  type PlannerEngine,
  type RpcRequest,
  rpcRequest,
  type SelectRequest,
} from './planner-request.ts'
import { boundedText, runWrite } from './rpc-write.ts'

/** Longest reason the rule editor accepts (a sentence or two; the table itself sets no limit). */
export const MAX_RULE_REASON_LENGTH = 500

const ruleSchema = z.object({
  program_a: z.enum(PROGRAM_CODES),
  program_b: z.enum(PROGRAM_CODES),
  diizinkan: z.boolean(),
  alasan: z.string(),
  diubah_pada: z.string().check(z.minLength(1)),
})

/** A stored rule of `public.kombinasi_program`: `program_a < program_b` (as text), whether allowed and why. */
export type CombinationRuleRow = z.infer<typeof ruleSchema>

/** One unordered pair of programs and its rule; `rule` null: no row, so the pair is allowed. */
export interface ProgramPair {
  /** The two programs, ordered as the table orders them (`program_a < program_b`). */
  programs: readonly [ProgramCode, ProgramCode]
  diizinkan: boolean
  alasan: string
  rule: CombinationRuleRow | null
}

const RULE_COLUMNS = ['program_a', 'program_b', 'diizinkan', 'alasan', 'diubah_pada'] as const

/** The request: every combination rule, by pair. */
export function combinationRulesRequest(): SelectRequest {
  return {
    kind: 'select',
    from: 'kombinasi_program',
    columns: RULE_COLUMNS,
    filters: [],
    order: [
      { column: 'program_a', ascending: true },
      { column: 'program_b', ascending: true },
    ],
  }
}

/**
 * Every unordered pair of the five programs (ten), in the dictionary's order, each with its rule; a pair
 * without a row is allowed (the table's convention), with an empty reason.
 */
export function programPairs(rules: readonly CombinationRuleRow[]): ProgramPair[] {
  const byPair = new Map(rules.map((rule) => [`${rule.program_a}+${rule.program_b}`, rule]))
  const pairs: ProgramPair[] = []
  PROGRAM_CODES.forEach((first, index) => {
    for (const second of PROGRAM_CODES.slice(index + 1)) {
      const programs: [ProgramCode, ProgramCode] = first < second ? [first, second] : [second, first]
      const rule = byPair.get(programs.join('+')) ?? null
      pairs.push({ programs, diizinkan: rule?.diizinkan ?? true, alasan: rule?.alasan ?? '', rule })
    }
  })
  return pairs
}

/** The ten program pairs with their rules. */
export async function fetchProgramPairs(engine: PlannerEngine): Promise<ProgramPair[]> {
  return programPairs(parseRows('kombinasi_program', ruleSchema, await engine.run(combinationRulesRequest())))
}

/** The request: `public.ubah_aturan_kombinasi(p_program_1, p_program_2, p_diizinkan, p_alasan)`. */
export function changeCombinationRuleRequest(
  programs: readonly [ProgramCode, ProgramCode],
  diizinkan: boolean,
  alasan: string,
): RpcRequest {
  if (programs[0] === programs[1]) {
    throw new PlannerDataError('invalid', `a rule needs two different programs, got ${programs[0]} twice`)
  }
  return rpcRequest('ubah_aturan_kombinasi', {
    p_program_1: programs[0],
    p_program_2: programs[1],
    p_diizinkan: diizinkan,
    p_alasan: boundedText('alasan', alasan, MAX_RULE_REASON_LENGTH),
  })
}

/** Sets whether one household may receive both programs, and why; returns the rule as stored. */
export async function changeCombinationRule(
  engine: PlannerEngine,
  programs: readonly [ProgramCode, ProgramCode],
  diizinkan: boolean,
  alasan: string,
): Promise<CombinationRuleRow> {
  return runWrite(engine, changeCombinationRuleRequest(programs, diizinkan, alasan), ruleSchema)
}
