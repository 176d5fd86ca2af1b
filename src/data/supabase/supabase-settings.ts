import { decodeJwtPayload } from '../../lib/jwt-payload.ts'

/** Where the planner workspace finds Supabase: the project URL and its anon (publishable) key. */
export interface SupabaseSettings {
  url: string
  anonKey: string
}

/**
 * Checks the two build variables. Both or neither: one alone is a mistake worth stopping for. A key that
 * would give the browser more than the anon role (a `service_role` JWT or an `sb_secret_` key) is refused
 * at startup, so it can never be used from the browser even if someone put it in the build.
 */
export function readSupabaseSettings(
  url: string | undefined,
  anonKey: string | undefined,
): SupabaseSettings | null {
  if (!url && !anonKey) return null
  if (!url || !anonKey) {
    const missing = url ? 'VITE_SUPABASE_ANON_KEY' : 'VITE_SUPABASE_URL'
    throw new Error(
      `config: ${missing} is empty; set both VITE_SUPABASE_URL and VITE_SUPABASE_ANON_KEY, or neither`,
    )
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new Error(`config: VITE_SUPABASE_URL "${url}" is not a URL (e.g. https://<project>.supabase.co)`)
  }
  if (parsed.protocol !== 'https:' && parsed.hostname !== 'localhost' && parsed.hostname !== '127.0.0.1') {
    throw new Error(`config: VITE_SUPABASE_URL must use https (got ${parsed.protocol}//${parsed.host})`)
  }
  if (anonKey.startsWith('sb_secret_')) {
    throw new Error(
      'config: VITE_SUPABASE_ANON_KEY holds a secret key (sb_secret_…); use the publishable/anon key',
    )
  }
  const role = decodeJwtPayload(anonKey)?.role
  if (role !== undefined && role !== 'anon') {
    throw new Error(
      `config: VITE_SUPABASE_ANON_KEY is a "${String(role)}" key; only the anon key may reach the browser`,
    )
  }
  return { url: url.replace(/\/+$/, ''), anonKey }
}
