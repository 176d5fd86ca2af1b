import type { IndicatorValue, ValueStatus } from '../data/indicators.ts'
import { type ClassBreaks, classIndexOf, countClasses } from './classify.ts'
import type { MissingStatus, ValueClasses } from './value-classes.ts'

const MISSING: IndicatorValue = { nilai: null, status: 'tidak_ada' }

/**
 * Sorts each area's value into given breaks and counts the classes and the other statuses, like
 * `deriveValueClasses` but with breaks decided elsewhere (pooled over two years, or centred on zero).
 * A value outside the breaks' range still gets the nearest end class, as `classIndexOf` does.
 */
export function applyBreaks(
  codes: readonly string[],
  getValue: (kode: string) => IndicatorValue | undefined,
  breaks: ClassBreaks | null,
  colors: string[],
): ValueClasses {
  const values = new Map<string, number | null>()
  const statuses = new Map<string, ValueStatus>()
  const counts = Array.from({ length: countClasses(breaks) }, () => 0)
  const statusCounts: Record<MissingStatus, number> = { ditahan: 0, tidak_ada: 0, tidak_berlaku: 0 }
  for (const kode of codes) {
    const entry = getValue(kode) ?? MISSING
    const value = entry.status === 'ada' ? entry.nilai : null
    const status: ValueStatus = entry.status === 'ada' && value === null ? 'tidak_ada' : entry.status
    values.set(kode, value)
    statuses.set(kode, status)
    const index = classIndexOf(value, breaks)
    if (index !== null) counts[index] = (counts[index] ?? 0) + 1
    else statusCounts[status === 'ada' ? 'tidak_ada' : status] += 1
  }
  return { values, statuses, breaks, colors, counts, statusCounts }
}
