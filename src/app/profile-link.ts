import { carriedSearch, navigate, routeHref } from './use-route.ts'

/** The query string of a village profile: the app-wide parameters (language) and the year. */
export function getProfileSearch(tahun: number | null, search: string = window.location.search): string {
  const params = new URLSearchParams(carriedSearch(search))
  if (tahun !== null) params.set('tahun', String(tahun))
  const text = params.toString()
  return text === '' ? '' : `?${text}`
}

/** The link to the profile of a village for a year (`/desa/<kode>?tahun=2023`). */
export function getProfileHref(kode: string, tahun: number | null): string {
  // `routeHref` with an empty search gives the bare path; the profile's own query follows.
  return `${routeHref({ name: 'desa', kode }, '')}${getProfileSearch(tahun)}`
}

/** Opens the profile of a village in place (a new history entry, so Back returns to the view). */
export function openProfile(kode: string, tahun: number | null): void {
  navigate({ name: 'desa', kode }, getProfileSearch(tahun))
}

/** The query string of the explorer framed on a village for a year (`?desa=…&tahun=…`, language kept). */
export function getMapSearch(
  kode: string,
  tahun: number | null,
  search: string = window.location.search,
): string {
  const params = new URLSearchParams(carriedSearch(search))
  if (tahun !== null) params.set('tahun', String(tahun))
  params.set('desa', kode)
  return `?${params.toString()}`
}
