import { INDICATOR_THEMES, type IndicatorDefinition } from '../../data/indicators.ts'
import type { Language } from '../../lib/language.ts'
import { normalizeSearchText } from '../../lib/normalize-search-text.ts'

/** One picker group: a theme and its matching indicators, in the order of the published definitions. */
export interface IndicatorGroup {
  theme: (typeof INDICATOR_THEMES)[number]
  indicators: IndicatorDefinition[]
}

/**
 * The indicators matching a query, grouped by theme in the picker's order; empty groups are left out.
 * Every query word must appear in the label (either language), the unit or the id.
 */
export function filterIndicators(
  indicators: readonly IndicatorDefinition[],
  query: string,
  language: Language,
): IndicatorGroup[] {
  const words = normalizeSearchText(query).split(' ').filter(Boolean)
  const matches = indicators.filter((indicator) => {
    const haystack = normalizeSearchText(
      [indicator.label[language], indicator.label.id, indicator.label.en, indicator.id].join(' '),
    )
    return words.every((word) => haystack.includes(word))
  })
  return INDICATOR_THEMES.map((theme) => ({
    theme,
    indicators: matches.filter((indicator) => indicator.theme === theme),
  })).filter((group) => group.indicators.length > 0)
}
