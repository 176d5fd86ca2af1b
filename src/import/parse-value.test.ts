import { describe, expect, it } from 'vitest'
import type { ColumnRule } from './import-kinds.ts'
import { CellProblem, localToday, parseValue } from './parse-value.ts'

const TODAY = '2025-06-30'
const DESIL: ColumnRule = { type: 'integer', min: 1, max: 10, storage: 'smallint' }
const COUNT: ColumnRule = { type: 'integer', min: 0, storage: 'integer' }
const RUPIAH: ColumnRule = { type: 'integer', min: 0, storage: 'bigint' }
const SCORE: ColumnRule = { type: 'decimal', min: 0, max: 1, places: 4 }
const NAME: ColumnRule = { type: 'text', minLength: 2, maxLength: 100 }
const STATUS: ColumnRule = { type: 'enum', values: ['petani', 'nelayan'] }

/** The issue code of a refused cell, or the parsed value. */
function outcome(rule: ColumnRule, text: string): unknown {
  const value = parseValue(rule, text, TODAY)
  return value instanceof CellProblem ? { code: value.code, params: value.params } : value
}

describe('parseValue()', () => {
  it.each([
    ['a whole number in range', DESIL, '4', 4],
    ['the lower bound', DESIL, '1', 1],
    ['the upper bound', DESIL, '10', 10],
    ['a number above the range', DESIL, '11', { code: 'integer_range', params: { min: 1, max: 10 } }],
    ['zero below the range', DESIL, '0', { code: 'integer_range', params: { min: 1, max: 10 } }],
    ['a decimal where a whole number is due', DESIL, '4.0', { code: 'not_integer', params: {} }],
    ['a thousands separator', COUNT, '1.234', { code: 'not_integer', params: {} }],
    ['a negative count', COUNT, '-5', { code: 'integer_min', params: { min: 0 } }],
    [
      'a count beyond PostgreSQL integer',
      COUNT,
      '2147483648',
      { code: 'integer_too_large', params: { max: 2147483647 } },
    ],
    ['a large rupiah amount', RUPIAH, '1500000000000', 1_500_000_000_000],
    [
      'rupiah beyond exact JS numbers',
      RUPIAH,
      '9007199254740992',
      { code: 'integer_too_large', params: { max: Number.MAX_SAFE_INTEGER } },
    ],
  ])('checks integers: %s', (_, rule, text, expected) => {
    expect(outcome(rule, text)).toEqual(expected)
  })

  it.each([
    ['four decimals', '0.6523', 0.6523],
    ['a whole 1', '1', 1],
    ['zero with one decimal', '0.0', 0],
    ['a decimal comma', '0,6523', { code: 'not_decimal', params: {} }],
    ['five decimals', '0.65231', { code: 'decimal_places', params: { places: 4 } }],
    ['a score above 1', '1.2', { code: 'decimal_range', params: { min: 0, max: 1 } }],
    ['a negative score', '-0.1', { code: 'decimal_range', params: { min: 0, max: 1 } }],
  ])('checks decimals: %s', (_, text, expected) => {
    expect(outcome(SCORE, text)).toEqual(expected)
  })

  it.each([
    ['an ordinary date', '1980-03-12', '1980-03-12'],
    ['29 February of a leap year', '2024-02-29', '2024-02-29'],
    ['29 February 2000 (divisible by 400)', '2000-02-29', '2000-02-29'],
    ['today', TODAY, TODAY],
    ['30 February', '2024-02-30', { code: 'invalid_date', params: {} }],
    ['29 February of a common year', '2023-02-29', { code: 'invalid_date', params: {} }],
    ['29 February 1900 (divisible by 100)', '1900-02-29', { code: 'invalid_date', params: {} }],
    ['31 April', '1980-04-31', { code: 'invalid_date', params: {} }],
    ['month 13', '1980-13-01', { code: 'invalid_date', params: {} }],
    ['day 0', '1980-01-00', { code: 'invalid_date', params: {} }],
    ['a day/month/year date', '12/03/1980', { code: 'not_date', params: {} }],
    ['a date without leading zeros', '1980-3-12', { code: 'not_date', params: {} }],
    ['a date with a time', '1980-03-12T00:00', { code: 'not_date', params: {} }],
    ['tomorrow', '2025-07-01', { code: 'future_date', params: { today: TODAY } }],
  ])('checks dates: %s', (_, text, expected) => {
    expect(outcome({ type: 'date' }, text)).toEqual(expected)
  })

  it.each([
    ['16 digits', { type: 'id16' }, '6408010101800001', '6408010101800001'],
    ['15 digits', { type: 'id16' }, '640801010180000', { code: 'not_id16', params: {} }],
    [
      'Excel scientific notation',
      { type: 'id16' },
      '6.40801E+15',
      { code: 'not_id16', params: { hint: 'scientific' } },
    ],
    ['a village code', { type: 'kode_desa' }, '64.08.01.2001', '64.08.01.2001'],
    ['a kecamatan code', { type: 'kode_desa' }, '64.08.01', { code: 'not_kode_desa', params: {} }],
    ['a code without dots', { type: 'kode_desa' }, '6408012001', { code: 'not_kode_desa', params: {} }],
    ['flag 1', { type: 'flag' }, '1', true],
    ['flag 0', { type: 'flag' }, '0', false],
    ['flag "ya"', { type: 'flag' }, 'ya', { code: 'not_flag', params: {} }],
    ['a listed value', STATUS, 'petani', 'petani'],
    [
      'a listed value in other case',
      STATUS,
      'Petani',
      { code: 'not_enum', params: { values: 'petani, nelayan', suggestion: 'petani' } },
    ],
    ['an unlisted value', STATUS, 'pns', { code: 'not_enum', params: { values: 'petani, nelayan' } }],
    ['a name', NAME, 'Siti Aminah', 'Siti Aminah'],
    ['a one-letter name', NAME, 'S', { code: 'text_length', params: { min: 2, max: 100, length: 1 } }],
  ] as const)('checks other rules: %s', (_, rule, text, expected) => {
    expect(outcome(rule as ColumnRule, text)).toEqual(expected)
  })
})

describe('parseValue() for years and periods', () => {
  const YEAR: ColumnRule = { type: 'year' }
  it.each([
    ['the first accepted year', '2015', 2015],
    ['the current year', '2025', 2025],
    ['next year (Dana Desa ceilings come a year ahead)', '2026', 2026],
    ['a year before the data exists', '2014', { code: 'year_range', params: { min: 2015, max: 2026 } }],
    ['periode 2099', '2099', { code: 'year_range', params: { min: 2015, max: 2026 } }],
    ['a cut year', '20', { code: 'year_range', params: { min: 2015, max: 2026 } }],
    ['a decimal year', '2024.5', { code: 'not_integer', params: {} }],
  ] as const)('%s', (_, text, expected) => {
    expect(outcome(YEAR, text)).toEqual(expected)
  })
})

describe('localToday()', () => {
  it('writes the local calendar date zero-padded', () => {
    expect(localToday(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05')
  })
})
