/**
 * Where the records of a CSV text end, by the quote rules papaparse reads with: a quote opens a quoted
 * cell only at the start of a cell, and `""` inside one is a quote. `parse-csv.ts` uses it to hand
 * papaparse whole records only, so a piece of the file may end anywhere, even inside a quoted cell.
 */

/** A line break as papaparse takes it. */
export type Newline = '\r\n' | '\n' | '\r'

const QUOTE = 0x22
const LF = 0x0a
const CR = 0x0d

/** Record-end scan states: at a cell's start, in an unquoted cell, in quotes, just after a quote in quotes. */
export type QuoteState = 0 | 1 | 2 | 3
export const AT_CELL_START: QuoteState = 0
const UNQUOTED: QuoteState = 1
const IN_QUOTES: QuoteState = 2
const QUOTE_IN_QUOTES: QuoteState = 3

/**
 * Scans `text` from `from` on, in quote state `state`: returns the state at its end and the end
 * (exclusive, after its line break) of the last complete record it found there, -1 for none.
 */
export function scanRecordEnds(
  text: string,
  from: number,
  state: QuoteState,
  delimiter: string,
  newline: Newline,
): { state: QuoteState; boundary: number } {
  const delimiterCode = delimiter.charCodeAt(0)
  const breakCode = newline === '\r' ? CR : LF
  const needsCr = newline === '\r\n'
  let boundary = -1
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (state === IN_QUOTES) {
      if (code === QUOTE) state = QUOTE_IN_QUOTES
      continue
    }
    if (code === QUOTE) {
      // A quote opens a quoted cell only at the cell's start; after a closing quote, `""` goes on quoting.
      state = state === UNQUOTED ? UNQUOTED : IN_QUOTES
    } else if (code === delimiterCode) {
      state = AT_CELL_START
    } else if (code === breakCode && (!needsCr || text.charCodeAt(at - 1) === CR)) {
      state = AT_CELL_START
      boundary = at + 1
    } else if (code !== CR || !needsCr) {
      // A closing quote followed by anything else is malformed; papaparse goes on inside the quotes.
      state = state === QUOTE_IN_QUOTES ? IN_QUOTES : UNQUOTED
    }
  }
  return { state, boundary }
}

/** The file's line break as papaparse guesses it (the first one), once the text holds one. */
export function detectNewline(text: string): Newline | undefined {
  const lf = text.indexOf('\n')
  const cr = text.indexOf('\r')
  // A piece may end between the two characters of a CRLF.
  if (lf < 0 && cr === text.length - 1) return undefined
  if (cr >= 0 && (lf < 0 || cr < lf - 1)) return '\r'
  if (lf >= 0) return cr === lf - 1 ? '\r\n' : '\n'
  return undefined
}

/** The number of `\n` in `text`. */
export function countLineBreaks(text: string): number {
  let lines = 0
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++
  return lines
}
