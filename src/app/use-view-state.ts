import { useCallback, useLayoutEffect, useMemo, useState } from 'react'
import type { IndicatorCatalogue } from '../indicators/catalogue.ts'
import { fitYear } from '../state/fit-year.ts'
import { updateViewState, type ViewAction } from '../state/updaters.ts'
import type { UrlNotice, ViewStateContext } from '../state/url-state.ts'
import { DEFAULT_VIEW_STATE, type ViewState } from '../state/view-state.ts'
import { readViewState, replaceViewState } from './url-sync.ts'

/** The shared view, how to change it, and the URL values that were ignored when it was read. */
export interface ViewController {
  state: ViewState
  dispatch: (action: ViewAction) => void
  notices: UrlNotice[]
  dismissNotices: () => void
}

function getDefaults(catalogue: IndicatorCatalogue): ViewState {
  const latest = catalogue.yearsOf(catalogue.defaultId).at(-1)
  return { ...DEFAULT_VIEW_STATE, indicator: catalogue.defaultId, tahun: latest ?? DEFAULT_VIEW_STATE.tahun }
}

/**
 * The view state, read once from the URL and mirrored back into it on every change. The indicator and
 * year are always written when indicators are published: the default year is the latest with data,
 * so a link without them would change meaning when a new year is published.
 */
export function useViewState(catalogue: IndicatorCatalogue): ViewController {
  const defaults = useMemo(() => getDefaults(catalogue), [catalogue])
  const [initial] = useState(() => {
    const years = [...new Set(catalogue.indicators.flatMap((item) => catalogue.yearsOf(item.id)))]
    const context: ViewStateContext = {
      indicatorIds: catalogue.indicators.map((item) => item.id),
      years,
      defaults,
    }
    const { state, notices } = readViewState(context)
    const fitted = fitYear(state, catalogue.yearsOf(state.indicator))
    const requested = new URLSearchParams(window.location.search).get('t')
    if (fitted !== state && requested !== null && !notices.some((notice) => notice.key === 't')) {
      notices.push({ key: 't', value: requested, reason: 'unknown' })
    }
    return { state: fitted, notices }
  })
  const [state, setState] = useState(initial.state)
  const [notices, setNotices] = useState(initial.notices)

  const dispatch = useCallback(
    (action: ViewAction) =>
      setState((current) => {
        const next = updateViewState(current, action)
        return fitYear(next, catalogue.yearsOf(next.indicator))
      }),
    [catalogue],
  )

  // A layout effect: the address bar changes in the same task as the screen, so a link copied (or a
  // reload made) right after a change already holds it.
  useLayoutEffect(() => {
    const urlDefaults = catalogue.isPublished ? { ...defaults, indicator: '', tahun: -1 } : defaults
    replaceViewState(state, urlDefaults)
  }, [state, defaults, catalogue])

  return { state, dispatch, notices, dismissNotices: useCallback(() => setNotices([]), []) }
}
