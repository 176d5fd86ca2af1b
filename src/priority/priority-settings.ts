import type { PriorityFilters } from './filter-villages.ts'
import { NO_FILTERS } from './filter-villages.ts'
import type { Normalisation } from './normalise.ts'
import type { BivariatePair, Weights } from './presets.ts'
import { BIVARIATE_PRESETS, DEFAULT_PRESET_ID, presetWeights } from './presets.ts'

/** Everything a shared link of the priority screen reproduces. */
export interface PrioritySettings {
  /** The year of every figure used. */
  tahun: number
  weights: Weights
  normalisation: Normalisation
  bivariate: BivariatePair
  filters: PriorityFilters
  /** How many of the highest-ranked villages the map outlines and numbers. */
  top: number
  /** The village opened in the list, or `null`. */
  selected: string | null
}

/** Limits of the "top N" control: 5 fits a slide, 50 is a third of the kabupaten's villages. */
export const TOP_LIMITS = { min: 5, max: 50 } as const

/** The largest slider weight. */
export const MAX_WEIGHT = 100

/** The defaults of a bare `/prioritas` link for a snapshot whose latest year is `tahun`. */
export function defaultPrioritySettings(tahun: number): PrioritySettings {
  return {
    tahun,
    weights: presetWeights(DEFAULT_PRESET_ID),
    normalisation: 'rank',
    bivariate: BIVARIATE_PRESETS[0] ?? { need: 'persen_kk_desil_1_4', coverage: 'cakupan_pkh' },
    filters: NO_FILTERS,
    top: 10,
    selected: null,
  }
}
