import { describe, expect, it } from 'vitest'
import { readSupabaseSettings } from './supabase-settings.ts'

function makeKey(role: string): string {
  const encode = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '')
  return `${encode({ alg: 'HS256' })}.${encode({ role, iss: 'supabase' })}.sig`
}

describe('readSupabaseSettings()', () => {
  it.each([
    ['neither variable', undefined, undefined, null],
    [
      'an anon JWT',
      'https://abc.supabase.co/',
      makeKey('anon'),
      { url: 'https://abc.supabase.co', anonKey: makeKey('anon') },
    ],
    [
      'a publishable key',
      'https://abc.supabase.co',
      'sb_publishable_x',
      { url: 'https://abc.supabase.co', anonKey: 'sb_publishable_x' },
    ],
    [
      'a local http server',
      'http://127.0.0.1:54321',
      'sb_publishable_x',
      { url: 'http://127.0.0.1:54321', anonKey: 'sb_publishable_x' },
    ],
  ])('accepts %s', (_label, url, key, expected) => {
    expect(readSupabaseSettings(url, key)).toEqual(expected)
  })

  it.each([
    ['a URL without a key', 'https://abc.supabase.co', undefined, /VITE_SUPABASE_ANON_KEY is empty/],
    ['a key without a URL', undefined, makeKey('anon'), /VITE_SUPABASE_URL is empty/],
    ['a URL that is not one', 'abc.supabase.co', makeKey('anon'), /is not a URL/],
    ['plain http to a remote host', 'http://abc.supabase.co', makeKey('anon'), /must use https/],
    ['a service_role JWT', 'https://abc.supabase.co', makeKey('service_role'), /"service_role" key/],
    ['a secret key', 'https://abc.supabase.co', 'sb_secret_abc', /secret key/],
  ])('refuses %s', (_label, url, key, message) => {
    expect(() => readSupabaseSettings(url, key)).toThrow(message)
  })
})
