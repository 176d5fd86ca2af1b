import { describe, expect, it } from 'vitest'
import { readConfig } from './config.ts'

describe('readConfig()', () => {
  it.each([
    { env: { BASE_URL: '/', DEV: false }, expected: '/data/' },
    { env: { BASE_URL: '/peta', DEV: false }, expected: '/peta/data/' },
    {
      env: { BASE_URL: '/', DEV: true, VITE_DATA_URL: 'https://example.org/snap' },
      expected: 'https://example.org/snap/',
    },
    { env: {}, expected: '/data/' },
  ])('fetches the snapshot from $expected', ({ env, expected }) => {
    expect(readConfig(env).dataBaseUrl).toBe(expected)
  })

  it('rejects a malformed environment', () => {
    expect(() => readConfig({ DEV: 'yes' })).toThrow()
  })
})

describe('readConfig().basePath', () => {
  it.each([
    { env: { BASE_URL: '/' }, expected: '/' },
    { env: { BASE_URL: '/peta' }, expected: '/peta/' },
    { env: {}, expected: '/' },
  ])('serves the app under $expected', ({ env, expected }) => {
    expect(readConfig(env).basePath).toBe(expected)
  })
})

describe('readConfig().supabase', () => {
  it.each([
    { env: {}, expected: null },
    {
      env: { VITE_SUPABASE_URL: 'https://abc.supabase.co', VITE_SUPABASE_ANON_KEY: 'sb_publishable_x' },
      expected: { url: 'https://abc.supabase.co', anonKey: 'sb_publishable_x' },
    },
  ])('is $expected for the planner workspace', ({ env, expected }) => {
    expect(readConfig(env).supabase).toEqual(expected)
  })
})
