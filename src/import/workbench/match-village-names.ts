/**
 * Finds the village a file names instead of coding it ("Sangata Utara" for Sangatta Utara, "Desa Kelinjau
 * Ilr" for Kelinjau Ilir), within its kecamatan when the file names one. Names are compared folded: accents,
 * case, punctuation and spaces ignored, and a leading "Desa"/"Kelurahan"/"Kecamatan" word dropped. Equal
 * folded names are an exact match. Otherwise the nearest name by edit distance is proposed, never taken:
 * the planner confirms it. A proposal needs
 *   - few edits for the length ({@link allowedEdits}: none up to 4 letters, 1 up to 9, then 2), and
 *   - a clear winner: every other village at least 2 edits further. So two villages one edit apart
 *     (Sukamaju, Sukamaji) are never proposed for a misspelling of either: by the triangle inequality
 *     their distances to any name differ by at most 1, and such a name is listed as ambiguous.
 * A name that exists only in another kecamatan is reported as such, not matched there.
 */
import { editDistance } from '../../lib/edit-distance.ts'
import { normalizeSearchText } from '../../lib/normalize-search-text.ts'

/** A village a name may mean: from `public.regions` (the snapshot's villages). */
export interface NamedVillage {
  kode: string
  nama: string
  kecamatan_nama: string
}

/** A village as a match names it. */
export interface VillageRef {
  kode: string
  nama: string
  kecamatan: string
}

/** What a (kecamatan, village) pair of names matches. */
export type VillageNameMatch =
  | { status: 'exact'; village: VillageRef }
  | { status: 'proposed'; village: VillageRef; distance: number }
  | { status: 'ambiguous'; candidates: VillageRef[] }
  | { status: 'wrong_kecamatan'; found: VillageRef[] }
  | { status: 'kecamatan_unknown'; candidates: string[] }
  | { status: 'unknown' }

const DESA_PREFIX = /^(?:desa|ds|kelurahan|kel)\s+(?=\S)/
const KECAMATAN_PREFIX = /^(?:kecamatan|kec)\s+(?=\S)/

/** "Desa Kelinjau-Ilir" → "kelinjauilir": the form village names are compared in. */
export function foldVillageName(name: string): string {
  return foldWithout(name, DESA_PREFIX)
}

/** "Kec. Sangatta Utara" → "sangattautara". */
export function foldKecamatanName(name: string): string {
  return foldWithout(name, KECAMATAN_PREFIX)
}

/** Folds first, so "Ds." and "Kec." have lost their dot and accents before the prefix is dropped. */
function foldWithout(name: string, prefix: RegExp): string {
  return normalizeSearchText(name).replace(prefix, '').replaceAll(' ', '')
}

/** Edits a folded name of `length` letters may be from a village's and still be proposed. */
export function allowedEdits(length: number): number {
  if (length <= 4) return 0
  return length <= 9 ? 1 : 2
}

/** The key a confirmed match is remembered under: both names folded. */
export function namePairKey(desa: string, kecamatan: string | null): string {
  return `${kecamatan === null ? '' : foldKecamatanName(kecamatan)}|${foldVillageName(desa)}`
}

interface Entry<T> {
  key: string
  item: T
}

/** The items nearest `key` under the rules of the file comment. */
function nearest<T>(
  key: string,
  entries: readonly Entry<T>[],
): { status: 'exact' | 'proposed'; item: T; distance: number } | { status: 'ambiguous'; items: T[] } | null {
  const exact = entries.filter((entry) => entry.key === key)
  if (exact.length === 1) return { status: 'exact', item: (exact[0] as Entry<T>).item, distance: 0 }
  if (exact.length > 1) return { status: 'ambiguous', items: exact.map((entry) => entry.item) }
  const limit = allowedEdits(key.length)
  if (limit === 0) return null
  // Distances up to limit + 1 are exact; the margin rule needs to see the runner-up one edit beyond.
  const scored = entries
    .map((entry) => ({ entry, distance: editDistance(key, entry.key, limit + 1) }))
    .filter((item) => item.distance <= limit + 1)
    .sort((a, b) => a.distance - b.distance)
  const best = scored[0]
  if (!best || best.distance > limit) return null
  const close = scored.filter((item) => item.distance <= best.distance + 1)
  if (close.length > 1) return { status: 'ambiguous', items: close.map((item) => item.entry.item) }
  return { status: 'proposed', item: best.entry.item, distance: best.distance }
}

/** A matcher over `villages`; each distinct pair of names is matched once. */
export function createVillageMatcher(villages: readonly NamedVillage[]): {
  match(desa: string, kecamatan: string | null): VillageNameMatch
} {
  const refs = villages.map((village) => ({
    key: foldVillageName(village.nama),
    kecamatanKey: foldKecamatanName(village.kecamatan_nama),
    item: { kode: village.kode, nama: village.nama, kecamatan: village.kecamatan_nama },
  }))
  const kecamatan = [...new Map(refs.map((ref) => [ref.kecamatanKey, ref.item.kecamatan])).entries()].map(
    ([key, item]) => ({ key, item }),
  )
  const cache = new Map<string, VillageNameMatch>()

  function compute(desa: string, kecamatanName: string | null): VillageNameMatch {
    const key = foldVillageName(desa)
    let pool = refs
    let isKecamatanExact = true
    if (kecamatanName !== null) {
      const found = nearest(foldKecamatanName(kecamatanName), kecamatan)
      if (found === null) return { status: 'kecamatan_unknown', candidates: [] }
      if (found.status === 'ambiguous') return { status: 'kecamatan_unknown', candidates: found.items }
      isKecamatanExact = found.status === 'exact'
      pool = refs.filter((ref) => ref.item.kecamatan === found.item)
    }
    const found = nearest(key, pool)
    if (found?.status === 'ambiguous') return { status: 'ambiguous', candidates: found.items }
    if (found === null) {
      const elsewhere = refs.filter((ref) => ref.key === key && !pool.includes(ref)).map((ref) => ref.item)
      return elsewhere.length > 0 ? { status: 'wrong_kecamatan', found: elsewhere } : { status: 'unknown' }
    }
    if (found.status === 'exact' && isKecamatanExact) return { status: 'exact', village: found.item }
    // A kecamatan name that needed correcting makes the whole pair a proposal, counted as one edit more.
    return { status: 'proposed', village: found.item, distance: found.distance + (isKecamatanExact ? 0 : 1) }
  }

  return {
    match(desa, kecamatanName) {
      const pair = namePairKey(desa, kecamatanName)
      let result = cache.get(pair)
      if (!result) {
        result = compute(desa, kecamatanName)
        cache.set(pair, result)
      }
      return result
    },
  }
}
