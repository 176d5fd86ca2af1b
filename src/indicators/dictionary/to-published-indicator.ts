/**
 * What `indicators.json` states of a dictionary entry: its meaning, and the levels it exists for (from
 * where it applies). The formula stays in the dictionary and SQL.
 */
import type { IndicatorEntry, IndicatorLevel, PublishedIndicator } from './types.ts'

const ALL_LEVELS: readonly IndicatorLevel[] = ['desa', 'kecamatan', 'kabupaten']

/** The published definition of `entry`. */
export function toPublishedIndicator(entry: IndicatorEntry): PublishedIndicator {
  return {
    id: entry.id,
    theme: entry.theme,
    label: entry.label,
    description: entry.description,
    unit: entry.unit,
    kind: entry.kind,
    direction: entry.direction,
    decimals: entry.decimals,
    source: entry.source,
    synthetic: entry.synthetic,
    levels: entry.appliesTo === 'desa' ? ['desa'] : ALL_LEVELS,
    ...(entry.classification === undefined ? {} : { classification: entry.classification }),
    ...(entry.palette === undefined ? {} : { palette: entry.palette }),
  }
}
