/**
 * A fake Supabase for the engine tests: a `fetch` that records every request and answers from routes,
 * and a planner signed in through it (the client is real supabase-js).
 */
import WebSocket from 'ws'
import { signInWithPassword } from './planner-auth.ts'
import { createPlannerClient } from './planner-client.ts'
import { createSupabaseEngine } from './supabase-engine.ts'

export const URL_BASE = 'https://contoh.supabase.co'
export const ANON_KEY = 'sb_publishable_test-anon-key'
export const ACCESS_TOKEN = 'planner-access-token'

/** One request as the fake server saw it. */
export interface SeenRequest {
  method: string
  url: string
  headers: Record<string, string>
  body: unknown
}

export type Reply = { status: number; body: unknown }

/** A fetch that records every request and answers from `routes` (`METHOD path`), else 404. */
export function makeServer(routes: Record<string, Reply>) {
  const seen: SeenRequest[] = []
  const fetchImpl: typeof fetch = async (input, init) => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    const text = await request.text()
    seen.push({
      method: request.method,
      url: `${url.pathname}${url.search}`,
      headers: Object.fromEntries(request.headers.entries()),
      body: text ? JSON.parse(text) : undefined,
    })
    const reply = routes[`${request.method} ${url.pathname}`] ?? {
      status: 404,
      body: { message: 'no route' },
    }
    return new Response(reply.status === 204 ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'content-type': 'application/json' },
    })
  }
  return { seen, fetchImpl }
}

export function makeMemoryStorage() {
  const items = new Map<string, string>()
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  }
}

export const USER = {
  id: '00000000-0000-4000-8000-000000000001',
  aud: 'authenticated',
  role: 'authenticated',
  email: 'perencana@contoh.id',
  app_metadata: { provider: 'email', role: 'planner' },
  user_metadata: {},
  created_at: '2026-01-01T00:00:00Z',
}

const TOKEN_REPLY: Reply = {
  status: 200,
  body: {
    access_token: ACCESS_TOKEN,
    token_type: 'bearer',
    expires_in: 3600,
    expires_at: Math.floor(Date.now() / 1000) + 3600,
    refresh_token: 'refresh-token',
    user: USER,
  },
}

export const FOLLOW_UP = {
  id: 7,
  kode_desa: '64.08.01.2001',
  status: 'perlu_verifikasi',
  catatan: 'Cek lapangan',
  penulis: 'perencana@contoh.id',
  dibuat_pada: '2026-02-01T00:00:00+00:00',
}

/** A signed-in planner's engine over a fake server with `routes`. */
export async function makeSignedIn(routes: Record<string, Reply>) {
  const server = makeServer({ 'POST /auth/v1/token': TOKEN_REPLY, ...routes })
  const client = createPlannerClient(
    { url: URL_BASE, anonKey: ANON_KEY },
    { fetch: server.fetchImpl, storage: makeMemoryStorage(), webSocket: WebSocket },
  )
  const session = await signInWithPassword(client, ' perencana@contoh.id ', 'rahasia')
  return { ...server, client, session, engine: createSupabaseEngine(client) }
}

/** The REST request the engine made last (after the sign-in). */
export function lastRest(seen: SeenRequest[]): SeenRequest {
  const request = seen.at(-1)
  if (!request) throw new Error('no request was made')
  return request
}
