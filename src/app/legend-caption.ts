import type { TFunction } from 'i18next'
import type { IndicatorDefinition } from '../data/indicators.ts'
import type { Language } from '../lib/language.ts'
import type { MapClasses } from './use-map-classes.ts'

/** The legend's title, detail and note when the map compares years; `{}` for a single year. */
export interface LegendCaption {
  title?: string
  detail?: string
  note?: string
}

/**
 * What the legend says a comparison shows: "Change in <indicator>" with the unit (percentage points
 * for a percentage) and the period, or both years of the split view.
 */
export function buildLegendCaption(
  map: Pick<MapClasses, 'mode' | 'period' | 'changeUnit'>,
  indicator: IndicatorDefinition,
  language: Language,
  tahun: number,
  t: TFunction,
): LegendCaption {
  const label = indicator.label[language]
  const { period } = map
  if (map.mode === 'single' || period === null) return {}
  if (map.mode === 'change') {
    const unit =
      map.changeUnit === 'percentage-points'
        ? t('explorer-tools.change.percentagePoints')
        : indicator.unit[language]
    const noteKey = indicator.direction === 'neutral' ? 'noteNeutral' : 'noteWorse'
    return {
      title: t('explorer-tools.change.title', { indicator: label }),
      detail: `(${t('explorer-tools.change.detail', { unit, from: period.from, to: period.to })})`,
      note: t(`explorer-tools.change.${noteKey}`, { from: period.from, to: period.to }),
    }
  }
  const other = period.from === tahun ? period.to : period.from
  return {
    detail: `(${indicator.unit[language]}) · ${other} | ${tahun}`,
    note: t('explorer-tools.split.note', { year: tahun }),
  }
}

/** The indicator as the village panel names it: in a change map, the change with its period and unit. */
export function buildPanelIndicator(
  indicator: IndicatorDefinition,
  caption: LegendCaption,
  map: Pick<MapClasses, 'mode' | 'period' | 'changeUnit'>,
  t: TFunction,
): IndicatorDefinition {
  if (map.mode !== 'change' || map.period === null || caption.title === undefined) return indicator
  const label = `${caption.title} (${map.period.from} → ${map.period.to})`
  const points = t('explorer-tools.change.percentagePoints')
  return {
    ...indicator,
    label: { id: label, en: label },
    unit: map.changeUnit === 'percentage-points' ? { id: points, en: points } : indicator.unit,
  }
}
