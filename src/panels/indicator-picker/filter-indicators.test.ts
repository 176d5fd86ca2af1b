import { describe, expect, it } from 'vitest'
import type { IndicatorDefinition } from '../../data/indicators.ts'
import { makeIndicatorDefinition } from '../../data/testing/make-indicator-definition.ts'
import { filterIndicators } from './filter-indicators.ts'

function makeIndicator(id: string, theme: IndicatorDefinition['theme'], label: string): IndicatorDefinition {
  return makeIndicatorDefinition(id, { theme, label: { id: label, en: `${label} (en)` } })
}

const indicators = [
  makeIndicator('penduduk', 'kependudukan', 'Jumlah penduduk'),
  makeIndicator('persen_kk_desil_1_4', 'kemiskinan', 'Persentase KK desil 1–4'),
  makeIndicator('persen_kk_desil_1', 'kemiskinan', 'Persentase KK desil 1'),
]

describe('filterIndicators()', () => {
  it('groups every indicator by theme in picker order when the query is empty', () => {
    const groups = filterIndicators(indicators, '', 'id')
    expect(groups.map((group) => group.theme)).toEqual(['kemiskinan', 'kependudukan'])
  })

  it('matches every word of the query, whatever the dash or case', () => {
    const groups = filterIndicators(indicators, 'persentase kk DESIL 1-4', 'id')
    expect(groups.flatMap((group) => group.indicators.map((item) => item.id))).toEqual([
      'persen_kk_desil_1_4',
    ])
  })

  it('returns no group when nothing matches', () => {
    expect(filterIndicators(indicators, 'zzz', 'en')).toEqual([])
  })
})
