import { describe, expect, it } from 'vitest'
import { findSecrets } from './find-secrets.ts'

function makeJwt(payload: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}.${'s'.repeat(43)}`
}

describe('findSecrets()', () => {
  it.each([
    ['an anon key', `const key="${makeJwt({ role: 'anon', iss: 'supabase' })}"`],
    ['a publishable key', 'createClient(url, "sb_publishable_abcdefghijkl")'],
    ['the words service_role in code', 'if (role === "service_role") return'],
    ['plain code', 'export const answer = 42'],
  ])('finds nothing in %s', (_label, text) => {
    expect(findSecrets('a.js', text)).toEqual([])
  })

  it.each([
    ['a service_role JWT', `k="${makeJwt({ role: 'service_role', iss: 'supabase' })}"`, 'non-anon-jwt'],
    ['an authenticated JWT', `k="${makeJwt({ role: 'authenticated', sub: 'x' })}"`, 'non-anon-jwt'],
    ['a secret key', 'key: "sb_secret_abcdefghijklmnop"', 'secret-key'],
    ['a service role key assignment', 'SUPABASE_SERVICE_ROLE_KEY="abcdefghijklmnop"', 'secret-assignment'],
    [
      'a JWT secret assignment',
      "jwt_secret: 'super-secret-jwt-token-with-at-least-32-characters'",
      'secret-assignment',
    ],
  ] as const)('finds %s', (_label, text, kind) => {
    expect(findSecrets('a.js', text)).toMatchObject([{ file: 'a.js', kind }])
  })

  it('finds a known secret value wherever it appears, and never prints it whole', () => {
    const secret = 'my-very-own-jwt-secret-value'
    const [finding] = findSecrets('a.js', `x${secret}y`, [secret])
    expect(finding).toMatchObject({ kind: 'secret-value' })
    expect(finding?.excerpt).not.toContain(secret)
  })
})
