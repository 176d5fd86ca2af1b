import type { IndicatorData } from '../data/indicators.ts'
import type { Snapshot } from '../data/snapshot.ts'

/**
 * What `App` gives every screen that reads the published snapshot; with it the parameters of the screen's
 * path and its fixed props (the screen table, `routes.ts`).
 */
export interface ScreenProps {
  snapshot: Snapshot
  /** The published indicators, or `null` when the snapshot has none (built with `--no-demo`). */
  indicatorData: IndicatorData | null
  /** The region as it reads in the current language, e.g. "Kabupaten Kutai Timur". */
  regionTitle: string
}
