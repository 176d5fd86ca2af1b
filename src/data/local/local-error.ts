/**
 * Why the local database could not open or take a file, as a code the page turns into a sentence in
 * the screen's language (`planner.local.errors.<code>` in src/i18n/screens/planner.*.json), with the
 * names the sentence needs in `params`. The English `message` is the technical detail.
 */

/** Each way opening or importing can fail. */
export type LocalErrorCode =
  /** Not a PGlite database export at all (a CSV, a random archive): `file`, `reason`. */
  | 'not-database-file'
  /** A PGlite database, but not this app's (missing roles, tables or functions): `file`, `missing`. */
  | 'not-planner-database'
  /** This app's database, but for another kabupaten: `file`, `expected`, `found`. */
  | 'other-region'
  /** Made by a newer version of the app (its schema is ahead of this build): `file`, `found`, `expected`. */
  | 'newer-schema'
  /** The saved copy's schema could not be brought up to date; it was left as it was: `detail`. */
  | 'migration-failed'
  /** The demo dump is not on the server (`npm run data` was not run): `url`. */
  | 'dump-missing'
  /** A download of the engine or the dump failed: `url`, `detail`. */
  | 'download-failed'
  /** The saved copy is open in another tab, which blocks replacing it. */
  | 'other-tab'
  /** The saved copy in this browser cannot be opened: `detail`. */
  | 'saved-unreadable'

/** A local-mode failure with its code; thrown in the worker and rebuilt on the page from the reply. */
export class LocalDatabaseError extends Error {
  readonly code: LocalErrorCode
  readonly params: Record<string, string>
  constructor(code: LocalErrorCode, message: string, params: Record<string, string> = {}) {
    super(message)
    this.name = 'LocalDatabaseError'
    this.code = code
    this.params = params
  }
}
