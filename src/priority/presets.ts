import type { CoverageId, CriterionId, NeedId } from './criteria.ts'

/** Weights per criterion, 0–100; a missing criterion weighs 0. */
export type Weights = Partial<Record<CriterionId, number>>

/** A named set of weights the planner starts from. */
export interface PriorityPreset {
  /** Stable id, used in the URL and the export. */
  id: 'kemiskinan_ekstrem' | 'cakupan_bansos' | 'dana_desa'
  weights: Weights
}

/**
 * The three starting points planners asked for. The weights are a first proposal, meant to be moved:
 * - extreme poverty: the extreme-poverty share first, then the poorest decile, then a low IDM score;
 * - social-assistance coverage: need (desil 1–4) against the two largest programmes (PKH, BPNT);
 * - Dana Desa: poor households against Dana Desa per poor household, with a low IDM score.
 */
export const PRIORITY_PRESETS: readonly PriorityPreset[] = [
  {
    id: 'kemiskinan_ekstrem',
    weights: { persen_kk_miskin_ekstrem: 50, persen_kk_desil_1: 30, skor_idm: 20 },
  },
  {
    id: 'cakupan_bansos',
    weights: { persen_kk_desil_1_4: 40, cakupan_pkh: 30, cakupan_bpnt: 30 },
  },
  {
    id: 'dana_desa',
    weights: { kk_miskin: 40, dana_desa_per_kk_miskin: 40, skor_idm: 20 },
  },
]

/** The preset a bare `/prioritas` opens with: its inputs are published for every village. */
export const DEFAULT_PRESET_ID: PriorityPreset['id'] = 'cakupan_bansos'

/** A need × coverage pair for the bivariate map. */
export interface BivariatePair {
  need: NeedId
  coverage: CoverageId
}

/** Sensible pairs offered as one-click choices; the first is the default. */
export const BIVARIATE_PRESETS: readonly BivariatePair[] = [
  { need: 'persen_kk_desil_1_4', coverage: 'cakupan_pkh' },
  { need: 'persen_kk_desil_1_4', coverage: 'cakupan_bpnt' },
  { need: 'kk_miskin', coverage: 'dana_desa_per_kk_miskin' },
]

/** The weights of a preset (a fresh object). */
export function presetWeights(id: PriorityPreset['id']): Weights {
  const preset = PRIORITY_PRESETS.find((item) => item.id === id)
  if (!preset) throw new Error(`Unknown priority preset "${id}"`)
  return { ...preset.weights }
}

/** The preset whose weights equal these, if any (so the screen can mark it as chosen). */
export function matchPreset(weights: Weights): PriorityPreset['id'] | null {
  const same = (a: Weights, b: Weights): boolean => {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<CriterionId>
    return [...keys].every((key) => (a[key] ?? 0) === (b[key] ?? 0))
  }
  return PRIORITY_PRESETS.find((preset) => same(preset.weights, weights))?.id ?? null
}
