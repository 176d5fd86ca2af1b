import type { CriterionDirection, CriterionId } from '../../priority/criteria.ts'

/** Which group of sliders a criterion sits in. */
export type CriterionGroup = 'need' | 'coverage' | 'village'

/** A criterion as the panels show it, already in the reader's language. */
export interface CriterionInfo {
  id: CriterionId
  label: string
  unit: string
  direction: CriterionDirection
  decimals: number
  group: CriterionGroup
}

/**
 * Colours of the score bar's segments, by position among the weighted criteria: the Okabe–Ito
 * palette (Okabe & Ito 2008), distinguishable with every common colour-vision deficiency. Yellow is
 * left out: too light on white for a thin bar.
 */
export const SEGMENT_COLORS = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#000000',
] as const

/** The colour of the n-th weighted criterion. */
export function segmentColor(position: number): string {
  return SEGMENT_COLORS[position % SEGMENT_COLORS.length] ?? '#000000'
}
