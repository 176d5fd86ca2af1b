import { MAX_MANUAL_BREAKS, MIN_MANUAL_BREAKS } from '../../indicators/classify.ts'

/** Why typed breaks cannot be used, and which one (1-based) when it is about one. */
export type BreaksError =
  | { reason: 'empty' | 'malformed'; position: number }
  | { reason: 'not-ascending'; position: number }
  | { reason: 'count'; count: number }

/** Breaks the reader typed: the numbers, or the first problem. */
export type ParsedBreaks = { ok: true; breaks: number[] } | { ok: false; error: BreaksError }

/** A decimal with `.` or `,` as separator (both languages' readers type either), no thousands marks. */
const DECIMAL = /^[-−]?(\d+([.,]\d*)?|[.,]\d+)$/

/** Reads one typed number, or `null` when it is not one. */
export function parseDecimal(text: string): number | null {
  const compact = text.replace(/\s+/g, '')
  if (!DECIMAL.test(compact)) return null
  const value = Number(compact.replace('−', '-').replace(',', '.'))
  return Number.isFinite(value) ? value : null
}

/**
 * Reads the class breaks typed in the legend editor: 2–8 numbers, each greater than the one before.
 * The first problem is reported with the position of the break, so the editor can name it.
 */
export function parseBreaks(texts: readonly string[]): ParsedBreaks {
  if (texts.length < MIN_MANUAL_BREAKS || texts.length > MAX_MANUAL_BREAKS) {
    return { ok: false, error: { reason: 'count', count: texts.length } }
  }
  const breaks: number[] = []
  for (const [index, text] of texts.entries()) {
    const position = index + 1
    if (text.trim() === '') return { ok: false, error: { reason: 'empty', position } }
    const value = parseDecimal(text)
    if (value === null) return { ok: false, error: { reason: 'malformed', position } }
    const previous = breaks[breaks.length - 1]
    if (previous !== undefined && value <= previous) {
      return { ok: false, error: { reason: 'not-ascending', position } }
    }
    breaks.push(value)
  }
  return { ok: true, breaks }
}
