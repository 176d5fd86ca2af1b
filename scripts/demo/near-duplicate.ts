/**
 * The demo's definition of a near-duplicate name: after normalisation (lower case, letters and single
 * spaces only), two names at most two edits apart (insert, delete, substitute, or swap two adjacent letters:
 * the optimal-string-alignment distance). The generator keeps such pairs out of the organic data for people
 * who share a birth date, so every pair a detector finds is a planted anomaly.
 */

/** Edits allowed between two near-duplicate names. */
export const NEAR_DUPLICATE_MAX_EDITS = 2

/** Lower case, letters and single spaces only: "Siti  Nur'aini" → "siti nuraini". */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .replace(/ +/g, ' ')
    .trim()
}

// Three reusable rows of the distance matrix; names are at most 100 characters (contract).
const ROW_LENGTH = 128
let beforePrevious = new Int32Array(ROW_LENGTH)
let previous = new Int32Array(ROW_LENGTH)
let current = new Int32Array(ROW_LENGTH)

/**
 * `true` when the optimal-string-alignment distance between `a` and `b` is at most `limit`.
 * Stops as soon as a whole row exceeds the limit, so unrelated names cost a few rows only.
 */
export function isWithinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false
  if (a === b) return true
  const columns = b.length
  if (a.length >= ROW_LENGTH || columns >= ROW_LENGTH) return false
  for (let column = 0; column <= columns; column++) previous[column] = column
  for (let row = 1; row <= a.length; row++) {
    current[0] = row
    let rowMinimum = row
    for (let column = 1; column <= columns; column++) {
      const cost = a.charCodeAt(row - 1) === b.charCodeAt(column - 1) ? 0 : 1
      let value = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + cost,
      )
      if (
        row > 1 &&
        column > 1 &&
        a.charCodeAt(row - 1) === b.charCodeAt(column - 2) &&
        a.charCodeAt(row - 2) === b.charCodeAt(column - 1)
      ) {
        value = Math.min(value, (beforePrevious[column - 2] ?? 0) + 1)
      }
      current[column] = value
      if (value < rowMinimum) rowMinimum = value
    }
    if (rowMinimum > limit) return false
    const recycled = beforePrevious
    beforePrevious = previous
    previous = current
    current = recycled
  }
  return (previous[columns] ?? 0) <= limit
}

/**
 * Bit `i` set when letter `a + i` occurs in `normalized`. Each edit changes at most two bits, so two names
 * whose masks differ in more than `2 × limit` bits cannot be within `limit` edits: a cheap pre-filter.
 */
export function letterMask(normalized: string): number {
  let mask = 0
  for (let index = 0; index < normalized.length; index++) {
    const letter = normalized.charCodeAt(index) - 97
    if (letter >= 0 && letter < 26) mask |= 1 << letter
  }
  return mask
}

/** Number of set bits of a 32-bit integer. */
export function bitCount(value: number): number {
  let rest = value - ((value >>> 1) & 0x55555555)
  rest = (rest & 0x33333333) + ((rest >>> 2) & 0x33333333)
  return (((rest + (rest >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

/** `true` when two names are near-duplicates by the demo's definition (identical names included). */
export function isNearDuplicateName(a: string, b: string): boolean {
  return isWithinEdits(normalizeName(a), normalizeName(b), NEAR_DUPLICATE_MAX_EDITS)
}
