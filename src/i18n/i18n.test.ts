import { describe, expect, it } from 'vitest'
import en from './en.json'
import { createI18n } from './i18n.ts'
import id from './id.json'

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`
    if (typeof value === 'string') entries.set(path, value)
    else for (const [childKey, childValue] of flatten(value, path)) entries.set(childKey, childValue)
  }
  return entries
}

const dictionaries = { id: flatten(id), en: flatten(en) }
const placeholders = (text: string): string[] =>
  [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1] ?? '').sort()

describe('translations', () => {
  it('have the same keys in Bahasa Indonesia and English', () => {
    expect([...dictionaries.en.keys()].sort()).toEqual([...dictionaries.id.keys()].sort())
  })

  it.each(Object.entries(dictionaries))('have no empty string in %s', (_, dictionary) => {
    for (const [key, value] of dictionary)
      expect({ key, value: value.trim() }).not.toEqual({ key, value: '' })
  })

  it.each([...dictionaries.id.keys()])('use the same placeholders in both languages for %s', (key) => {
    expect(placeholders(dictionaries.en.get(key) ?? '')).toEqual(placeholders(dictionaries.id.get(key) ?? ''))
  })
})

describe('createI18n()', () => {
  it.each([
    { language: 'id', expected: 'Kabupaten Kutai Timur' },
    { language: 'en', expected: 'Kutai Timur Regency' },
  ] as const)('translates synchronously in $language', ({ language, expected }) => {
    expect(createI18n(language).t('app.region.kabupaten', { name: 'Kutai Timur' })).toBe(expected)
  })

  it('picks the English plural form by count', () => {
    const i18n = createI18n('en')
    expect(i18n.t('legend.villageCount', { count: 1 })).toBe('1 village')
    expect(i18n.t('legend.villageCount', { count: 28 })).toBe('28 villages')
  })
})
