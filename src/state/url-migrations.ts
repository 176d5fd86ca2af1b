import { renameKey, type UrlMigration } from '../lib/define-url-state.ts'

/**
 * Rewrites of old links, in the order they were added; every screen's codec runs all of them before
 * reading a link (and before writing over it, so the address bar shows the current form). Add one
 * whenever a published key or value changes (an indicator id is never renamed without one); never edit
 * or remove an old one.
 */
export const URL_MIGRATIONS: readonly UrlMigration[] = [
  renameKey(
    't',
    'tahun',
    'Issue 19: the year is `tahun` on every screen; the explorer, village profile and priority links wrote `t`.',
  ),
]
