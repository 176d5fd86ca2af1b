/**
 * Folds a name or a query to the form they are compared in: decomposed (NFD) so accents become
 * separate marks, marks removed, lower case, and any run of punctuation or spaces made one space.
 * "SÍNGA  Gembara" and "singa-gembara" both give "singa gembara".
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The folded text without spaces, so "sangattautara" still finds "Sangatta Utara". */
export function compactSearchText(text: string): string {
  return normalizeSearchText(text).replaceAll(' ', '')
}
