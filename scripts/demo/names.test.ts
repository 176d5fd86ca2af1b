import { describe, expect, it } from 'vitest'
import { drawName, type Ethnic, misspellName } from './names'
import { isNearDuplicateName } from './near-duplicate'
import { makeRandom } from './random'

const ETHNIC: readonly Ethnic[] = ['jawa', 'bugis', 'banjar', 'dayak', 'kutai']

describe('drawName()', () => {
  it.each(ETHNIC)('gives %s names of two or three capitalised words, 2–100 characters', (ethnic) => {
    const random = makeRandom(1, ethnic)
    for (let index = 0; index < 200; index++) {
      const name = drawName(random, ethnic, index % 2 === 0)
      expect(name).toMatch(/^[A-Z][a-z]+( [A-Z][a-z]+){1,2}$/)
      expect(name.length).toBeLessThanOrEqual(100)
    }
  })
})

describe('misspellName()', () => {
  it.each([
    ['Muhammad Arifin', /^(Muhamad|Mohammad|Mochammad) Arifin$/],
    ['Siti Aminah', /^Sitti Aminah$/],
    ['Ahmad Rifani', /^(Achmad|Akhmad) Rifani$/],
  ])('uses a known spelling variant in %j', (name, expected) => {
    expect(misspellName(makeRandom(2), name)).toMatch(expected)
  })

  it.each(['Bambang Purnomo', 'Maria Lenjau', 'Hasnah Nurhalizah Ramlah'])(
    'swaps two letters when %j has no known variant, staying a near-duplicate',
    (name) => {
      const misspelled = misspellName(makeRandom(3), name)
      expect(misspelled).not.toBe(name)
      expect(misspelled.length).toBe(name.length)
      expect(isNearDuplicateName(misspelled, name)).toBe(true)
    },
  )
})
