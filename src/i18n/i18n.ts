import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { DEFAULT_LANGUAGE, type Language } from '../lib/language.ts'
import { dictionaries } from './dictionaries.ts'

/** The translation dictionaries, Bahasa Indonesia first. Both must hold the same keys. */
export const resources = {
  id: { translation: dictionaries.id },
  en: { translation: dictionaries.en },
} as const

/** Creates the i18next instance used by React, already initialised (resources are bundled). */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['id', 'en'],
    initAsync: false,
    // React escapes text already.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  })
  return instance
}
