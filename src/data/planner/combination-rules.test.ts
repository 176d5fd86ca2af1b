import { describe, expect, it } from 'vitest'
import {
  changeCombinationRule,
  changeCombinationRuleRequest,
  combinationRulesRequest,
  fetchProgramPairs,
  programPairs,
} from './combination-rules.ts'
import { makeFakeEngine } from './make-fake-engine.ts'
import { makeRuleRow } from './make-planner-rows.ts'
import { requestSql } from './request-sql.ts'

/** The three rules the migration seeds. */
function makeSeededRules() {
  const at = '2026-12-01T00:00:00.000Z'
  return [
    makeRuleRow(['BLT_DD', 'BPNT'], false, 'BLT-DD bukan untuk BPNT', at),
    makeRuleRow(['BLT_DD', 'PKH'], false, 'BLT-DD bukan untuk PKH', at),
    makeRuleRow(['BPNT', 'PKH'], true, 'saling melengkapi', at),
  ] as const
}

describe('combinationRulesRequest()', () => {
  it('reads every rule ordered by pair', () => {
    expect(requestSql(combinationRulesRequest()).sql).toBe(
      'select program_a, program_b, diizinkan, alasan, diubah_pada from public.kombinasi_program ' +
        'order by program_a asc, program_b asc',
    )
  })
})

describe('programPairs()', () => {
  it('lists the ten pairs of the five programs, each ordered as the table orders it', () => {
    const pairs = programPairs([])
    expect(pairs.map((pair) => pair.programs.join('+'))).toEqual([
      'BPNT+PKH',
      'BLT_DD+PKH',
      'PBI_JKN+PKH',
      'PIP+PKH',
      'BLT_DD+BPNT',
      'BPNT+PBI_JKN',
      'BPNT+PIP',
      'BLT_DD+PBI_JKN',
      'BLT_DD+PIP',
      'PBI_JKN+PIP',
    ])
  })

  it('takes each stored rule and allows a pair that has none', () => {
    const pairs = programPairs([...makeSeededRules()])
    const text = pairs.map((pair) => [pair.programs.join('+'), pair.diizinkan, pair.rule !== null])
    expect(text.filter(([, allowed]) => !allowed)).toEqual([
      ['BLT_DD+PKH', false, true],
      ['BLT_DD+BPNT', false, true],
    ])
    expect(pairs.find((pair) => pair.programs.join('+') === 'PBI_JKN+PIP')).toMatchObject({
      diizinkan: true,
      alasan: '',
      rule: null,
    })
  })
})

describe('fetchProgramPairs()', () => {
  it('rejects a rule naming an unknown program', async () => {
    const [first] = makeSeededRules()
    const { engine } = makeFakeEngine([{ ...first, program_b: 'BANSOS' }])
    await expect(fetchProgramPairs(engine)).rejects.toThrow(/row 1 has an unexpected program_b/)
  })
})

describe('changeCombinationRuleRequest()', () => {
  it('calls ubah_aturan_kombinasi with both programs, the new rule and the trimmed reason', () => {
    expect(changeCombinationRuleRequest(['PBI_JKN', 'PIP'], false, ' dobel ')).toEqual({
      kind: 'rpc',
      fn: 'ubah_aturan_kombinasi',
      args: { p_program_1: 'PBI_JKN', p_program_2: 'PIP', p_diizinkan: false, p_alasan: 'dobel' },
    })
  })

  it.each([
    ['one program twice', ['PKH', 'PKH'], '', /two different programs/],
    ['a reason over 500 characters', ['PKH', 'PIP'], 'x'.repeat(501), /at most 500 characters/],
  ] as const)('refuses %s', (_label, programs, reason, message) => {
    expect(() => changeCombinationRuleRequest(programs, true, reason)).toThrow(message)
  })

  it('returns the rule as stored', async () => {
    const { engine } = makeFakeEngine([{ ...makeSeededRules()[2], diizinkan: false, diubah_oleh: null }])
    expect(await changeCombinationRule(engine, ['PKH', 'BPNT'], false, '')).toMatchObject({
      program_a: 'BPNT',
      program_b: 'PKH',
      diizinkan: false,
    })
  })
})
