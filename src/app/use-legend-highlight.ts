import { useMemo, useState } from 'react'
import type { LegendRowKey } from '../indicators/legend-items.ts'
import type { ValueClasses } from '../indicators/value-classes.ts'
import { getLegendRowCodes } from '../panels/legend/legend-row-codes.ts'

/** The legend row the reader highlighted, and the areas it stands for. */
export function useLegendHighlight(classes: ValueClasses): {
  highlightedKey: LegendRowKey | null
  /** The codes of the highlighted row's areas, or null when no row is highlighted. */
  highlighted: ReadonlySet<string> | null
  setHighlightedKey: (key: LegendRowKey | null) => void
} {
  // The highlighted legend row belongs to the classes it was picked on; new classes clear it.
  const [highlight, setHighlight] = useState<{ key: LegendRowKey; classes: ValueClasses } | null>(null)
  const highlightedKey = highlight?.classes === classes ? highlight.key : null
  const highlighted = useMemo(
    () => (highlightedKey === null ? null : getLegendRowCodes(classes, highlightedKey)),
    [classes, highlightedKey],
  )
  const setHighlightedKey = (key: LegendRowKey | null): void =>
    setHighlight(key === null ? null : { key, classes })
  return { highlightedKey, highlighted, setHighlightedKey }
}
