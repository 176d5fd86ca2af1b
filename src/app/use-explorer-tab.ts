import { useCallback } from 'react'
import type { UrlRejection } from '../lib/define-url-state.ts'
import { EXPLORER_TAB, type ExplorerTab } from '../state/explorer-tab.ts'
import { useUrlState } from './use-url-state.ts'

/** The explorer's Map | Table tab, read once from the URL and mirrored back into it (`tab=tabel`). */
export function useExplorerTab(): {
  tab: ExplorerTab
  setTab: (tab: ExplorerTab) => void
  notices: UrlRejection[]
  dismissNotices: () => void
} {
  const { state, update, rejected, dismissRejected } = useUrlState(EXPLORER_TAB)
  const setTab = useCallback((tab: ExplorerTab) => update({ tab }), [update])
  return {
    tab: state.tab,
    setTab,
    notices: rejected,
    dismissNotices: dismissRejected,
  }
}
