import type { IndicatorValue, ValueStatus } from '../data/indicators.ts'
import { type Direction, getClassColors } from './class-colors.ts'
import { type ClassBreaks, type Classification, classIndexOf, classify, countClasses } from './classify.ts'
import type { PaletteId } from './palettes.ts'

/** Direction as published: `neutral` figures use the palette as stored (light = low). */
export type PublishedDirection = Direction | 'neutral'

/** The direction the colours follow: a neutral figure is drawn like one where more is worse (dark = high). */
export function colourDirection(direction: PublishedDirection): Direction {
  return direction === 'neutral' ? 'higher-is-worse' : direction
}

/** Statuses that are not a value, each with its own legend row. */
export type MissingStatus = Exclude<ValueStatus, 'ada'>

/** Everything the map, legend and panels derive from one indicator and year over the villages. */
export interface ValueClasses {
  /** The value of each village by code; `null` unless its status is `ada`. */
  values: Map<string, number | null>
  /** The status of each village by code (`tidak_ada` when the data has no row). */
  statuses: Map<string, ValueStatus>
  breaks: ClassBreaks | null
  /** One colour per class, lowest class first; dark is worse. */
  colors: string[]
  /** How many villages fall in each class. */
  counts: number[]
  /** How many villages carry each non-value status. */
  statusCounts: Record<MissingStatus, number>
}

const MISSING: IndicatorValue = { nilai: null, status: 'tidak_ada' }

/**
 * Classifies the present values of each village; the other statuses are counted apart. Pure: callers
 * memoise it. `codes` lists every village drawn, so one without a row counts as `tidak_ada`.
 */
export function deriveValueClasses(
  codes: readonly string[],
  getValue: (kode: string) => IndicatorValue | undefined,
  classification: Classification,
  palette: PaletteId,
  direction: PublishedDirection,
): ValueClasses {
  const values = new Map<string, number | null>()
  const statuses = new Map<string, ValueStatus>()
  for (const kode of codes) {
    const entry = getValue(kode) ?? MISSING
    values.set(kode, entry.status === 'ada' ? entry.nilai : null)
    statuses.set(kode, entry.status === 'ada' && entry.nilai === null ? 'tidak_ada' : entry.status)
  }
  const breaks = classify([...values.values()], classification)
  const counts = Array.from({ length: countClasses(breaks) }, () => 0)
  const statusCounts: Record<MissingStatus, number> = { ditahan: 0, tidak_ada: 0, tidak_berlaku: 0 }
  for (const [kode, value] of values) {
    const index = classIndexOf(value, breaks)
    if (index !== null) counts[index] = (counts[index] ?? 0) + 1
    else {
      const status = statuses.get(kode) ?? 'tidak_ada'
      statusCounts[status === 'ada' ? 'tidak_ada' : status] += 1
    }
  }
  const colors = getClassColors(palette, breaks, colourDirection(direction))
  return { values, statuses, breaks, colors, counts, statusCounts }
}
