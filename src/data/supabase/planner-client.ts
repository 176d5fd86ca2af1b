/**
 * The planner workspace's Supabase client: anon key only (the role comes from the signed-in planner's
 * JWT), the session kept in the browser's storage and refreshed automatically, magic links read from
 * the URL. Tests inject `fetch`, `storage` and (on Node 20) a WebSocket class.
 */
import { createClient, type SupabaseClient, type SupportedStorage } from '@supabase/supabase-js'
import type { Database } from '../database.types.ts'
import type { SupabaseSettings } from './supabase-settings.ts'

/** The planner workspace's client, typed by the generated schema: table, view and function names and their columns and arguments. */
export type PlannerClient = SupabaseClient<Database>

/** What a test or another runtime may replace. */
export interface PlannerClientOptions {
  fetch?: typeof fetch
  storage?: SupportedStorage
  /** A WebSocket constructor where the runtime has none (Node 20: npm `ws`). */
  webSocket?: unknown
}

/** Creates the client of the planner workspace. */
export function createPlannerClient(
  settings: SupabaseSettings,
  options: PlannerClientOptions = {},
): PlannerClient {
  return createClient<Database>(settings.url, settings.anonKey, {
    auth: {
      persistSession: true,
      autoRefreshToken: true,
      detectSessionInUrl: true,
      storageKey: 'ppd-perencana-auth',
      ...(options.storage ? { storage: options.storage } : {}),
    },
    global: options.fetch ? { fetch: options.fetch } : {},
    ...(options.webSocket ? { realtime: { transport: options.webSocket as never } } : {}),
  })
}
