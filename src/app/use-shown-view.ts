import { useEffect, useState } from 'react'
import type { IndicatorCatalogue } from '../indicators/catalogue.ts'
import type { ViewState } from '../state/view-state.ts'

/**
 * The view to draw. The first map loads one indicator's values and the rest follow, so a reader may
 * pick an indicator whose values are still on their way: its values are requested, and until they
 * arrive the map, legend and panels keep showing the last complete view (never an indicator's name
 * over empty or foreign colours). Once loaded, the current view is drawn.
 */
export function useShownView(
  state: ViewState,
  catalogue: IndicatorCatalogue,
  requestIndicator: ((id: string) => void) | undefined,
): ViewState {
  const isReady = catalogue.hasValues(state.indicator)
  const [shown, setShown] = useState(state)
  // Derived state: remembering the last view whose values were there (React re-renders at once).
  if (isReady && shown !== state) setShown(state)
  useEffect(() => {
    if (!isReady) requestIndicator?.(state.indicator)
  }, [isReady, state.indicator, requestIndicator])
  return isReady ? state : shown
}
