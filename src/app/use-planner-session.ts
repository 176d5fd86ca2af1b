import { useCallback, useEffect, useRef, useState } from 'react'
import type { PlannerEngine } from '../data/planner/planner-request.ts'
import type { PlannerSession } from '../data/supabase/planner-auth.ts'
import type { PlannerClient } from '../data/supabase/planner-client.ts'
import type { SupabaseSettings } from '../data/supabase/supabase-settings.ts'

/** The Supabase side of the planner screen. */
export type PlannerSessionState =
  | { status: 'loading' }
  /** `notice`: why the planner is back at the login (their session expired). */
  | { status: 'signed-out'; notice: 'expired' | null }
  | { status: 'signed-in'; session: PlannerSession; engine: PlannerEngine }
  | { status: 'error'; message: string }

/** The session and the login form's actions. */
export interface PlannerSessionHandle {
  state: PlannerSessionState
  signIn(email: string, password: string): Promise<void>
  sendMagicLink(email: string): Promise<void>
  signOut(): Promise<void>
  /** A request found the session expired: forget it and go back to the login with a message. */
  expire(): void
}

type Auth = typeof import('../data/supabase/planner-auth.ts')

/**
 * Creates the Supabase client when the planner screen opens (supabase-js is imported here, lazily) and
 * follows the session. Sign-out by the planner shows the login plainly; a session that ends by itself
 * (refresh failed, token expired) shows the login with "your session has expired".
 */
export function usePlannerSession(settings: SupabaseSettings): PlannerSessionHandle {
  const [state, setState] = useState<PlannerSessionState>({ status: 'loading' })
  const clientRef = useRef<{ client: PlannerClient; auth: Auth } | null>(null)
  const isSigningOut = useRef(false)

  useEffect(() => {
    let stop: (() => void) | undefined
    let isCurrent = true
    Promise.all([
      import('../data/supabase/planner-client.ts'),
      import('../data/supabase/planner-auth.ts'),
      import('../data/supabase/supabase-engine.ts'),
    ])
      .then(([{ createPlannerClient }, auth, { createSupabaseEngine }]) => {
        if (!isCurrent) return
        const client = createPlannerClient(settings)
        clientRef.current = { client, auth }
        const engine = createSupabaseEngine(client)
        let wasSignedIn = false
        stop = auth.watchSession(client, (session) => {
          if (session) {
            wasSignedIn = true
            setState({ status: 'signed-in', session, engine })
            return
          }
          const notice = wasSignedIn && !isSigningOut.current ? 'expired' : null
          wasSignedIn = false
          isSigningOut.current = false
          setState((previous) =>
            previous.status === 'signed-out' && previous.notice ? previous : { status: 'signed-out', notice },
          )
        })
      })
      .catch((error: unknown) => isCurrent && setState({ status: 'error', message: String(error) }))
    return () => {
      isCurrent = false
      stop?.()
    }
  }, [settings])

  const withClient = useCallback(<T>(work: (client: PlannerClient, auth: Auth) => Promise<T>) => {
    const current = clientRef.current
    if (!current) return Promise.reject(new Error('Supabase is still loading'))
    return work(current.client, current.auth)
  }, [])

  return {
    state,
    signIn: (email, password) =>
      withClient(async (client, auth) => {
        await auth.signInWithPassword(client, email, password)
      }),
    sendMagicLink: (email) =>
      withClient((client, auth) =>
        auth.sendMagicLink(client, email, window.location.href.split('#')[0] ?? ''),
      ),
    signOut: () =>
      withClient(async (client, auth) => {
        isSigningOut.current = true
        await auth.signOut(client)
      }),
    expire: () => {
      setState({ status: 'signed-out', notice: 'expired' })
      void withClient((client, auth) => auth.signOut(client, 'local'))
    },
  }
}
