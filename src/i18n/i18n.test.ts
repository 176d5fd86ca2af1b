import { describe, expect, it } from 'vitest'
import { assembleDictionary, type Dictionary, dictionaries as merged } from './dictionaries.ts'
import { createI18n } from './i18n.ts'

function flatten(tree: Dictionary, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`
    if (typeof value === 'string') entries.set(path, value)
    else for (const [childKey, childValue] of flatten(value, path)) entries.set(childKey, childValue)
  }
  return entries
}

const dictionaries = { id: flatten(merged.id), en: flatten(merged.en) }
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

describe('assembleDictionary()', () => {
  const core: Dictionary = { app: { name: 'Peta' } }

  it('puts a screen file under its screen name, for its language only', () => {
    const files = {
      './screens/profil.id.json': { title: 'Profil' },
      './screens/profil.en.json': { title: 'Profile' },
    }
    expect(assembleDictionary(core, files, 'en')).toEqual({
      app: { name: 'Peta' },
      profil: { title: 'Profile' },
    })
  })

  it('refuses a screen file that would replace a core key', () => {
    expect(() => assembleDictionary(core, { './screens/app.id.json': {} }, 'id')).toThrow(/"app"/)
  })

  it('refuses a file not named <screen>.<language>.json', () => {
    expect(() => assembleDictionary(core, { './screens/profil.json': {} }, 'id')).toThrow(/profil\.json/)
  })
})
