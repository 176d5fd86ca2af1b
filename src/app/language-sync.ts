import type { i18n } from 'i18next'
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../lib/language.ts'

/**
 * The interface language lives in i18next alone (components read it with `useLanguage`, src/i18n). This
 * file is the one place that carries it outside: the `lang` URL parameter, local storage and `<html lang>`.
 */

/** The query parameter of the language (`?lang=en`); absent for the default, Bahasa Indonesia. */
export const LANGUAGE_PARAM = 'lang'

/** Where the chosen language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'ppd.lang'

/**
 * `lang=in` is the withdrawn ISO 639 code for Indonesian that old Java/Android locales still emit; links
 * carrying it open in Bahasa Indonesia.
 */
const LANGUAGE_ALIASES: Readonly<Record<string, Language>> = { in: 'id' }

/**
 * The language to start in: the URL's `lang` when valid, else the one stored from a previous visit,
 * else Bahasa Indonesia.
 */
export function chooseLanguage(search: string, stored: string | null): Language {
  const text = new URLSearchParams(search).get(LANGUAGE_PARAM)
  const fromUrl = text === null ? null : (LANGUAGE_ALIASES[text] ?? text)
  if (isLanguage(fromUrl)) return fromUrl
  if (isLanguage(stored)) return stored
  return DEFAULT_LANGUAGE
}

/** `search` with its `lang` set to `language` (removed for the default); other parameters kept. */
export function writeLanguage(search: string, language: Language): string {
  const params = new URLSearchParams(search)
  if (language === DEFAULT_LANGUAGE) params.delete(LANGUAGE_PARAM)
  else params.set(LANGUAGE_PARAM, language)
  // Commas stay readable, as every screen writes them (`cam=117.51,0.52,9.2`).
  const text = params.toString().replaceAll('%2C', ',')
  return text === '' ? '' : `?${text}`
}

/** Reads the remembered language; storage can be unavailable (private mode, sandboxed frames). */
export function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY)
  } catch {
    return null
  }
}

function mirrorLanguage(language: Language): void {
  document.documentElement.lang = language
  const { pathname, search, hash } = window.location
  const next = writeLanguage(search, language)
  // No history entry: a language switch is not a place to go back to.
  if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`)
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // Not remembering the choice is fine: the URL still carries it.
  }
}

/**
 * Mirrors the language of `instance` into `<html lang>`, the URL and storage now and on every change.
 * The mirror runs inside `changeLanguage`, before React re-renders, so a link copied (or a reload made)
 * right after a switch already holds it.
 */
export function startLanguageSync(instance: i18n): void {
  const mirror = (): void => {
    const language = instance.resolvedLanguage
    mirrorLanguage(isLanguage(language) ? language : DEFAULT_LANGUAGE)
  }
  mirror()
  instance.on('languageChanged', mirror)
}
