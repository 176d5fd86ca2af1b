import { describe, expect, it } from 'vitest'
import type { IndicatorValue } from '../data/indicators.ts'
import {
  classifyChange,
  combineChange,
  countClassesBelowZero,
  deriveChangeClasses,
  getChangeUnit,
  getClassesPerSide,
} from './change-classes.ts'
import { getDivergingColors } from './palettes.ts'

const ada = (nilai: number): IndicatorValue => ({ nilai, status: 'ada' })
const withheld: IndicatorValue = { nilai: null, status: 'ditahan' }
const noData: IndicatorValue = { nilai: null, status: 'tidak_ada' }
const notApplicable: IndicatorValue = { nilai: null, status: 'tidak_berlaku' }

describe('combineChange()', () => {
  it.each<{
    name: string
    from: IndicatorValue | undefined
    to: IndicatorValue | undefined
    expected: IndicatorValue
  }>([
    { name: 'two values into their difference', from: ada(12.5), to: ada(10), expected: ada(-2.5) },
    { name: 'withheld in the first year into withheld', from: withheld, to: ada(3), expected: withheld },
    { name: 'withheld in the second year into withheld', from: ada(3), to: withheld, expected: withheld },
    { name: 'withheld next to no data into withheld', from: noData, to: withheld, expected: withheld },
    { name: 'no data in one year into no data', from: noData, to: ada(3), expected: noData },
    { name: 'a missing row into no data', from: undefined, to: ada(3), expected: noData },
    {
      name: 'does not apply in both years into does not apply',
      from: notApplicable,
      to: notApplicable,
      expected: notApplicable,
    },
    {
      name: 'does not apply in one year only into no data',
      from: notApplicable,
      to: ada(1),
      expected: noData,
    },
  ])('turns $name', ({ from, to, expected }) => {
    expect(combineChange(from, to)).toEqual(expected)
  })
})

describe('getChangeUnit()', () => {
  it.each([
    { kind: 'percent', expected: 'percentage-points' },
    { kind: 'count', expected: 'absolute' },
    { kind: 'rupiah', expected: 'absolute' },
  ])('measures a change of a $kind in $expected', ({ kind, expected }) => {
    expect(getChangeUnit(kind)).toBe(expected)
  })
})

describe('getClassesPerSide()', () => {
  it.each([
    [3, 2],
    [4, 2],
    [5, 3],
    [6, 3],
    [7, 4],
    [9, 5],
    [12, 5],
  ])('gives %i classes %i a side', (classes, perSide) => {
    expect(getClassesPerSide(classes)).toBe(perSide)
  })
})

describe('classifyChange()', () => {
  const equal3 = { method: 'equal-interval', classes: 5 } as const
  it.each<{ name: string; values: (number | null)[]; thresholds: number[] | null }>([
    {
      name: 'mirrors the breaks around zero',
      values: [-7, -4, 1, 4, 7, null],
      thresholds: [-5, -3, 0, 3, 5],
    },
    {
      name: 'keeps only breaks inside the range when all changes rise',
      values: [1, 4, 7],
      thresholds: [3, 5],
    },
    { name: 'leaves zero out when no change falls', values: [0, 2, 4], thresholds: [3] },
    { name: 'gives no breaks when nothing is known', values: [null, null], thresholds: null },
    { name: 'gives one class when every change is the same', values: [2, 2, 2], thresholds: [] },
  ])('$name', ({ values, thresholds }) => {
    const breaks = classifyChange(values, equal3)
    expect(breaks === null ? null : breaks.thresholds).toEqual(thresholds)
  })

  it('gives a break at zero when changes fall and rise', () => {
    expect(classifyChange([-1, 1], { method: 'quantile', classes: 5 })?.thresholds).toContain(0)
  })

  it('adds zero to manual breaks', () => {
    expect(classifyChange([-10, 10], { method: 'manual', breaks: [-5, 5] })?.thresholds).toEqual([-5, 0, 5])
  })
})

describe('countClassesBelowZero()', () => {
  it.each([
    { name: 'both signs', breaks: { thresholds: [-2, 0, 2], min: -4, max: 4 }, below: 2 },
    { name: 'only rises', breaks: { thresholds: [2], min: 0, max: 4 }, below: 0 },
    { name: 'only falls', breaks: { thresholds: [-2], min: -4, max: -1 }, below: 2 },
    { name: 'nothing known', breaks: null, below: 0 },
  ])('counts the classes below zero with $name', ({ breaks, below }) => {
    expect(countClassesBelowZero(breaks)).toBe(below)
  })
})

describe('deriveChangeClasses()', () => {
  const from = new Map<string, IndicatorValue>([
    ['a', ada(10)],
    ['b', ada(10)],
    ['c', ada(10)],
    ['d', withheld],
    ['e', ada(4)],
  ])
  const to = new Map<string, IndicatorValue>([
    ['a', ada(4)],
    ['b', ada(12)],
    ['c', ada(16)],
    ['d', ada(2)],
  ])
  const classes = deriveChangeClasses(
    ['a', 'b', 'c', 'd', 'e'],
    (kode) => from.get(kode),
    (kode) => to.get(kode),
    { method: 'equal-interval', classes: 5 },
    'higher-is-worse',
  )

  it('maps each area to its change', () => {
    expect([...classes.values]).toEqual([
      ['a', -6],
      ['b', 2],
      ['c', 6],
      ['d', null],
      ['e', null],
    ])
  })

  it('keeps withheld and no-data apart from the classes', () => {
    expect(classes.statusCounts).toEqual({ ditahan: 1, tidak_ada: 1, tidak_berlaku: 0 })
    expect(classes.counts.reduce((sum, count) => sum + count, 0)).toBe(3)
  })

  it('colours falls cool and rises warm, lightest next to zero', () => {
    const below = countClassesBelowZero(classes.breaks)
    const total = classes.colors.length
    expect(classes.colors).toEqual(getDivergingColors('rd_bu', below, total - below, 'higher-is-worse'))
    expect(classes.breaks?.thresholds).toContain(0)
  })

  it('swaps the ends when a rise is good', () => {
    const good = deriveChangeClasses(
      ['a', 'b', 'c'],
      (kode) => from.get(kode),
      (kode) => to.get(kode),
      { method: 'equal-interval', classes: 5 },
      'higher-is-better',
    )
    expect(good.colors[0]).not.toEqual(classes.colors[0])
  })
})
