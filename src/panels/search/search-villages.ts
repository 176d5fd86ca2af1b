import type { Village } from '../../data/snapshot.ts'
import { compactSearchText, normalizeSearchText } from '../../lib/normalize-search-text.ts'

/** The fields of a village that search reads. */
export type SearchableVillage = Pick<Village, 'kode' | 'nama' | 'kecamatan_nama'>

// Lower is better: the name starts with the query, then a word of it does, then the name contains
// it anywhere, then the kecamatan name matches, then the code.
const RANK = { namePrefix: 0, wordPrefix: 1, nameContains: 2, kecamatan: 3, kode: 4 } as const

interface Query {
  folded: string
  compact: string
  raw: string
}

function rankVillage(village: SearchableVillage, { folded: query, compact, raw }: Query): number | null {
  const name = normalizeSearchText(village.nama)
  if (name.startsWith(query)) return RANK.namePrefix
  if (name.split(' ').some((word) => word.startsWith(query))) return RANK.wordPrefix
  if (name.includes(query) || compactSearchText(village.nama).includes(compact)) return RANK.nameContains
  if (normalizeSearchText(village.kecamatan_nama).includes(query)) return RANK.kecamatan
  if (/^\d/.test(raw) && village.kode.startsWith(raw)) return RANK.kode
  return null
}

/**
 * The villages matching a query, best first, at most `limit`. Matching ignores case, accents and
 * punctuation. An empty query matches nothing.
 */
export function searchVillages<V extends SearchableVillage>(
  villages: readonly V[],
  query: string,
  limit: number,
): V[] {
  const folded = normalizeSearchText(query)
  if (folded === '') return []
  const parsed: Query = { folded, compact: folded.replaceAll(' ', ''), raw: query.trim() }
  return villages
    .map((village) => ({ village, rank: rankVillage(village, parsed) }))
    .filter((entry): entry is { village: V; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.village.nama.localeCompare(b.village.nama, 'id'))
    .slice(0, limit)
    .map((entry) => entry.village)
}
