import { describe, expect, it } from 'vitest'
import type { IndicatorValue } from '../data/indicators.ts'
import { getRankOrder, type Rank, type RankOrder, rankAreas } from './rank.ts'

/** Values by code: a number is present, a status string stands for a value without a number. */
function makeValues(entries: Record<string, number | 'ditahan' | 'tidak_ada' | 'tidak_berlaku'>) {
  return (kode: string): IndicatorValue | undefined => {
    const entry = entries[kode]
    if (entry === undefined) return undefined
    return typeof entry === 'number' ? { nilai: entry, status: 'ada' } : { nilai: null, status: entry }
  }
}

function places(ranks: Map<string, Rank>): Record<string, number | string> {
  return Object.fromEntries(
    [...ranks].map(([kode, rank]) => [kode, rank.kind === 'ranked' ? rank.rank : rank.reason]),
  )
}

describe('rankAreas()', () => {
  it.each<{
    name: string
    values: Record<string, number | 'ditahan' | 'tidak_ada' | 'tidak_berlaku'>
    codes: string[]
    order: RankOrder
    expected: Record<string, number | string>
  }>([
    {
      name: 'gives place 1 to the highest value when highest-first',
      values: { a: 10, b: 30, c: 20 },
      codes: ['a', 'b', 'c'],
      order: 'highest-first',
      expected: { a: 3, b: 1, c: 2 },
    },
    {
      name: 'gives place 1 to the lowest value when lowest-first',
      values: { a: 10, b: 30, c: 20 },
      codes: ['a', 'b', 'c'],
      order: 'lowest-first',
      expected: { a: 1, b: 3, c: 2 },
    },
    {
      name: 'lets ties share the best place and skips the next (1, 2, 2, 4)',
      values: { a: 9, b: 5, c: 5, d: 1 },
      codes: ['a', 'b', 'c', 'd'],
      order: 'highest-first',
      expected: { a: 1, b: 2, c: 2, d: 4 },
    },
    {
      name: 'does not rank withheld, missing and not-applicable values, naming the reason',
      values: { a: 3, b: 'ditahan', c: 'tidak_berlaku', d: 7 },
      codes: ['a', 'b', 'c', 'd', 'e'],
      order: 'highest-first',
      expected: { a: 2, b: 'ditahan', c: 'tidak_berlaku', d: 1, e: 'tidak_ada' },
    },
    {
      name: 'ranks nobody when every value is missing',
      values: { a: 'tidak_ada', b: 'ditahan' },
      codes: ['a', 'b'],
      order: 'highest-first',
      expected: { a: 'tidak_ada', b: 'ditahan' },
    },
    {
      name: 'gives one value place 1',
      values: { a: 0 },
      codes: ['a'],
      order: 'lowest-first',
      expected: { a: 1 },
    },
    {
      name: 'ranks nothing for no areas',
      values: {},
      codes: [],
      order: 'highest-first',
      expected: {},
    },
  ])('$name', ({ values, codes, order, expected }) => {
    expect(places(rankAreas(codes, makeValues(values), order))).toEqual(expected)
  })

  it('counts ranked and compared areas and flags ties', () => {
    const ranks = rankAreas(
      ['a', 'b', 'c', 'd'],
      makeValues({ a: 2, b: 2, c: 1, d: 'ditahan' }),
      'highest-first',
    )
    expect(ranks.get('a')).toEqual({ kind: 'ranked', rank: 1, rankedCount: 3, total: 4, isTied: true })
    expect(ranks.get('c')).toEqual({ kind: 'ranked', rank: 3, rankedCount: 3, total: 4, isTied: false })
    expect(ranks.get('d')).toEqual({ kind: 'not-ranked', reason: 'ditahan', total: 4 })
  })
})

describe('getRankOrder()', () => {
  it.each([
    { direction: 'higher-is-worse', expected: 'highest-first' },
    { direction: 'higher-is-better', expected: 'lowest-first' },
    { direction: 'neutral', expected: 'highest-first' },
  ] as const)('puts the most in need first for $direction', ({ direction, expected }) => {
    expect(getRankOrder(direction)).toBe(expected)
  })
})
