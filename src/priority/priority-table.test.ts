import { describe, expect, it } from 'vitest'
import { assembleIndicatorData } from '../data/indicators.ts'
import { makeIndicatorDefinition, makeStatusLabels } from '../data/testing/make-indicator-definition.ts'
import { buildPriorityTable, type PriorityVillage } from './priority-table.ts'

function makeVillages(): PriorityVillage[] {
  return ['2001', '2002', '2003'].map((suffix) => ({
    kode: `64.08.01.${suffix}`,
    nama: `Desa ${suffix}`,
    kecamatan_kode: '64.08.01',
    kecamatan_nama: 'Muara Ancalong',
    jenis: 'desa',
  }))
}

function makeData(): ReturnType<typeof assembleIndicatorData> {
  const definition = makeIndicatorDefinition('cakupan_pkh', {
    theme: 'bantuan_sosial',
    label: { id: 'Cakupan PKH', en: 'PKH coverage' },
    kind: 'rate',
    direction: 'higher-is-better',
    levels: ['desa'],
  })
  const csv = [
    'kode,level,tahun,indikator,nilai,status,sintetis',
    '64.08.01.2001,desa,2025,cakupan_pkh,42.5,ada,1',
    '64.08.01.2002,desa,2025,cakupan_pkh,,ditahan,1',
    '64.08.01.2001,desa,2024,cakupan_pkh,10,ada,1',
  ].join('\n')
  return assembleIndicatorData(
    { years: [2024, 2025], statuses: makeStatusLabels(), indicators: [definition] },
    csv,
  )
}

describe('buildPriorityTable()', () => {
  it('puts one year of values in village order, a missing row as "no data", never a made-up value', () => {
    const table = buildPriorityTable(makeVillages(), makeData(), 2025, ['cakupan_pkh', 'kk_miskin'])
    expect(table.columns.get('cakupan_pkh')).toEqual({
      values: [42.5, null, null],
      statuses: ['ada', 'ditahan', 'tidak_ada'],
    })
    expect(table.columns.get('kk_miskin')?.statuses).toEqual(['tidak_ada', 'tidak_ada', 'tidak_ada'])
    expect(table.directions.get('cakupan_pkh')).toBe('higher-is-better')
  })
})
