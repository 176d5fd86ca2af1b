import { describe, expect, it } from 'vitest'
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState, resolveLanguage } from './url-state.ts'

describe('decodeUrlState()', () => {
  it.each([
    { search: '', state: DEFAULT_URL_STATE, rejected: [] },
    { search: '?lang=en', state: { lang: 'en', desa: null }, rejected: [] },
    { search: '?desa=64.08.04.2011&lang=id', state: { lang: 'id', desa: '64.08.04.2011' }, rejected: [] },
    { search: '?lang=fr', state: DEFAULT_URL_STATE, rejected: ['lang=fr'] },
    { search: '?desa=oops', state: DEFAULT_URL_STATE, rejected: ['desa=oops'] },
  ])('turns "$search" into a valid state', ({ search, state, rejected }) => {
    expect(decodeUrlState(search)).toEqual({ state, rejected })
  })
})

describe('encodeUrlState()', () => {
  it.each([
    { state: DEFAULT_URL_STATE, base: '', expected: '' },
    { state: { lang: 'en', desa: null }, base: '', expected: '?lang=en' },
    { state: { lang: 'id', desa: '64.08.04.2011' }, base: '?lang=en', expected: '?desa=64.08.04.2011' },
    { state: { lang: 'en', desa: null }, base: '?e2e', expected: '?e2e=&lang=en' },
  ] as const)('writes only non-default values: $expected', ({ state, base, expected }) => {
    expect(encodeUrlState(state, base)).toBe(expected)
  })

  it('round-trips through decodeUrlState()', () => {
    const state = { lang: 'en', desa: '64.08.01.2001' } as const
    expect(decodeUrlState(encodeUrlState(state)).state).toEqual(state)
  })
})

describe('resolveLanguage()', () => {
  it.each([
    { search: '?lang=en', stored: 'id', expected: 'en' },
    { search: '', stored: 'en', expected: 'en' },
    { search: '?lang=xx', stored: 'en', expected: 'en' },
    { search: '', stored: 'xx', expected: 'id' },
    { search: '', stored: null, expected: 'id' },
  ])(
    'prefers the URL, then storage, then Bahasa Indonesia ($search, $stored)',
    ({ search, stored, expected }) => {
      expect(resolveLanguage(search, stored)).toBe(expected)
    },
  )
})
