import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { describe, expect, it } from 'vitest'
import { makePseudonymiser } from './pseudonymise.ts'

const KEY = 'test-key-not-secret-0001'
const reference = (key: string, value: string) =>
  bytesToHex(hmac(sha256, new TextEncoder().encode(key), new TextEncoder().encode(value)))

describe('makePseudonymiser()', () => {
  it('matches RFC 4231 test case 2 (key "Jefe" padded to the minimum length is a different key)', () => {
    // RFC 4231 §4.3 uses a 4-byte key; ours must be at least 16 characters, so check the RFC vector
    // against the reference first and then our function against the reference with a long key.
    expect(reference('Jefe', 'what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    )
    expect(makePseudonymiser(KEY)('what do ya want for nothing?')).toBe(
      reference(KEY, 'what do ya want for nothing?'),
    )
  })

  it.each([
    ['a NIK', '6408010101800001'],
    ['a KK number', '9901000000000001'],
    ['an empty string', ''],
    ['text longer than a block', 'x'.repeat(200)],
    ['non-ASCII text', 'Siti Aminah Ç'],
  ])('gives HMAC-SHA256 in lower-case hex for %s', (_, value) => {
    const hash = makePseudonymiser(KEY)(value)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).toBe(reference(KEY, value))
  })

  it('hashes a key longer than a SHA-256 block first, as RFC 2104 says', () => {
    const longKey = 'k'.repeat(100)
    expect(makePseudonymiser(longKey)('6408010101800001')).toBe(reference(longKey, '6408010101800001'))
  })

  it('gives the same hash again for a repeated value (also from the cache)', () => {
    const pseudonymise = makePseudonymiser(KEY)
    expect(pseudonymise('6408010101800001')).toBe(pseudonymise('6408010101800001'))
  })

  it('gives different hashes under different keys', () => {
    expect(makePseudonymiser(KEY)('6408010101800001')).not.toBe(
      makePseudonymiser(`${KEY}x`)('6408010101800001'),
    )
  })

  it('refuses a key shorter than 16 characters, in both languages', () => {
    expect(() => makePseudonymiser('short')).toThrow(/minimal 16 karakter.*at least 16 characters/)
  })
})
