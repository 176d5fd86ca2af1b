import { useCallback, useMemo } from 'react'
import type { IndicatorCatalogue } from '../indicators/catalogue.ts'
import type { UrlRejection } from '../lib/define-url-state.ts'
import { fitYear } from '../state/fit-year.ts'
import { updateViewState, type ViewAction } from '../state/updaters.ts'
import { defineViewState } from '../state/url-state.ts'
import { DEFAULT_VIEW_STATE, type ViewState } from '../state/view-state.ts'
import { useUrlState } from './use-url-state.ts'

/** The shared view, how to change it, and the URL values that were ignored when it was read. */
export interface ViewController {
  state: ViewState
  dispatch: (action: ViewAction) => void
  notices: UrlRejection[]
  dismissNotices: () => void
}

function getDefaults(catalogue: IndicatorCatalogue): ViewState {
  const latest = catalogue.yearsOf(catalogue.defaultId).at(-1)
  return { ...DEFAULT_VIEW_STATE, indicator: catalogue.defaultId, tahun: latest ?? DEFAULT_VIEW_STATE.tahun }
}

/**
 * The explorer's view in the link (`defineViewState`, through `useUrlState`). A year the indicator
 * lacks moves to its latest (`fitYear`), when read and after every change.
 */
export function useViewState(catalogue: IndicatorCatalogue): ViewController {
  const codec = useMemo(
    () =>
      defineViewState({
        indicatorIds: catalogue.indicators.map((item) => item.id),
        years: [...new Set(catalogue.indicators.flatMap((item) => catalogue.yearsOf(item.id)))],
        defaults: getDefaults(catalogue),
        yearsOf: (id) => catalogue.yearsOf(id),
        isPublished: catalogue.isPublished,
      }),
    [catalogue],
  )
  const { state, update, rejected, dismissRejected } = useUrlState(codec)
  const dispatch = useCallback(
    (action: ViewAction) =>
      update((current) => {
        const next = updateViewState(current, action)
        return fitYear(next, catalogue.yearsOf(next.indicator))
      }),
    [catalogue, update],
  )
  return { state, dispatch, notices: rejected, dismissNotices: dismissRejected }
}
