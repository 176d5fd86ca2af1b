import { useCallback, useLayoutEffect, useState } from 'react'
import type { SettingsAction } from '../dana-desa/simulator-settings.ts'
import { updateSettings } from '../dana-desa/simulator-settings.ts'
import {
  type DanaDesaViewState,
  decodeDanaDesaView,
  encodeDanaDesaView,
  type MapMetric,
  type UrlRejection,
} from '../dana-desa/simulator-url.ts'

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
 * The screen's state, read once from the URL (the year resolved against `years`: the latest by default,
 * so a copied link keeps its year when a new one is published) and written back on every change.
 */
export function useDanaDesaView(years: readonly number[]): {
  state: DanaDesaViewState
  dispatch: (action: DanaDesaViewAction) => void
  rejected: UrlRejection[]
} {
  const [initial] = useState(() => {
    const decoded = decodeDanaDesaView(window.location.search)
    const latest = years.at(-1) ?? null
    const asked = decoded.state.tahun
    const rejected = [...decoded.rejected]
    if (asked !== null && !years.includes(asked)) rejected.push({ key: 'tahun', value: String(asked) })
    const tahun = asked !== null && years.includes(asked) ? asked : latest
    return { state: { ...decoded.state, tahun }, rejected }
  })
  const [state, setState] = useState(initial.state)
  const dispatch = useCallback(
    (action: DanaDesaViewAction) => setState((current) => updateDanaDesaView(current, action)),
    [],
  )
  // A layout effect: the address bar changes in the same task as the screen, so a link copied (or a
  // reload made) right after a change already holds it.
  useLayoutEffect(() => {
    const { pathname, search, hash } = window.location
    const next = encodeDanaDesaView(state, search)
    if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`)
  }, [state])
  return { state, dispatch, rejected: initial.rejected }
}
