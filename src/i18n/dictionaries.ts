import type { Language } from '../lib/language.ts'
import en from './en.json'
import id from './id.json'

/** A dictionary: nested keys down to the strings shown. */
export type Dictionary = { [key: string]: string | Dictionary }

/**
 * Screen dictionaries, one pair of files per screen: `screens/<screen>.id.json` and
 * `screens/<screen>.en.json`. Their keys live under `<screen>.` (e.g. `prioritas.title`), so screens
 * built side by side never edit the same file.
 */
const screenFiles = import.meta.glob<Dictionary>('./screens/*.json', { eager: true, import: 'default' })

/** Merges the core dictionary with every screen's, under the screen's name. Throws on a name clash. */
export function assembleDictionary(
  core: Dictionary,
  files: Record<string, Dictionary>,
  language: Language,
): Dictionary {
  const merged: Dictionary = { ...core }
  for (const [file, dictionary] of Object.entries(files)) {
    const match = /\/([a-z0-9-]+)\.(id|en)\.json$/.exec(file)
    if (!match) throw new Error(`i18n: ${file} is not named <screen>.<id|en>.json`)
    const [, screen = '', fileLanguage] = match
    if (fileLanguage !== language) continue
    if (screen in merged) throw new Error(`i18n: ${file} would replace the existing key "${screen}"`)
    merged[screen] = dictionary
  }
  return merged
}

/** The full dictionaries, Bahasa Indonesia first. */
export const dictionaries: Record<Language, Dictionary> = {
  id: assembleDictionary(id, screenFiles, 'id'),
  en: assembleDictionary(en, screenFiles, 'en'),
}
