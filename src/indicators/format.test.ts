import { describe, expect, it } from 'vitest'
import { formatRange, formatRupiah, formatSignedPercent, formatValue, MISSING_VALUE_TEXT } from './format.ts'

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

describe('formatRupiah()', () => {
  it.each([
    { value: 1_080_000_000, language: 'id', options: {}, expected: 'Rp 1.080.000.000' },
    { value: 1_080_000_000, language: 'en', options: {}, expected: 'IDR 1,080,000,000' },
    { value: 1_080_000_000, language: 'id', options: { isCompact: true }, expected: 'Rp 1,08 M' },
    { value: 1_080_000_000, language: 'en', options: { isCompact: true }, expected: 'IDR 1.08 bn' },
    { value: 150_300_000_000, language: 'id', options: { isCompact: true }, expected: 'Rp 150,3 M' },
    { value: 150_300_000_000, language: 'en', options: { isCompact: true }, expected: 'IDR 150.3 bn' },
    { value: 3_600_000, language: 'id', options: { isCompact: true }, expected: 'Rp 3,60 jt' },
    { value: 3_600_000, language: 'en', options: { isCompact: true }, expected: 'IDR 3.60 m' },
    { value: 1.5e12, language: 'id', options: { isCompact: true }, expected: 'Rp 1,50 T' },
    { value: 1.5e12, language: 'en', options: { isCompact: true }, expected: 'IDR 1.50 tn' },
    { value: 350_000, language: 'id', options: { isCompact: true }, expected: 'Rp 350.000' },
    { value: 350_000, language: 'en', options: { isCompact: true }, expected: 'IDR 350,000' },
    { value: 1234.6, language: 'id', options: {}, expected: 'Rp 1.235' },
    {
      value: 12_300_000,
      language: 'id',
      options: { isCompact: true, isSigned: true },
      expected: '+Rp 12,3 jt',
    },
    {
      value: -5_100_000,
      language: 'en',
      options: { isCompact: true, isSigned: true },
      expected: '−IDR 5.10 m',
    },
    { value: -42, language: 'id', options: {}, expected: '−Rp 42' },
    { value: 0, language: 'en', options: { isSigned: true }, expected: 'IDR 0' },
    { value: null, language: 'id', options: {}, expected: MISSING_VALUE_TEXT },
    { value: Number.POSITIVE_INFINITY, language: 'en', options: {}, expected: MISSING_VALUE_TEXT },
  ] as const)(
    'formats $value in $language ($options) as $expected',
    ({ value, language, options, expected }) => {
      expect(formatRupiah(value, language, options)).toBe(expected)
    },
  )
})

describe('formatSignedPercent()', () => {
  it.each([
    { value: 1.5, language: 'id', decimals: 1, expected: '+1,5 %' },
    { value: -7.794, language: 'id', decimals: 2, expected: '−7,79 %' },
    { value: -7.794, language: 'en', decimals: 2, expected: '−7.79 %' },
    { value: 1234.5, language: 'en', decimals: 1, expected: '+1,234.5 %' },
    { value: 0, language: 'en', decimals: 1, expected: '0.0 %' },
    { value: -0.001, language: 'id', decimals: 1, expected: '0,0 %' },
    { value: null, language: 'id', decimals: 1, expected: MISSING_VALUE_TEXT },
  ] as const)('formats $value in $language as $expected', ({ value, language, decimals, expected }) => {
    expect(formatSignedPercent(value, language, decimals)).toBe(expected)
  })
})
