import { describe, expect, it } from 'vitest'
import { capitaliseFirst } from './capitalise-first.ts'

describe('capitaliseFirst()', () => {
  it.each([
    { text: 'high need, low coverage', locale: 'en-GB', expected: 'High need, low coverage' },
    { text: 'Kebutuhan tinggi', locale: 'id-ID', expected: 'Kebutuhan tinggi' },
    { text: 'ínfimo', locale: 'en-GB', expected: 'Ínfimo' },
    { text: '', locale: 'en-GB', expected: '' },
  ])('turns "$text" into "$expected"', ({ text, locale, expected }) => {
    expect(capitaliseFirst(text, locale)).toBe(expected)
  })
})
