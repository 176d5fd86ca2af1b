import type { IndicatorDefinition, IndicatorValue } from '../../data/indicators.ts'
import { formatValue } from '../../indicators/format.ts'
import type { Rank } from '../../indicators/rank.ts'
import type { Language } from '../../lib/language.ts'
import type { Translate } from '../table/table-cells.ts'

/** The IDM status classes (Permendesa 2/2016): 1 sangat tertinggal … 5 mandiri. */
const IDM_STATUS_CLASSES = [1, 2, 3, 4, 5] as const

/** The name of an IDM status class, or `null` for a value outside 1–5. */
export function describeIdmStatus(value: number | null, t: Translate): string | null {
  const status = IDM_STATUS_CLASSES.find((item) => item === value)
  return status === undefined ? null : t(`profile.idmStatus.${status}`)
}

/**
 * A published value as the profile shows it: the number with its unit (the IDM status by its name),
 * what stands in for a missing one (withheld, no data, does not apply), or "—" when the figure is not
 * published at that level (`null`). Tables that name the unit once per row pass `withUnit: false`.
 */
export function describeProfileValue(
  value: IndicatorValue | null,
  indicator: Pick<IndicatorDefinition, 'id' | 'unit' | 'decimals'>,
  language: Language,
  t: Translate,
  { withUnit = true }: { withUnit?: boolean } = {},
): string {
  if (value === null) return t('profile.notPublished')
  if (value.status !== 'ada' || value.nilai === null)
    return t(`table.status.${value.status === 'ada' ? 'tidak_ada' : value.status}`)
  if (indicator.id === 'status_idm') {
    const name = describeIdmStatus(value.nilai, t)
    if (name !== null) return `${value.nilai} · ${name}`
  }
  const number = formatValue(value.nilai, language, indicator.decimals)
  if (!withUnit) return number
  const unit = indicator.unit[language]
  return unit === 'Rp' ? `Rp ${number}` : `${number} ${unit}`
}

/** A rank as the profile says it: "12 dari 138", "12 (seri) dari 138", or not ranked with the reason. */
export function describeProfileRank(rank: Rank, t: Translate): string {
  if (rank.kind === 'not-ranked') return t('table.notRanked', { reason: t(`table.reason.${rank.reason}`) })
  return t(rank.isTied ? 'profile.rankTied' : 'profile.rank', { rank: rank.rank, count: rank.rankedCount })
}
