import { describe, expect, it } from 'vitest'
import { evaluate, type Formula } from './formula.ts'

const ratio: Formula = { kind: 'ratio', numerator: 'luas_km2', denominator: 'luas_km2', per: 100 }

describe('evaluate()', () => {
  it.each([
    { name: 'a field', formula: { kind: 'field', field: 'luas_km2' } as Formula, luas: 12.5, expected: 12.5 },
    {
      name: 'a missing field',
      formula: { kind: 'field', field: 'luas_km2' } as Formula,
      luas: null,
      expected: null,
    },
    { name: 'a ratio', formula: ratio, luas: 4, expected: 100 },
    { name: 'a ratio with a zero denominator', formula: ratio, luas: 0, expected: null },
    { name: 'a ratio with a missing input', formula: ratio, luas: null, expected: null },
  ])('evaluates $name', ({ formula, luas, expected }) => {
    expect(evaluate(formula, { luas_km2: luas })).toBe(expected)
  })
})
