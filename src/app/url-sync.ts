import { toSearch } from '../lib/define-url-state.ts'
import { DEFAULT_LANGUAGE, type Language } from '../lib/language.ts'

/**
 * Mirrors the interface language into `?lang=` (nothing for the default), without a history entry. The
 * screens' codecs leave `lang` alone (src/app/use-url-state.ts).
 */
export function replaceLanguage(language: Language): void {
  const { search, pathname, hash } = window.location
  const params = new URLSearchParams(search)
  if (language === DEFAULT_LANGUAGE) params.delete('lang')
  else params.set('lang', language)
  const next = toSearch(params)
  if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`)
}
