import { useCallback, useEffect, useState } from 'react'
import { hasIndicatorValues, type IndicatorData, withIndicatorView } from '../data/indicators.ts'
import type { IndicatorLoader } from './indicator-loader.ts'

/** The published indicators: loading, loaded, or absent (`data: null`, the map then shows area). */
export type IndicatorDataState = { status: 'loading' } | { status: 'settled'; data: IndicatorData | null }

/** The indicators as loaded so far, and how to ask for one more indicator's values. */
export interface IndicatorDataController {
  state: IndicatorDataState
  /** Loads the values of indicator `id` when they are not there yet (every value as a fallback). */
  requestIndicator: (id: string) => void
}

function report(error: unknown): IndicatorDataState {
  console.error('Published indicators could not be read; showing area only.', error)
  return { status: 'settled', data: null }
}

/** Whether every value is loaded (or none is published): what screens other than the map wait for. */
export function hasEveryValue(state: IndicatorDataState): boolean {
  return state.status === 'settled' && (state.data === null || state.data.loaded === 'all')
}

/**
 * Follows the indicator loading started before React mounted (`first-view.ts`): first what the first
 * screen shows, then every value once `wantsAll` turns true (the first map is drawn, or a screen that
 * needs every indicator opens). Malformed files are reported in the console and treated as absent,
 * so the map still opens with the area fallback.
 */
export function useIndicatorData(loader: IndicatorLoader, wantsAll: boolean): IndicatorDataController {
  const [state, setState] = useState<IndicatorDataState>({ status: 'loading' })

  useEffect(() => {
    loader.first.then(
      // Every value wins over part of them: a late partial answer never replaces it.
      (data) => setState((current) => (hasEveryValue(current) ? current : { status: 'settled', data })),
      (error: unknown) => setState(report(error)),
    )
  }, [loader])

  const loadAll = useCallback(() => {
    loader.all().then(
      (data) => setState({ status: 'settled', data }),
      (error: unknown) => setState(report(error)),
    )
  }, [loader])

  useEffect(() => {
    if (wantsAll) loadAll()
  }, [wantsAll, loadAll])

  const requestIndicator = useCallback(
    (id: string) => {
      loader.view(id).then(
        (rows) => {
          // No per-view file for it (an older snapshot): every value instead.
          if (rows === null) {
            loadAll()
            return
          }
          setState((current) =>
            current.status === 'settled' && current.data && !hasIndicatorValues(current.data, id)
              ? { status: 'settled', data: withIndicatorView(current.data, id, rows) }
              : current,
          )
        },
        (error: unknown) => setState(report(error)),
      )
    },
    [loader, loadAll],
  )

  return { state, requestIndicator }
}
