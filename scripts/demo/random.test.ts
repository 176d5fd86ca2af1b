import { describe, expect, it } from 'vitest'
import { hashKey, makeRandom } from './random'

const draw = (seed: number, ...labels: string[]): number[] => {
  const random = makeRandom(seed, ...labels)
  return Array.from({ length: 5 }, () => random.uniform())
}

describe('makeRandom()', () => {
  it('repeats the same sequence for the same seed and labels', () => {
    expect(draw(42, '64.08.01.2001', 'welfare')).toEqual(draw(42, '64.08.01.2001', 'welfare'))
  })

  it.each([
    ['another seed', 43, 'welfare'],
    ['another label', 42, 'programs'],
  ])('gives a different sequence for %s', (_, seed, label) => {
    expect(draw(seed, '64.08.01.2001', label)).not.toEqual(draw(42, '64.08.01.2001', 'welfare'))
  })

  it('draws uniforms in [0, 1) and integers in [0, n)', () => {
    const random = makeRandom(1)
    const uniforms = Array.from({ length: 1000 }, () => random.uniform())
    const integers = Array.from({ length: 1000 }, () => random.int(7))
    expect(Math.min(...uniforms)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...uniforms)).toBeLessThan(1)
    expect(new Set(integers)).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]))
  })

  it('never picks a key of zero weight', () => {
    const random = makeRandom(3)
    const picks = Array.from({ length: 500 }, () => random.weighted({ a: 1, b: 0, c: 2 }))
    expect(picks).not.toContain('b')
    expect(new Set(picks)).toEqual(new Set(['a', 'c']))
  })

  it.each([0.5, 2, 4])('draws Poisson counts whose mean is near %s', (lambda) => {
    const random = makeRandom(5)
    const counts = Array.from({ length: 4000 }, () => random.poisson(lambda))
    const mean = counts.reduce((sum, count) => sum + count, 0) / counts.length
    expect(mean).toBeCloseTo(lambda, 0)
  })

  it('draws normals with mean about 0 and spread about 1', () => {
    const random = makeRandom(7)
    const values = Array.from({ length: 4000 }, () => random.normal())
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length
    expect(Math.abs(mean)).toBeLessThan(0.06)
    expect(Math.sqrt(variance)).toBeCloseTo(1, 1)
  })
})

describe('hashKey()', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
  ])('hashes %j to the FNV-1a value', (key, expected) => {
    expect(hashKey(key)).toBe(expected)
  })
})
