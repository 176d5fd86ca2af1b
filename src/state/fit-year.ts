import type { ViewState } from './view-state.ts'

/**
 * Keeps the shown year one the indicator has data for: an unavailable year moves to the latest one.
 * An indicator without years (area) keeps the state as it is.
 */
export function fitYear(state: ViewState, years: readonly number[]): ViewState {
  const latest = years[years.length - 1]
  if (latest === undefined || years.includes(state.tahun)) return state
  return { ...state, tahun: latest, compareTahun: state.compareTahun === latest ? null : state.compareTahun }
}
