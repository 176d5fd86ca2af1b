import { z } from 'zod/mini'
import { getSnapshotBaseUrl } from './data/snapshot-files.ts'
import { readSupabaseSettings, type SupabaseSettings } from './data/supabase/supabase-settings.ts'

/**
 * The app's configuration: the only module that reads `import.meta.env`.
 * Everything is validated once here, so the rest of the code trusts the types.
 */
export interface AppConfig {
  /** Base URL the snapshot files are fetched from, always ending with `/`. */
  dataBaseUrl: string
  /** The path the app is served under, always ending with `/` (Vite's `base`, e.g. `/` or `/peta/`). */
  basePath: string
  /** True in `vite dev`; used to expose debugging hooks. */
  isDev: boolean
  /**
   * The Supabase project of the planner workspace (VITE_SUPABASE_URL + VITE_SUPABASE_ANON_KEY), or null:
   * then the planner workspace runs in local mode (PGlite in the browser).
   */
  supabase: SupabaseSettings | null
}

const envSchema = z.object({
  BASE_URL: z._default(z.string(), '/'),
  DEV: z._default(z.boolean(), false),
  /** Optional override, e.g. a CDN folder holding a published snapshot. */
  VITE_DATA_URL: z.optional(z.string().check(z.minLength(1))),
  VITE_SUPABASE_URL: z.optional(z.string()),
  VITE_SUPABASE_ANON_KEY: z.optional(z.string()),
})

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`
}

/** Reads and validates the build-time environment. Throws on a malformed value, at startup. */
export function readConfig(env: Record<string, unknown>): AppConfig {
  const parsed = envSchema.parse(env)
  return {
    dataBaseUrl: getSnapshotBaseUrl(parsed.BASE_URL, parsed.VITE_DATA_URL),
    basePath: withTrailingSlash(parsed.BASE_URL),
    isDev: parsed.DEV,
    supabase: readSupabaseSettings(parsed.VITE_SUPABASE_URL?.trim(), parsed.VITE_SUPABASE_ANON_KEY?.trim()),
  }
}

/** The configuration of this build. */
export const config: AppConfig = readConfig(import.meta.env)
