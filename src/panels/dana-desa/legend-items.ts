/**
 * Legend rows of the Dana Desa maps: class ranges formatted for the figure's kind (rupiah compact, or
 * percent), then one row per status that occurs. Pure; labels come from the caller's `t`.
 */
import { CHANGE_THRESHOLDS } from '../../dana-desa/change-classes.ts'
import { NOT_ELIGIBLE_COLOR } from '../../dana-desa/not-eligible-class.ts'
import { getClassRanges } from '../../indicators/classify.ts'
import { formatRupiah, formatSignedPercent, formatValue } from '../../indicators/format.ts'
import { NO_DATA_COLOR, WITHHELD_COLOR } from '../../indicators/palettes.ts'
import type { ValueClasses } from '../../indicators/value-classes.ts'
import type { Language } from '../../lib/language.ts'
import type { LegendItem } from './map-legend.tsx'

/** Labels of the status rows. */
export interface StatusLabels {
  noData: string
  withheld: string
  notEligible: string
}

/** Rows for a published figure's quantile classes; `isRupiah` picks the number format. */
export function buildClassLegend(
  classes: ValueClasses,
  isRupiah: boolean,
  language: Language,
  labels: StatusLabels,
): LegendItem[] {
  const format = (value: number): string =>
    isRupiah ? formatRupiah(value, language, { isCompact: true }) : `${formatValue(value, language, 1)} %`
  const ranges = classes.breaks ? getClassRanges(classes.breaks) : []
  const items = ranges.map(([lower, upper], index) => ({
    color: classes.colors[index] ?? NO_DATA_COLOR,
    label: `${format(lower)} – ${format(upper)}`,
  }))
  return [...items, ...statusItems(classes.statusCounts, labels)]
}

/** Rows for the change map: fixed ranges in percent around zero, then the statuses. */
export function buildChangeLegend(
  colors: readonly string[],
  statusCounts: Record<'ditahan' | 'tidak_ada' | 'tidak_berlaku', number>,
  language: Language,
  labels: StatusLabels & { same: string },
): LegendItem[] {
  const percent = (value: number): string => formatSignedPercent(value, language, 1)
  const edges = CHANGE_THRESHOLDS
  const items = colors.map((color, index) => {
    const lower = edges[index - 1]
    const upper = edges[index]
    if (lower === undefined) return { color, label: `< ${percent(upper ?? 0)}` }
    if (upper === undefined) return { color, label: `> ${percent(lower)}` }
    if (lower < 0 && upper > 0)
      return { color, label: `${labels.same} (${percent(lower)} … ${percent(upper)})` }
    return { color, label: `${percent(lower)} … ${percent(upper)}` }
  })
  return [...items.reverse(), ...statusItems(statusCounts, labels)]
}

function statusItems(
  counts: Record<'ditahan' | 'tidak_ada' | 'tidak_berlaku', number>,
  labels: StatusLabels,
): LegendItem[] {
  return [
    counts.ditahan > 0 ? { color: WITHHELD_COLOR, label: labels.withheld } : null,
    counts.tidak_ada > 0 ? { color: NO_DATA_COLOR, label: labels.noData } : null,
    counts.tidak_berlaku > 0 ? { color: NOT_ELIGIBLE_COLOR, label: labels.notEligible } : null,
  ].filter((item): item is LegendItem => item !== null)
}
