/**
 * Security: the built app (dist/) carries no credential beyond the anon key. Every text file the browser
 * can fetch is scanned for non-anon JWTs (a service_role key), Supabase secret keys, assignments of a
 * service-role key or JWT secret, and the literal values of those secrets if this machine holds them.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findSecrets } from '../../scripts/security/find-secrets.ts'

const DIST = path.resolve(import.meta.dirname, '../../dist')
const TEXT_FILES = /\.(html|js|mjs|css|json|map|txt|csv|svg|webmanifest)$/

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name))
}

describe('the built app', () => {
  it('holds no service-role key, secret key or JWT secret', async () => {
    const known = [
      process.env.SUPABASE_SERVICE_ROLE_KEY,
      process.env.SUPABASE_JWT_SECRET,
      process.env.SUPABASE_SECRET_KEY,
    ].filter((value): value is string => Boolean(value))
    const files = (await listFiles(DIST)).filter((file) => TEXT_FILES.test(file))
    expect(files.some((file) => file.endsWith('index.html'))).toBe(true)
    const findings = []
    for (const file of files) {
      findings.push(...findSecrets(path.relative(DIST, file), await readFile(file, 'utf8'), known))
    }
    expect(findings).toEqual([])
  })
})
