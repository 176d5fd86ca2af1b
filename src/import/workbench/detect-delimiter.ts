/**
 * The cell separator of a CSV file, read from its header line: Excel writes `;` where the decimal mark
 * is a comma (Indonesian Windows settings), `\t` for "Unicode Text", sometimes `|`. The separator that
 * splits the header into the most cells wins; quoted text is skipped. A single-column file gives `,`.
 */

/** Separators the workbench accepts. */
export const DELIMITERS = [',', ';', '\t', '|'] as const

/** One of {@link DELIMITERS}. */
export type Delimiter = (typeof DELIMITERS)[number]

/** The separator of `text`'s first line (see the file comment). */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((delimiter) => [delimiter, 0]))
  let quoted = false
  for (let at = 0; at < text.length; at++) {
    const character = text[at] as string
    if (character === '"') quoted = !quoted
    else if (!quoted && (character === '\n' || character === '\r')) break
    else if (!quoted && counts.has(character as Delimiter)) {
      counts.set(character as Delimiter, (counts.get(character as Delimiter) ?? 0) + 1)
    }
  }
  let best: Delimiter = ','
  for (const delimiter of DELIMITERS) {
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter
  }
  return best
}
