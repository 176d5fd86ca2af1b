/**
 * The published indicators a priority score or the bivariate map may use, by role. The roles are the
 * indicator dictionary's (`src/indicators/dictionary/indicators.ts`: `criterion`, `need`, `coverage`), so
 * a new entry with a role appears here without code; labels, units and directions come from
 * `indicators.json`. This file adds the screen's own lenses (livelihood, IDM status).
 */
import { INDICATORS } from '../indicators/dictionary/indicators.ts'
import type { IndicatorRole, IndicatorTheme } from '../indicators/dictionary/types.ts'

/** An indicator that may enter the priority score: a dictionary id with the role `criterion`. */
export type CriterionId = string

const withRole = (role: IndicatorRole): readonly string[] =>
  INDICATORS.filter((entry) => entry.roles?.includes(role)).map((entry) => entry.id)

/** Indicators that may enter the priority score, in the order the sliders show them (the dictionary's). */
export const CRITERION_IDS: readonly CriterionId[] = withRole('criterion')

/** Which group of sliders a criterion sits in: need (poverty), coverage (social assistance), the village. */
export type CriterionSliderGroup = 'need' | 'coverage' | 'village'

const GROUP_OF_THEME: Partial<Record<IndicatorTheme, CriterionSliderGroup>> = {
  kemiskinan: 'need',
  bantuan_sosial: 'coverage',
}

const THEME_OF = new Map(INDICATORS.map((entry) => [entry.id, entry.theme]))

/** The slider group of a criterion, from its theme in the dictionary (Dana Desa and IDM: the village). */
export function criterionGroup(id: CriterionId): CriterionSliderGroup {
  const theme = THEME_OF.get(id)
  return (theme && GROUP_OF_THEME[theme]) ?? 'village'
}

/** A need measure of the bivariate map. */
export type NeedId = CriterionId

/** Need measures of the bivariate map (higher is worse). */
export const NEED_IDS: readonly NeedId[] = withRole('need')

/** A coverage measure of the bivariate map. */
export type CoverageId = CriterionId

/** Coverage measures of the bivariate map (higher is better). */
export const COVERAGE_IDS: readonly CoverageId[] = withRole('coverage')

/** Which way an indicator points: only these two can say what "more priority" means. */
export type CriterionDirection = 'higher-is-worse' | 'higher-is-better'

/** Livelihood lenses and the published share of poor households behind each. */
export const LIVELIHOOD_SHARES = {
  petani: 'persen_petani_miskin',
  nelayan: 'persen_nelayan_miskin',
  umkm: 'persen_umkm_miskin',
} as const

/** A livelihood lens: poor households mostly farmers, fishers or micro-businesses. */
export type Livelihood = keyof typeof LIVELIHOOD_SHARES

/** The lenses in display order. */
export const LIVELIHOODS = Object.keys(LIVELIHOOD_SHARES) as Livelihood[]

/** IDM status classes as published (`status_idm`): 1 sangat tertinggal … 5 mandiri. */
export const IDM_STATUSES = [1, 2, 3, 4, 5] as const

/** One IDM status class. */
export type IdmStatus = (typeof IDM_STATUSES)[number]

/** Every indicator the screen reads: criteria, the IDM status and the livelihood shares. */
export const PRIORITY_INPUT_IDS: readonly string[] = [
  ...CRITERION_IDS,
  'status_idm',
  ...Object.values(LIVELIHOOD_SHARES),
]

/** Whether a text is a criterion id. */
export function isCriterionId(value: string): value is CriterionId {
  return CRITERION_IDS.includes(value)
}
