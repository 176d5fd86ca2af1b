import type { UrlNotice } from './url-state.ts'

/**
 * The year of a village profile from its URL (`?t=2024`): a published year, else the latest one with
 * a notice naming the ignored value. Never throws; `null` when nothing is published.
 */
export function readProfileYear(
  search: string,
  years: readonly number[],
): { tahun: number | null; notice: UrlNotice | null } {
  const latest = years.length === 0 ? null : Math.max(...years)
  const text = new URLSearchParams(search).get('t')
  if (text === null) return { tahun: latest, notice: null }
  if (!/^\d{4}$/.test(text)) return { tahun: latest, notice: { key: 't', value: text, reason: 'malformed' } }
  const year = Number(text)
  if (years.includes(year)) return { tahun: year, notice: null }
  return { tahun: latest, notice: { key: 't', value: text, reason: 'unknown' } }
}
