import { getClassRanges } from './classify.ts'
import { NO_DATA_COLOR, WITHHELD_COLOR } from './palettes.ts'
import type { MissingStatus, ValueClasses } from './value-classes.ts'

/** Legend row keys: `class-<index>` for a class, or a status row. */
export type LegendRowKey = `class-${number}` | 'withheld' | 'no-data' | 'not-applicable'

/** The status each status row stands for. */
export const STATUS_OF_ROW = {
  withheld: 'ditahan',
  'no-data': 'tidak_ada',
  'not-applicable': 'tidak_berlaku',
} as const satisfies Record<Exclude<LegendRowKey, `class-${number}`>, MissingStatus>

/** One legend row as data: the legend component words and formats it. */
export interface LegendItem {
  key: LegendRowKey
  color: string
  /** `[lower, upper]` of a class (an open end is ±Infinity); `null` for a status row. */
  range: readonly [number, number] | null
  /** Areas in the row. */
  count: number
}

/** Colours of the status rows; the not-applicable row may have its own (Dana Desa's kelurahan). */
export interface LegendColors {
  notApplicable?: string
}

/**
 * The legend rows of a set of classes: one per class with its range and count, then withheld and
 * not-applicable (only when some area has them) and no data (always, so the grey is explained).
 */
export function buildLegendItems(classes: ValueClasses, colors: LegendColors = {}): LegendItem[] {
  const ranges = classes.breaks ? getClassRanges(classes.breaks) : []
  const items: LegendItem[] = ranges.map((range, index) => ({
    key: `class-${index}` as const,
    color: classes.colors[index] ?? NO_DATA_COLOR,
    range,
    count: classes.counts[index] ?? 0,
  }))
  const { ditahan, tidak_ada, tidak_berlaku } = classes.statusCounts
  if (ditahan > 0) items.push({ key: 'withheld', color: WITHHELD_COLOR, range: null, count: ditahan })
  items.push({ key: 'no-data', color: NO_DATA_COLOR, range: null, count: tidak_ada })
  if (tidak_berlaku > 0) {
    const color = colors.notApplicable ?? NO_DATA_COLOR
    items.push({ key: 'not-applicable', color, range: null, count: tidak_berlaku })
  }
  return items
}
