/** The languages of the interface, Bahasa Indonesia first (the default). */
export const LANGUAGES = ['id', 'en'] as const

/** A supported interface language. */
export type Language = (typeof LANGUAGES)[number]

/** The language shown when none was chosen. */
export const DEFAULT_LANGUAGE: Language = 'id'

/** A text in every supported language. */
export type Localized = Record<Language, string>

/** Narrows an untrusted value (URL, storage) to a supported language. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** The BCP 47 locale used for number formatting and collation in each language. */
export function localeOf(language: Language): string {
  return language === 'id' ? 'id-ID' : 'en-GB'
}
