import { useTranslation } from 'react-i18next'
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../lib/language.ts'

/**
 * The interface language, held by i18next alone; the component re-renders when it changes (react-i18next
 * binds to `languageChanged`). Switch it with `i18n.changeLanguage`; `src/app/language-sync.ts` mirrors it
 * into the URL, storage and `<html lang>`.
 */
export function useLanguage(): Language {
  const { i18n } = useTranslation()
  const language = i18n.resolvedLanguage
  return isLanguage(language) ? language : DEFAULT_LANGUAGE
}
