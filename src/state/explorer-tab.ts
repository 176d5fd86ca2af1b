import type { UrlNotice } from './url-state.ts'

/** What the explorer shows in its main area: the map or the table of the same figures. */
export type ExplorerTab = 'map' | 'table'

/** The URL key of the tab, and its value for the table (the map, the default, is not written). */
export const TAB_KEY = 'tab'
const TAB_VALUES = { map: 'peta', table: 'tabel' } as const satisfies Record<ExplorerTab, string>

/** The tab in a query string; an unknown value falls back to the map with a notice. Never throws. */
export function readExplorerTab(search: string): { tab: ExplorerTab; notice: UrlNotice | null } {
  const value = new URLSearchParams(search).get(TAB_KEY)
  if (value === null || value === TAB_VALUES.map) return { tab: 'map', notice: null }
  if (value === TAB_VALUES.table) return { tab: 'table', notice: null }
  return { tab: 'map', notice: { key: TAB_KEY, value, reason: 'unknown' } }
}

/** The query string with the tab written (the map removes the key); other parameters are kept. */
export function writeExplorerTab(search: string, tab: ExplorerTab): string {
  const params = new URLSearchParams(search)
  if (tab === 'map') params.delete(TAB_KEY)
  else params.set(TAB_KEY, TAB_VALUES[tab])
  const text = params.toString().replaceAll('%2C', ',')
  return text === '' ? '' : `?${text}`
}
