import { useCallback, useLayoutEffect, useState } from 'react'
import { type ExplorerTab, readExplorerTab, writeExplorerTab } from '../state/explorer-tab.ts'
import type { UrlNotice } from '../state/url-state.ts'

/** The explorer's Map | Table tab, read once from the URL and mirrored back into it (`tab=tabel`). */
export function useExplorerTab(): {
  tab: ExplorerTab
  setTab: (tab: ExplorerTab) => void
  notices: UrlNotice[]
  dismissNotices: () => void
} {
  const [initial] = useState(() => readExplorerTab(window.location.search))
  const [tab, setTab] = useState(initial.tab)
  const [notices, setNotices] = useState(initial.notice ? [initial.notice] : [])
  // A layout effect: the address bar changes in the same task as the screen, so a link copied (or a
  // reload made) right after a change already holds it.
  useLayoutEffect(() => {
    const { pathname, search, hash } = window.location
    const next = writeExplorerTab(search, tab)
    if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`)
  }, [tab])
  return { tab, setTab, notices, dismissNotices: useCallback(() => setNotices([]), []) }
}
