/**
 * Pseudonymises NIK and KK numbers with a keyed hash (HMAC-SHA256, RFC 2104) before they leave the code
 * that read them. Equal numbers give equal hashes under one key, so households still match across files
 * and years. Output: `p1.<fingerprint>.<hash>`, the versioned form the database accepts: 16 hex of the
 * key's fingerprint (HMAC(key, a fixed label), so the database can refuse a wrong key) and 64 hex of
 * HMAC(key, number). The database re-keys the hash with its own pepper before storing it (migration
 * 20261203120000_pseudonym_pepper.sql), because a NIK has so little entropy that the key alone would let
 * anyone who holds it try every possible number.
 *
 * Speed (measured on the 2-core build machine, Node 20): `hmac(sha256, key, message)` costs ~60 µs a call,
 * because it pads the key every time, and reusing one instance through `_cloneInto` deoptimises to
 * ~30 µs. Cloning the two keyed SHA-256 states (the inner and outer pads already absorbed, which is what
 * `hmac.create` keeps) costs ~3 µs. A DTSEN file repeats each KK number once per period, so a bounded
 * cache of recent results saves most calls.
 */
import { sha256 } from '@noble/hashes/sha2.js'

/** A keyed hash function: a NIK or KK number in, `p1.<16 hex>.<64 hex>` out. */
export type Pseudonymiser = (value: string) => string

/** The incoming form the database checks (private.rekey_pseudonym). */
export const PSEUDONYM_FORM = /^p1\.[0-9a-f]{16}\.[0-9a-f]{64}$/

/** What the key fingerprint is the HMAC of; changing it changes every fingerprint (a new version). */
const FINGERPRINT_LABEL = 'peta-prioritas-desa/pseudonym-key-fingerprint/v1'

/** Shortest key accepted; a short key is easy to guess, and NIKs themselves have little entropy. */
export const MIN_KEY_LENGTH = 16

/**
 * Results kept per pseudonymiser: about the distinct KK and head-of-household NIKs of one kabupaten
 * (~150 000 households in Kutai Timur), at roughly 200 bytes an entry.
 */
const CACHE_LIMIT = 400_000

const SHA256_BLOCK_LENGTH = 64
const encoder = new TextEncoder()
const decoder = new TextDecoder()
/** ASCII codes of the two hex digits of each byte value, at 2·byte and 2·byte + 1. */
const HEX_CODES = new Uint8Array(512).map((_, at) =>
  '0123456789abcdef'.charCodeAt(at % 2 ? (at >> 1) & 15 : at >> 5),
)

/** Lower-case hex of a digest; decoding one ASCII buffer is ~2x faster than 32 string concatenations. */
function toHex(bytes: Uint8Array, scratch: Uint8Array): string {
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] as number
    scratch[2 * index] = HEX_CODES[2 * byte] as number
    scratch[2 * index + 1] = HEX_CODES[2 * byte + 1] as number
  }
  return decoder.decode(scratch.subarray(0, 2 * bytes.length))
}

/** Builds a pseudonymiser for `key`; throws (bilingual) when the key is too short. */
export function makePseudonymiser(key: string): Pseudonymiser {
  if (key.length < MIN_KEY_LENGTH) {
    throw new Error(
      `Kunci pseudonimisasi minimal ${MIN_KEY_LENGTH} karakter. / ` +
        `The pseudonymisation key must be at least ${MIN_KEY_LENGTH} characters long.`,
    )
  }
  // RFC 2104: a key longer than a block is hashed first; then zero-padded to a block.
  const raw = encoder.encode(key)
  const padded = new Uint8Array(SHA256_BLOCK_LENGTH)
  padded.set(raw.length > SHA256_BLOCK_LENGTH ? sha256(raw) : raw)
  const innerPad = padded.map((byte) => byte ^ 0x36)
  const outerPad = padded.map((byte) => byte ^ 0x5c)
  const inner = sha256.create().update(innerPad)
  const outer = sha256.create().update(outerPad)
  innerPad.fill(0)
  outerPad.fill(0)
  padded.fill(0)

  const cache = new Map<string, string>()
  const hexScratch = new Uint8Array(64)
  const hmacHex = (value: string): string => {
    const innerDigest = inner.clone().update(encoder.encode(value)).digest()
    return toHex(outer.clone().update(innerDigest).digest(), hexScratch)
  }
  const prefix = `p1.${hmacHex(FINGERPRINT_LABEL).slice(0, 16)}.`
  return (value) => {
    const cached = cache.get(value)
    if (cached !== undefined) return cached
    const hash = prefix + hmacHex(value)
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(value, hash)
    return hash
  }
}

/** The key's fingerprint (16 hex), as every pseudonym of `key` carries it and the database records it. */
export function keyFingerprint(key: string): string {
  return makePseudonymiser(key)('').slice(3, 19)
}
