import { type Language, localeOf } from '../lib/language.ts'

/** What is shown in place of a missing value. */
export const MISSING_VALUE_TEXT = '–'

const formatters = new Map<string, Intl.NumberFormat>()

function getFormatter(language: Language, decimals: number): Intl.NumberFormat {
  const key = `${language}:${decimals}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(localeOf(language), {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    })
    formatters.set(key, formatter)
  }
  return formatter
}

/**
 * Formats a number the way readers of each language expect: `1.234,5` in Indonesian (id-ID),
 * `1,234.5` in English (en-GB). A missing value gives an en dash.
 */
export function formatValue(value: number | null, language: Language, decimals: number): string {
  if (value === null || !Number.isFinite(value)) return MISSING_VALUE_TEXT
  return getFormatter(language, decimals).format(value)
}

/** Formats a class range as `lower – upper` (spaced en dash, as both languages' style guides use). */
export function formatRange(lower: number, upper: number, language: Language, decimals: number): string {
  return `${formatValue(lower, language, decimals)} – ${formatValue(upper, language, decimals)}`
}
