import { describe, expect, it } from 'vitest'
import { bitCount, isNearDuplicateName, isWithinEdits, letterMask, normalizeName } from './near-duplicate'

describe('normalizeName()', () => {
  it.each([
    ['Siti  Nurhaliza', 'siti nurhaliza'],
    ["  Nur'aini ", 'nuraini'],
    ['MUHAMMAD Rizki-Pratama', 'muhammad rizkipratama'],
  ])('normalises %j to %j', (name, expected) => {
    expect(normalizeName(name)).toBe(expected)
  })
})

describe('isNearDuplicateName()', () => {
  it.each([
    ['Muhammad Arif', 'Muhamad Arif', true],
    ['Muhammad Arif', 'Mohammad Arif', true],
    ['Muhammad Arif', 'Mochammad Arif', true],
    ['Siti Nurhaliza', 'Siti Nurhailza', true],
    ['Siti Nurhaliza', 'SITI NURHALIZA', true],
    ['Rina Wahyuni', 'Rini Wahyuni', true],
    ['Budi Santoso', 'Budi Susanto', false],
    ['Sri Rahayu', 'Tri Handayani', false],
    ['Ahmad', 'Ahmad Rifani', false],
  ])('%j and %j are near-duplicates: %s', (a, b, expected) => {
    expect(isNearDuplicateName(a, b)).toBe(expected)
  })
})

describe('isWithinEdits()', () => {
  it.each([
    ['abc', 'abc', 0, true],
    ['abc', 'acb', 1, true],
    ['abc', 'xbcd', 1, false],
    ['abc', 'xbcd', 2, true],
    ['', 'ab', 2, true],
    ['', 'abc', 2, false],
  ])('%j → %j within %i edits: %s', (a, b, limit, expected) => {
    expect(isWithinEdits(a, b, limit)).toBe(expected)
  })
})

describe('letterMask() and bitCount()', () => {
  it('sets one bit per distinct letter', () => {
    expect(bitCount(letterMask('banana'))).toBe(3)
  })

  it('keeps near-duplicates within four differing bits', () => {
    const a = letterMask(normalizeName('Muhammad Arif'))
    const b = letterMask(normalizeName('Mochammad Arif'))
    expect(bitCount(a ^ b)).toBeLessThanOrEqual(4)
  })
})
