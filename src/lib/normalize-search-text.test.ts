import { describe, expect, it } from 'vitest'
import { compactSearchText, normalizeSearchText } from './normalize-search-text.ts'

describe('normalizeSearchText()', () => {
  it.each([
    { input: 'Singa Gembara', expected: 'singa gembara' },
    { input: 'singa gembara', expected: 'singa gembara' },
    { input: 'SÍNGA GEMBARA', expected: 'singa gembara' },
    { input: '  Singa   Gembara ', expected: 'singa gembara' },
    { input: 'singa-gembara', expected: 'singa gembara' },
    { input: "Long Po'q", expected: 'long po q' },
    { input: 'Muára Wâhau', expected: 'muara wahau' },
    { input: 'SANGATTA UTARA', expected: 'sangatta utara' },
    { input: '', expected: '' },
  ])('folds "$input" to "$expected"', ({ input, expected }) => {
    expect(normalizeSearchText(input)).toBe(expected)
  })
})

describe('compactSearchText()', () => {
  it('drops the spaces too', () => {
    expect(compactSearchText('Sangatta Utara')).toBe('sangattautara')
  })
})
