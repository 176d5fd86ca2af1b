import { useCallback, useMemo } from 'react'
import type { SettingsAction } from '../dana-desa/simulator-settings.ts'
import { updateSettings } from '../dana-desa/simulator-settings.ts'
import { type DanaDesaViewState, defineDanaDesaView, type MapMetric } from '../dana-desa/simulator-url.ts'
import type { UrlRejection } from '../lib/define-url-state.ts'
import { useUrlState } from './use-url-state.ts'

/** A change of the Dana Desa screen's state. */
export type DanaDesaViewAction =
  | { type: 'set-year'; tahun: number }
  | { type: 'set-map'; peta: MapMetric }
  | { type: 'select'; kode: string | null }
  | { type: 'settings'; action: SettingsAction }

/**
 * Applies one action. Pure. Editing a simulator setting shows the change map: that is what the reader
 * wants to see next, and the table beside it updates with it.
 */
export function updateDanaDesaView(state: DanaDesaViewState, action: DanaDesaViewAction): DanaDesaViewState {
  switch (action.type) {
    case 'set-year':
      return { ...state, tahun: action.tahun }
    case 'set-map':
      return { ...state, peta: action.peta }
    case 'select':
      return { ...state, desa: action.kode }
    case 'settings':
      return {
        ...state,
        settings: updateSettings(state.settings, action.action),
        peta: action.action.type === 'reset' ? state.peta : 'perubahan',
      }
  }
}

/**
 * The screen's state in the link (`defineDanaDesaView`, through `useUrlState`): the year resolved against
 * `years` (the latest by default, and always written, so a copied link keeps its year when a new one is
 * published), written back on every change.
 */
export function useDanaDesaView(years: readonly number[]): {
  state: DanaDesaViewState
  dispatch: (action: DanaDesaViewAction) => void
  rejected: UrlRejection[]
  dismissRejected: () => void
} {
  const codec = useMemo(() => defineDanaDesaView(years), [years])
  const { state, update, rejected, dismissRejected } = useUrlState(codec)
  const dispatch = useCallback(
    (action: DanaDesaViewAction) => update((current) => updateDanaDesaView(current, action)),
    [update],
  )
  return { state, dispatch, rejected, dismissRejected }
}
