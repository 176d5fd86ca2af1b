import type { TFunction } from 'i18next'
import type { IndicatorDefinition, ValueStatus } from '../data/indicators.ts'
import { formatValue } from '../indicators/format.ts'
import type { ValueClasses } from '../indicators/value-classes.ts'
import type { Language } from '../lib/language.ts'
import type { MapClasses } from './use-map-classes.ts'

/** The legend key of each non-value status. */
export const STATUS_LABEL_KEYS: Record<Exclude<ValueStatus, 'ada'>, string> = {
  ditahan: 'legend.withheld',
  tidak_ada: 'legend.noData',
  tidak_berlaku: 'legend.notApplicable',
}

/** What stands in for an area's missing value: withheld, no data or not applicable. */
export function formatAreaStatus(classes: ValueClasses, kode: string, t: TFunction): string {
  const status = classes.statuses.get(kode) ?? 'tidak_ada'
  return t(STATUS_LABEL_KEYS[status === 'ada' ? 'tidak_ada' : status])
}

/**
 * An area's value as the tooltip shows it: `12,3 %`, or in a change map a signed change in the
 * change's unit (`+1,2 poin persen`), or the status text when there is no value.
 */
export function formatAreaValue(
  classes: ValueClasses,
  kode: string,
  indicator: IndicatorDefinition,
  map: Pick<MapClasses, 'mode' | 'changeUnit'>,
  language: Language,
  t: TFunction,
): string {
  const value = classes.values.get(kode) ?? null
  if (value === null) return formatAreaStatus(classes, kode, t)
  const sign = map.mode === 'change' && value > 0 ? '+' : ''
  const unit =
    map.changeUnit === 'percentage-points'
      ? t('explorer-tools.change.percentagePoints')
      : indicator.unit[language]
  return `${sign}${formatValue(value, language, indicator.decimals)} ${unit}`
}
