/**
 * The structure of Kemendagri region codes: `64` province, `64.08` kabupaten, `64.08.04` kecamatan,
 * `64.08.04.1010` desa/kelurahan. The first digit of the village part tells kelurahan (1) from desa (2).
 */

/** Desa (village with its own government) or kelurahan (urban ward, part of the kabupaten administration). */
export type Jenis = 'desa' | 'kelurahan'

/** `64.08.04.1010` → `64.08.04`. */
export function kecamatanCodeOf(villageCode: string): string {
  return villageCode.slice(0, 8)
}

/** `64.08.04.1010` or `64.08.04` → `64.08`. */
export function kabupatenCodeOf(code: string): string {
  return code.slice(0, 5)
}

/** Kelurahan codes are `.1xxx`, desa codes `.2xxx` (10th character); anything else is `null`. */
export function jenisOf(villageCode: string): Jenis | null {
  const digit = villageCode.charAt(9)
  if (villageCode.length !== 13) return null
  return digit === '1' ? 'kelurahan' : digit === '2' ? 'desa' : null
}

/** Village codes grouped by kecamatan code; keys and members sorted. */
export function groupByKecamatan(villageCodes: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  for (const code of [...villageCodes].sort()) {
    const key = kecamatanCodeOf(code)
    const members = groups.get(key)
    if (members) members.push(code)
    else groups.set(key, [code])
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : 1)))
}
