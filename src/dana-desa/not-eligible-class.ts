/**
 * Kelurahan receive no Dana Desa: on the Dana Desa maps they get a class of their own, not the no-data grey
 * and never the colour of 0. The map fill reads a numeric value per feature against step thresholds, so
 * the class is a sentinel value below every real one (rupiah ≥ 0, a change ≥ −100 %) with a threshold just
 * above it and its own colour first.
 */
import type { ValueStatus } from '../data/indicators.ts'

/** Below any value a Dana Desa map shows. */
export const NOT_ELIGIBLE_VALUE = -1e15

/**
 * A pale lavender: in neither the sequential YlGnBu nor the diverging RdBu ramp (so not "about the same"
 * on the change map) and clearly not the no-data grey.
 */
export const NOT_ELIGIBLE_COLOR = '#e4dcef'

/** Values, thresholds and colours with the not-eligible class added for every `tidak_berlaku` area. */
export function withNotEligibleClass(
  values: ReadonlyMap<string, number | null>,
  statuses: ReadonlyMap<string, ValueStatus>,
  thresholds: readonly number[],
  colors: readonly string[],
): { values: Map<string, number | null>; thresholds: number[]; colors: string[] } {
  const next = new Map(values)
  for (const [kode, status] of statuses) if (status === 'tidak_berlaku') next.set(kode, NOT_ELIGIBLE_VALUE)
  // With one class only (no thresholds), the step's first colour serves every value.
  return {
    values: next,
    thresholds: [NOT_ELIGIBLE_VALUE / 2, ...thresholds],
    colors: [NOT_ELIGIBLE_COLOR, ...colors],
  }
}
