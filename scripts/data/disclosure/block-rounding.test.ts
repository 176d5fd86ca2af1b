import { describe, expect, it } from 'vitest'
import { MAX_PERTURBATION, offsetFor, ROUNDING_BASE, roundCount, ruleInterval } from './block-rounding.ts'

const OFFSETS = [0, 1, 2, 3, 4]
const VALUES = Array.from({ length: 60 }, (_, index) => index)

describe('roundCount()', () => {
  it.each([
    // value, offset, published: the middle of the block of 5 values the value falls in
    [0, 3, 0],
    [1, 0, 2],
    [4, 0, 2],
    [5, 0, 7],
    [1, 3, 0],
    [2, 3, 4],
    [6, 3, 4],
    [7, 3, 9],
  ])('rounds %i with offset %i to %i', (value, offset, published) => {
    expect(roundCount(value, offset)).toBe(published)
  })

  it.each(OFFSETS)('changes no count by more than ±2 and keeps 0 at 0 (offset %i)', (offset) => {
    expect(roundCount(0, offset)).toBe(0)
    for (const value of VALUES) {
      expect(Math.abs(roundCount(value, offset) - value)).toBeLessThanOrEqual(MAX_PERTURBATION)
    }
  })

  it.each(OFFSETS)('keeps the order of counts of one village-year (offset %i)', (offset) => {
    const published = VALUES.map((value) => roundCount(value, offset))
    expect(published).toEqual([...published].sort((a, b) => a - b))
  })

  it('is unbiased over the offsets for every count, a 1 included (the floor at 0 is balanced)', () => {
    for (const value of [1, 2, 3, 4, 5, 17, 123]) {
      const mean = OFFSETS.reduce((total, offset) => total + roundCount(value, offset), 0) / ROUNDING_BASE
      expect([value, mean]).toEqual([value, value])
    }
    expect(OFFSETS.map((offset) => roundCount(1, offset))).toEqual([2, 1, 0, 0, 2])
  })

  it('refuses a count that is not a whole number ≥ 0', () => {
    expect(() => roundCount(-1, 0)).toThrow('a count must be an integer ≥ 0, got -1')
    expect(() => roundCount(2.5, 0)).toThrow('got 2.5')
  })
})

describe('ruleInterval()', () => {
  it.each(OFFSETS)('holds every true value that publishes as a value (offset %i)', (offset) => {
    for (const value of VALUES) {
      const [lo, hi] = ruleInterval(roundCount(value, offset))
      expect(value).toBeGreaterThanOrEqual(lo)
      expect(value).toBeLessThanOrEqual(hi)
    }
  })
})

describe('offsetFor()', () => {
  it('gives the same offset for the same key, village and year, and spreads over 0–4', () => {
    const key = 'a'.repeat(40)
    expect(offsetFor(key, '64.08.01.2001', 2024)).toBe(offsetFor(key, '64.08.01.2001', 2024))
    const offsets = new Set(
      Array.from({ length: 50 }, (_, index) => offsetFor(key, `64.08.01.${2001 + index}`, 2024)),
    )
    expect([...offsets].sort()).toEqual(OFFSETS)
  })

  it('gives other offsets under another key', () => {
    const villages = Array.from({ length: 30 }, (_, index) => `64.08.01.${2001 + index}`)
    const under = (key: string): number[] => villages.map((kode) => offsetFor(key, kode, 2024))
    expect(under('b'.repeat(40))).not.toEqual(under('c'.repeat(40)))
  })
})
