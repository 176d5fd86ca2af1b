/** What kind of second-level region a name denotes: a regency (kabupaten) or a city (kota). */
export type RegionKind = 'kabupaten' | 'kota'

/** A region name split into its kind and its proper name, e.g. `Kutai Timur`. */
export interface RegionName {
  /** `null` when the name carries no prefix and no kind was given. */
  kind: RegionKind | null
  name: string
}

const PREFIXES: readonly [RegionKind, RegExp][] = [
  ['kabupaten', /^kab(?:upaten|\.)\s+/i],
  ['kota', /^kota\s+/i],
]

/**
 * Splits "Kabupaten Kutai Timur" into `{ kind: 'kabupaten', name: 'Kutai Timur' }`, so each language
 * can place the kind where it belongs ("Kabupaten Kutai Timur", "Kutai Timur Regency"). A bare name
 * ("Kutai Timur") keeps `kind: null`.
 */
export function parseRegionName(nama: string): RegionName {
  const trimmed = nama.trim()
  for (const [kind, prefix] of PREFIXES) {
    if (prefix.test(trimmed)) return { kind, name: trimmed.replace(prefix, '') }
  }
  return { kind: null, name: trimmed }
}
