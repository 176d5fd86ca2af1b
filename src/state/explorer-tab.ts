import { convert, defineUrlState, oneOf, type UrlState } from '../lib/define-url-state.ts'
import { URL_MIGRATIONS } from './url-migrations.ts'

/** What the explorer shows in its main area: the map or the table of the same figures. */
export type ExplorerTab = 'map' | 'table'

/** The explorer's Map | Table tab in the link: `tab=tabel` (the map, the default, is not written). */
export const EXPLORER_TAB: UrlState<{ tab: ExplorerTab }> = defineUrlState<{ tab: ExplorerTab }>(
  {
    tab: convert(
      oneOf(['peta', 'tabel']),
      (value): ExplorerTab => (value === 'tabel' ? 'table' : 'map'),
      (tab) => (tab === 'table' ? 'tabel' : 'peta'),
    ),
  },
  { tab: 'map' },
  { migrations: URL_MIGRATIONS },
)
