import { describe, expect, it } from 'vitest'
import { formatRange, formatValue, MISSING_VALUE_TEXT } from './format.ts'

describe('formatValue()', () => {
  it.each([
    { value: 1234.56, language: 'id', decimals: 1, expected: '1.234,6' },
    { value: 1234.56, language: 'en', decimals: 1, expected: '1,234.6' },
    { value: 0.5, language: 'id', decimals: 2, expected: '0,50' },
    { value: 3031.3, language: 'id', decimals: 0, expected: '3.031' },
    { value: -7, language: 'en', decimals: 0, expected: '-7' },
    { value: null, language: 'id', decimals: 1, expected: MISSING_VALUE_TEXT },
    { value: Number.NaN, language: 'en', decimals: 1, expected: MISSING_VALUE_TEXT },
  ] as const)(
    'formats $value in $language with $decimals decimals as $expected',
    ({ value, language, decimals, expected }) => {
      expect(formatValue(value, language, decimals)).toBe(expected)
    },
  )
})

describe('formatRange()', () => {
  it.each([
    { language: 'id', expected: '6,7 – 30,5' },
    { language: 'en', expected: '6.7 – 30.5' },
  ] as const)('joins both ends with a spaced en dash in $language', ({ language, expected }) => {
    expect(formatRange(6.71, 30.48, language, 1)).toBe(expected)
  })
})
