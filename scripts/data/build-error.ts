/**
 * The one error type of the data build. Its message always names what failed (a file, and a line when
 * the problem is in one row) and what to do about it, because the person reading it is usually running
 * `npm run data` for the first time and has no other context.
 */
export class BuildError extends Error {
  /** The file the problem is in, as the user would type it (a path or a URL). */
  readonly file: string | undefined
  /** 1-based line number inside `file`, when one row is at fault. */
  readonly line: number | undefined

  constructor(what: string, options: { file?: string; line?: number; hint: string }) {
    const where = options.file ? `${options.file}${options.line ? `:${options.line}` : ''}: ` : ''
    super(`${where}${what}\n  → ${options.hint}`)
    this.name = 'BuildError'
    this.file = options.file
    this.line = options.line
  }
}
