import { useCallback, useLayoutEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../lib/language.ts'
import { replaceLanguage } from './url-sync.ts'

/** Where the chosen language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'ppd.lang'

/** Reads the remembered language; storage can be unavailable (private mode, sandboxed frames). */
export function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY)
  } catch {
    return null
  }
}

/**
 * The current interface language and a setter. The choice is mirrored into the `<html lang>`
 * attribute, the URL (`?lang=en`; nothing for the default) and local storage.
 */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation()
  const language: Language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE
  const setLanguage = useCallback((next: Language) => void i18n.changeLanguage(next), [i18n])

  // A layout effect: the address bar changes in the same task as the screen, so a link copied (or a
  // reload made) right after a change already holds it.
  useLayoutEffect(() => {
    document.documentElement.lang = language
    replaceLanguage(language)
    try {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
    } catch {
      // Not remembering the choice is fine: the URL still carries it.
    }
  }, [language])

  return [language, setLanguage]
}
