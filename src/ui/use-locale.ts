import { useLanguage } from '../i18n/use-language.ts'
import { localeOf } from '../lib/language.ts'

/** The locale of the interface language, for dates and `Intl` formats; follows a language switch. */
export function useLocale(): string {
  return localeOf(useLanguage())
}

/**
 * Formats a number as the interface language writes it ("1.234" in Bahasa Indonesia, "1,234" in
 * English); `options` are `Intl.NumberFormat`'s (decimals, style).
 */
export function useFormatNumber(): (value: number, options?: Intl.NumberFormatOptions) => string {
  const locale = useLocale()
  return (value, options) => value.toLocaleString(locale, options)
}
