import { describe, expect, it } from 'vitest'
import { sqlErrorReason } from './sql-error-reason.ts'

describe('sqlErrorReason()', () => {
  it.each([
    ['42501', 'forbidden'],
    ['23514', 'invalid'],
    ['23503', 'invalid'],
    ['22P02', 'invalid'],
    ['08006', 'unavailable'],
    [undefined, 'unavailable'],
  ] as const)('maps SQLSTATE %s to %s', (code, reason) => {
    expect(sqlErrorReason(code)).toBe(reason)
  })
})
