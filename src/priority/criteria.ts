/**
 * The published indicators a priority score or the bivariate map may use, by role. Labels, units and
 * directions come from `indicators.json` (the single definition of every figure); this file only says
 * which figures make sense for the planners' question "high need, low coverage".
 */

/** Indicators that may enter the priority score, in the order the sliders show them. */
export const CRITERION_IDS = [
  'persen_kk_desil_1_4',
  'persen_kk_desil_1',
  'persen_kk_miskin_ekstrem',
  'persen_penduduk_miskin',
  'kk_miskin',
  'cakupan_pkh',
  'cakupan_bpnt',
  'cakupan_blt_dd',
  'cakupan_pbi_jkn',
  'cakupan_pip',
  'dana_desa_per_kk_miskin',
  'skor_idm',
] as const

/** An indicator that may enter the priority score. */
export type CriterionId = (typeof CRITERION_IDS)[number]

/** Need measures of the bivariate map (higher is worse). */
export const NEED_IDS = [
  'persen_kk_desil_1_4',
  'persen_kk_desil_1',
  'persen_penduduk_miskin',
  'kk_miskin',
] as const satisfies readonly CriterionId[]

/** A need measure of the bivariate map. */
export type NeedId = (typeof NEED_IDS)[number]

/** Coverage measures of the bivariate map (higher is better). */
export const COVERAGE_IDS = [
  'cakupan_pkh',
  'cakupan_bpnt',
  'cakupan_blt_dd',
  'cakupan_pbi_jkn',
  'cakupan_pip',
  'dana_desa_per_kk_miskin',
] as const satisfies readonly CriterionId[]

/** A coverage measure of the bivariate map. */
export type CoverageId = (typeof COVERAGE_IDS)[number]

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
  return (CRITERION_IDS as readonly string[]).includes(value)
}
