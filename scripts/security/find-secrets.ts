/**
 * Finds credentials that must never reach the browser in a built file: a JWT whose role is not `anon`
 * (a service_role key, or any token signed with the project's JWT secret for another role), a Supabase
 * secret key (`sb_secret_…`), an assignment of a service-role key or JWT secret, and the literal values
 * of such secrets when the environment of the check holds them. Pure: callers read the files.
 */
import { decodeJwtPayload } from '../../src/lib/jwt-payload.ts'

/** One finding: the file, what it is and a redacted excerpt. */
export interface SecretFinding {
  file: string
  kind: 'non-anon-jwt' | 'secret-key' | 'secret-assignment' | 'secret-value'
  excerpt: string
}

const JWT = /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g
const SECRET_KEY = /sb_secret_[A-Za-z0-9_-]{8,}/g
const ASSIGNMENT = /(SERVICE_ROLE_KEY|SERVICE_KEY|JWT_SECRET)["']?\s*[:=]\s*["'`][^"'`\s]{8,}/gi

function redact(text: string): string {
  return text.length <= 16 ? text : `${text.slice(0, 12)}…(${text.length} chars)`
}

/**
 * Every secret in `text` (the content of `file`). `knownSecrets` are values that must not appear
 * anywhere (e.g. SUPABASE_SERVICE_ROLE_KEY and SUPABASE_JWT_SECRET of the build machine).
 */
export function findSecrets(
  file: string,
  text: string,
  knownSecrets: readonly string[] = [],
): SecretFinding[] {
  const findings: SecretFinding[] = []
  for (const [token] of text.matchAll(JWT)) {
    const role = decodeJwtPayload(token)?.role
    if (role !== 'anon')
      findings.push({ file, kind: 'non-anon-jwt', excerpt: `${redact(token)} role=${String(role)}` })
  }
  for (const [key] of text.matchAll(SECRET_KEY))
    findings.push({ file, kind: 'secret-key', excerpt: redact(key) })
  for (const [assignment] of text.matchAll(ASSIGNMENT)) {
    findings.push({ file, kind: 'secret-assignment', excerpt: redact(assignment) })
  }
  for (const secret of knownSecrets) {
    if (secret.length >= 8 && text.includes(secret))
      findings.push({ file, kind: 'secret-value', excerpt: redact(secret) })
  }
  return findings
}
