import { describe, expect, it } from 'vitest'
import { decodeJwtPayload } from './jwt-payload.ts'

/** An unsigned token with `payload` (the signature is never checked here). */
function makeToken(payload: unknown): string {
  const encode = (value: unknown) =>
    btoa(JSON.stringify(value)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}.c2lnbmF0dXJl`
}

describe('decodeJwtPayload()', () => {
  it.each([
    ['an anon key', makeToken({ role: 'anon', iss: 'supabase' }), { role: 'anon', iss: 'supabase' }],
    ['a payload with base64url characters', makeToken({ n: '??>>' }), { n: '??>>' }],
    ['two parts only', 'abc.def', null],
    ['a payload that is not JSON', 'a.bm90IGpzb24.c', null],
    ['a payload that is an array', makeToken([1, 2]), null],
    ['a publishable key', 'sb_publishable_abc123', null],
  ])('reads %s', (_label, token, expected) => {
    expect(decodeJwtPayload(token)).toEqual(expected)
  })
})
