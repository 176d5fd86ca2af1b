/**
 * The Dana Desa maps' legend rows and range wording: the change map's fixed classes (largest gain
 * first, "about the same" around zero, open ends), and class ranges formatted for the figure's kind
 * (rupiah compact, or percent). Pure; the rows are the shared `LegendItem`s of `MapLegend`.
 */
import type { ChangeClasses } from '../../dana-desa/change-classes.ts'
import { NOT_ELIGIBLE_COLOR } from '../../dana-desa/not-eligible-class.ts'
import { applyBreaks } from '../../indicators/apply-breaks.ts'
import { buildChoropleth, type Choropleth } from '../../indicators/choropleth.ts'
import { formatRupiah, formatSignedPercent, formatValue } from '../../indicators/format.ts'
import type { Language } from '../../lib/language.ts'

/** The not-eligible row (kelurahan) in its own colour, as the map draws it. */
export const DANA_DESA_LEGEND_COLORS = { notApplicable: NOT_ELIGIBLE_COLOR }

/**
 * The change map as a choropleth: its fixed classes (open at both ends) for the fill, and legend rows
 * from the largest gain down, then the statuses.
 */
export function buildChangeChoropleth(change: ChangeClasses): Choropleth {
  const classes = applyBreaks(
    [...change.values.keys()],
    (kode) => {
      const status = change.statuses.get(kode) ?? 'tidak_ada'
      return { nilai: status === 'ada' ? (change.values.get(kode) ?? null) : null, status }
    },
    { thresholds: [...change.thresholds], min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY },
    [...change.colors],
  )
  const choropleth = buildChoropleth(classes, DANA_DESA_LEGEND_COLORS)
  const rows = choropleth.legend.filter((item) => item.range !== null)
  const statuses = choropleth.legend.filter((item) => item.range === null)
  return { ...choropleth, legend: [...rows.reverse(), ...statuses] }
}

/** A change class in percent: `< −10 %`, `−5 % … −2 %`, `<same> (−0,5 % … +0,5 %)`, `> +10 %`. */
export function formatChangeRange(
  range: readonly [number, number],
  language: Language,
  same: string,
): string {
  const percent = (value: number): string => formatSignedPercent(value, language, 1)
  const [lower, upper] = range
  if (lower === Number.NEGATIVE_INFINITY) return `< ${percent(upper)}`
  if (upper === Number.POSITIVE_INFINITY) return `> ${percent(lower)}`
  if (lower < 0 && upper > 0) return `${same} (${percent(lower)} … ${percent(upper)})`
  return `${percent(lower)} … ${percent(upper)}`
}

/** A published figure's class range: rupiah compact, or a percentage. */
export function formatFigureRange(
  range: readonly [number, number],
  isRupiah: boolean,
  language: Language,
): string {
  const format = (value: number): string =>
    isRupiah ? formatRupiah(value, language, { isCompact: true }) : `${formatValue(value, language, 1)} %`
  return `${format(range[0])} – ${format(range[1])}`
}
