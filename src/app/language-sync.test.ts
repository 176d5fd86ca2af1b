import { describe, expect, it } from 'vitest'
import { chooseLanguage, writeLanguage } from './language-sync.ts'

describe('chooseLanguage()', () => {
  it.each([
    { search: '?lang=en', stored: 'id', expected: 'en' },
    { search: '', stored: 'en', expected: 'en' },
    { search: '?lang=xx', stored: 'en', expected: 'en' },
    { search: '', stored: 'xx', expected: 'id' },
    { search: '', stored: null, expected: 'id' },
  ])(
    'prefers the URL, then storage, then Bahasa Indonesia ($search, $stored)',
    ({ search, stored, expected }) => {
      expect(chooseLanguage(search, stored)).toBe(expected)
    },
  )

  it('reads the withdrawn language code lang=in as lang=id, ahead of storage', () => {
    expect(chooseLanguage('?lang=in', 'en')).toBe('id')
  })
})

describe('writeLanguage()', () => {
  it.each([
    { search: '', language: 'en', expected: '?lang=en' },
    { search: '?lang=en', language: 'id', expected: '' },
    { search: '?e2e&i=penduduk&lang=in', language: 'id', expected: '?e2e=&i=penduduk' },
    { search: '?cam=117.51,0.52,9.2', language: 'en', expected: '?cam=117.51,0.52,9.2&lang=en' },
    { search: '?lang=id&t=2023', language: 'en', expected: '?lang=en&t=2023' },
  ] as const)('writes $language into "$search", keeping the rest', ({ search, language, expected }) => {
    expect(writeLanguage(search, language)).toBe(expected)
  })
})
