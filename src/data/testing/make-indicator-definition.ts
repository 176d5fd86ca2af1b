/** Test builders of the published indicator definitions (`indicators.json`, read by data/indicators.ts). */
import type { IndicatorDefinition, ValueStatus } from '../indicators.ts'

/**
 * A synthetic percent indicator of theme kemiskinan at every level, higher is worse, one decimal,
 * labelled `Label <id>` / `Label <id> en`; `overrides` change any field.
 */
export function makeIndicatorDefinition(
  id: string,
  overrides: Partial<IndicatorDefinition> = {},
): IndicatorDefinition {
  return {
    id,
    theme: 'kemiskinan',
    label: { id: `Label ${id}`, en: `Label ${id} en` },
    description: { id: 'Uraian', en: 'Description' },
    unit: { id: '%', en: '%' },
    kind: 'percent',
    direction: 'higher-is-worse',
    decimals: 1,
    source: 'demo',
    synthetic: true,
    levels: ['desa', 'kecamatan', 'kabupaten'],
    ...overrides,
  }
}

/** The labels of the four value statuses in both languages, as indicators.json carries them. */
export function makeStatusLabels(): Record<ValueStatus, { id: string; en: string }> {
  return {
    ada: { id: 'Ada', en: 'Present' },
    ditahan: { id: 'Ditahan', en: 'Withheld' },
    tidak_ada: { id: 'Tidak ada', en: 'None' },
    tidak_berlaku: { id: 'Tidak berlaku', en: 'Not applicable' },
  }
}
