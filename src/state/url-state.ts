import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../lib/language.ts'

/** What the URL shares: the interface language and the selected village. */
export interface UrlState {
  lang: Language
  /** Code of the selected village, e.g. `64.08.04.2001`, or null. */
  desa: string | null
}

/** The state of a URL with no parameters. */
export const DEFAULT_URL_STATE: UrlState = { lang: DEFAULT_LANGUAGE, desa: null }

/** A decoded URL, with the parameters that were present but not valid. */
export interface DecodedUrlState {
  state: UrlState
  rejected: string[]
}

const VILLAGE_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/

/** Turns any query string into a valid state, falling back to defaults and reporting what it dropped. */
export function decodeUrlState(search: string): DecodedUrlState {
  const params = new URLSearchParams(search)
  const rejected: string[] = []
  const lang = params.get('lang')
  const desa = params.get('desa')
  if (lang !== null && !isLanguage(lang)) rejected.push(`lang=${lang}`)
  if (desa !== null && !VILLAGE_CODE.test(desa)) rejected.push(`desa=${desa}`)
  return {
    state: {
      lang: isLanguage(lang) ? lang : DEFAULT_URL_STATE.lang,
      desa: desa !== null && VILLAGE_CODE.test(desa) ? desa : DEFAULT_URL_STATE.desa,
    },
    rejected,
  }
}

/**
 * Writes the state into a query string, only where it differs from the defaults; other parameters of
 * `baseSearch` (e.g. `e2e`) are kept. Returns `''` or a string starting with `?`.
 */
export function encodeUrlState(state: UrlState, baseSearch = ''): string {
  const params = new URLSearchParams(baseSearch)
  params.delete('lang')
  params.delete('desa')
  if (state.lang !== DEFAULT_URL_STATE.lang) params.set('lang', state.lang)
  if (state.desa !== null) params.set('desa', state.desa)
  const text = params.toString()
  return text === '' ? '' : `?${text}`
}

/**
 * The language to start in: the URL's `lang` when valid, else the one stored from a previous visit,
 * else Bahasa Indonesia.
 */
export function resolveLanguage(search: string, stored: string | null): Language {
  const fromUrl = new URLSearchParams(search).get('lang')
  if (isLanguage(fromUrl)) return fromUrl
  if (isLanguage(stored)) return stored
  return DEFAULT_LANGUAGE
}
