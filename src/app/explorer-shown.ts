import type { IndicatorDefinition } from '../data/indicators.ts'
import type { Classification } from '../indicators/classify.ts'
import type { ValueClasses } from '../indicators/value-classes.ts'
import type { Level } from '../state/view-state.ts'

/**
 * What the explorer's main map shows, read alike by its legend and its table: the indicator at a level
 * and year (`null` for an indicator without years), classified as `classification` into `classes`.
 */
export interface ExplorerShown {
  indicator: IndicatorDefinition
  tahun: number | null
  level: Level
  classification: Classification
  classes: ValueClasses
}
