/**
 * Seeded random streams. Every stream is keyed by the seed plus labels (village code, year, purpose), so a
 * village's draws do not shift when another village or another module draws more or fewer numbers.
 */
import { randomLcg, randomNormal } from 'd3-random'

/** Draws from one seeded stream. */
export interface Random {
  /** Uniform in [0, 1). */
  uniform(): number
  /** Standard normal N(0, 1). */
  normal(): number
  /** Integer in [0, n). */
  int(n: number): number
  /** `true` with probability `p`. */
  chance(p: number): boolean
  /** Poisson with mean `lambda` (Knuth's method; fine for the small means used here). */
  poisson(lambda: number): number
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T
  /** A key drawn with probability proportional to its weight (keys in insertion order). */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K
}

/** FNV-1a 32-bit hash: a stable integer seed from a text key. */
export function hashKey(key: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** Streams per key (e.g. village code) for one purpose, each made on first use by `makeRandom(seed, key, purpose)`. */
export function makeStreams(seed: number, purpose: string): (key: string) => Random {
  const streams = new Map<string, Random>()
  return (key) => {
    let stream = streams.get(key)
    if (!stream) {
      stream = makeRandom(seed, key, purpose)
      streams.set(key, stream)
    }
    return stream
  }
}

/** A stream for `seed` and `labels`; the same arguments always give the same sequence. */
export function makeRandom(seed: number, ...labels: readonly (string | number)[]): Random {
  // randomLcg treats integers >= 1 as a raw 32-bit state; +1 keeps a hash of 0 away from the [0, 1) branch.
  const source = randomLcg(hashKey([seed, ...labels].join('|')) + 1)
  const standardNormal = randomNormal.source(source)(0, 1)
  const uniform = (): number => source()
  const int = (n: number): number => Math.floor(source() * n)
  return {
    uniform,
    normal: standardNormal,
    int,
    chance: (p) => source() < p,
    poisson(lambda) {
      const limit = Math.exp(-lambda)
      let count = 0
      let product = source()
      while (product > limit) {
        count++
        product *= source()
      }
      return count
    },
    pick<T>(items: readonly T[]): T {
      const item = items[int(items.length)]
      if (item === undefined) throw new Error('pick() needs a non-empty list')
      return item
    },
    weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
      const entries = Object.entries(weights) as [K, number][]
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
      let remaining = source() * total
      for (const [key, weight] of entries) {
        remaining -= weight
        if (remaining < 0) return key
      }
      const last = entries[entries.length - 1]
      if (!last) throw new Error('weighted() needs at least one key')
      return last[0]
    },
  }
}
