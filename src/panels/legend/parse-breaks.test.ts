import { describe, expect, it } from 'vitest'
import { type ParsedBreaks, parseBreaks, parseDecimal } from './parse-breaks.ts'

describe('parseDecimal()', () => {
  it.each([
    ['12', 12],
    ['12.5', 12.5],
    ['12,5', 12.5],
    [' -3,25 ', -3.25],
    ['−4', -4],
    [',5', 0.5],
    ['1.234,5', null],
    ['1e3', null],
    ['abc', null],
    ['', null],
  ])('reads %j as %s', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected)
  })
})

describe('parseBreaks()', () => {
  it.each<{ texts: string[]; expected: ParsedBreaks }>([
    { texts: ['10', '20,5', '40'], expected: { ok: true, breaks: [10, 20.5, 40] } },
    { texts: ['10'], expected: { ok: false, error: { reason: 'count', count: 1 } } },
    {
      texts: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
      expected: { ok: false, error: { reason: 'count', count: 9 } },
    },
    { texts: ['10', ''], expected: { ok: false, error: { reason: 'empty', position: 2 } } },
    { texts: ['ten', '20'], expected: { ok: false, error: { reason: 'malformed', position: 1 } } },
    { texts: ['10', '30', '20'], expected: { ok: false, error: { reason: 'not-ascending', position: 3 } } },
    { texts: ['10', '10'], expected: { ok: false, error: { reason: 'not-ascending', position: 2 } } },
  ])('reads $texts', ({ texts, expected }) => {
    expect(parseBreaks(texts)).toEqual(expected)
  })
})
