/**
 * The year after `tahun` for the play button, or `null` at the last year (play stops there). A year
 * not in the list starts from the first.
 */
export function getNextYear(years: readonly number[], tahun: number): number | null {
  const index = years.indexOf(tahun)
  if (index === -1) return years[0] ?? null
  return years[index + 1] ?? null
}

/** Where play starts: from the shown year, or from the first year when the last one is shown. */
export function getPlayStart(years: readonly number[], tahun: number): number | null {
  return tahun === years[years.length - 1] ? (years[0] ?? null) : tahun
}

/**
 * Time each year stays on screen while playing. 1.5 s lets the eye take in the new map (the recolour
 * itself takes well under 50 ms); with reduced motion asked for, years change half as often and the
 * map never animates between them.
 */
export function getPlayInterval(isReducedMotion: boolean): number {
  return isReducedMotion ? 3000 : 1500
}
