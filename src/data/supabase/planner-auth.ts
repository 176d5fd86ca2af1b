/**
 * Planner sign-in with Supabase Auth: e-mail + password, or a magic link; sign-out; the session as the
 * screen needs it. The role comes from `app_metadata.role` (set by an admin, never by the user); RLS
 * checks it again on every request, so this is for the UI only.
 */
import type { Session } from '@supabase/supabase-js'
import type { PlannerClient } from './planner-client.ts'

/** The signed-in planner as the screen shows them. */
export interface PlannerSession {
  userId: string
  email: string
  /** `planner` or `admin`, else null: signed in, but RLS will show this account nothing. */
  role: 'planner' | 'admin' | null
  /** When the access token expires (ms since epoch), if known. */
  expiresAt: number | null
}

/** A failed auth action, with Supabase's message. */
export class AuthError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AuthError'
  }
}

/** The planner view of a Supabase session. */
export function toPlannerSession(session: Session | null): PlannerSession | null {
  if (!session) return null
  const role = session.user.app_metadata?.role
  return {
    userId: session.user.id,
    email: session.user.email ?? '',
    role: role === 'planner' || role === 'admin' ? role : null,
    expiresAt: session.expires_at ? session.expires_at * 1000 : null,
  }
}

/** Signs in with e-mail and password. */
export async function signInWithPassword(
  client: PlannerClient,
  email: string,
  password: string,
): Promise<PlannerSession> {
  const { data, error } = await client.auth.signInWithPassword({ email: email.trim(), password })
  const session = toPlannerSession(data.session)
  if (error || !session) throw new AuthError(error?.message ?? 'no session returned')
  return session
}

/** Sends a magic link to an existing planner's address; the link comes back to `redirectTo`. */
export async function sendMagicLink(client: PlannerClient, email: string, redirectTo: string): Promise<void> {
  const { error } = await client.auth.signInWithOtp({
    email: email.trim(),
    // Planners are invited by an admin; a magic link never creates an account.
    options: { shouldCreateUser: false, emailRedirectTo: redirectTo },
  })
  if (error) throw new AuthError(error.message)
}

/** Signs out: `global` ends the session on the server too; `local` only forgets it (expired session). */
export async function signOut(client: PlannerClient, scope: 'global' | 'local' = 'global'): Promise<void> {
  const { error } = await client.auth.signOut({ scope })
  if (error && scope === 'global') await client.auth.signOut({ scope: 'local' })
}

/** The current session, and every change of it until the returned function is called. */
export function watchSession(
  client: PlannerClient,
  onChange: (session: PlannerSession | null) => void,
): () => void {
  const { data } = client.auth.onAuthStateChange((_event, session) => onChange(toPlannerSession(session)))
  return () => data.subscription.unsubscribe()
}
