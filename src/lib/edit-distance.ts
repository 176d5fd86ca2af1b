/**
 * The optimal-string-alignment distance between two strings: the fewest one-character insertions,
 * deletions, substitutions and swaps of two neighbours that turn one into the other ("Sangata" →
 * "Sangatta" is 1, "Kelinjau Ilr" → "Kelinjau Ilir" is 1, "Ialr" → "Ilar" is 1). Stops early and answers
 * `limit + 1` once the distance is known to exceed `limit`, so comparing a name with every village of a
 * kabupaten stays cheap. Compares UTF-16 code units: fold the texts first (normalize-search-text.ts).
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  if (a === b) return 0
  // Three rows of the dynamic-programming table: the one before the previous (for swaps), the previous, this.
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, at) => at)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] as number) + 1)
      }
      current.push(value)
      if (value < rowMin) rowMin = value
    }
    if (rowMin > limit) return limit + 1
    before = previous
    previous = current
  }
  const distance = previous[b.length] as number
  return distance > limit ? limit + 1 : distance
}
