import { describe, expect, it } from 'vitest'
import { assembleIndicatorData, type IndicatorData, type IndicatorDefinition } from '../../data/indicators.ts'
import { makeIndicatorDefinition, makeStatusLabels } from '../../data/testing/make-indicator-definition.ts'
import { buildVillageProfile, type ProfileInput } from './build-profile.ts'

function makeDefinition(
  id: string,
  theme: IndicatorDefinition['theme'],
  overrides: Partial<IndicatorDefinition> = {},
): IndicatorDefinition {
  return makeIndicatorDefinition(id, { theme, source: `source_${theme}`, ...overrides })
}

/** Three villages (two in 64.08.01, one kelurahan in 64.08.02), two years, five indicators. */
function makeData(): IndicatorData {
  const definitions = {
    years: [2023, 2024],
    statuses: makeStatusLabels(),
    indicators: [
      makeDefinition('persen_kk_desil_1_4', 'kemiskinan'),
      makeDefinition('status_idm', 'idm', {
        direction: 'higher-is-better',
        levels: ['desa'],
        source: 'source_idm',
      }),
      makeDefinition('penerima_pkh', 'bantuan_sosial', { direction: 'neutral' }),
      makeDefinition('cakupan_pkh', 'bantuan_sosial', { direction: 'higher-is-better' }),
      makeDefinition('dana_desa', 'dana_desa', { direction: 'neutral' }),
      makeDefinition('persen_only_kecamatan', 'kemiskinan', { levels: ['kecamatan'] }),
    ],
  }
  const csv = [
    'kode,level,tahun,indikator,nilai,status,sintetis',
    '64.08.01.2001,desa,2023,persen_kk_desil_1_4,30,ada,1',
    '64.08.01.2001,desa,2024,persen_kk_desil_1_4,40,ada,1',
    '64.08.01.2002,desa,2024,persen_kk_desil_1_4,40,ada,1',
    '64.08.02.1001,desa,2024,persen_kk_desil_1_4,55,ada,1',
    '64.08.01,kecamatan,2024,persen_kk_desil_1_4,40,ada,1',
    '64.08,kabupaten,2024,persen_kk_desil_1_4,45.5,ada,1',
    '64.08.01.2001,desa,2024,status_idm,3,ada,1',
    '64.08.01.2002,desa,2024,status_idm,2,ada,1',
    '64.08.01.2001,desa,2024,penerima_pkh,,ditahan,1',
    '64.08.01.2002,desa,2024,penerima_pkh,12,ada,1',
    '64.08.01.2001,desa,2024,cakupan_pkh,,ditahan,1',
    '64.08.01.2001,desa,2024,dana_desa,900000000,ada,1',
    '64.08.02.1001,desa,2024,dana_desa,,tidak_berlaku,1',
  ].join('\n')
  return assembleIndicatorData(definitions, csv)
}

function makeInput(overrides: Partial<ProfileInput> = {}): ProfileInput {
  return {
    data: makeData(),
    village: { kode: '64.08.01.2001', kecamatan_kode: '64.08.01' },
    villageCodes: ['64.08.01.2001', '64.08.01.2002', '64.08.02.1001'],
    regionKode: '64.08',
    tahun: 2024,
    ...overrides,
  }
}

describe('buildVillageProfile()', () => {
  it('groups every indicator published for villages by theme, in theme order', () => {
    const profile = buildVillageProfile(makeInput())
    expect(profile.groups.map((group) => [group.theme, group.rows.map((row) => row.indicator.id)])).toEqual([
      ['kemiskinan', ['persen_kk_desil_1_4']],
      ['bantuan_sosial', ['penerima_pkh', 'cakupan_pkh']],
      ['dana_desa', ['dana_desa']],
      ['idm', ['status_idm']],
    ])
  })

  it('puts the village beside its published kecamatan and kabupaten values', () => {
    const row = buildVillageProfile(makeInput()).groups[0]?.rows[0]
    expect([row?.desa, row?.kecamatan, row?.kabupaten]).toEqual([
      { nilai: 40, status: 'ada' },
      { nilai: 40, status: 'ada' },
      { nilai: 45.5, status: 'ada' },
    ])
  })

  it('ranks the village among all villages with ties (55 first, then 40 and 40 share 2)', () => {
    const row = buildVillageProfile(makeInput()).groups[0]?.rows[0]
    expect(row?.rank).toEqual({ kind: 'ranked', rank: 2, rankedCount: 3, total: 3, isTied: true })
  })

  it('does not rank a withheld value and says why', () => {
    const pkh = buildVillageProfile(makeInput()).programs[0]
    expect(pkh?.recipients.rank).toEqual({ kind: 'not-ranked', reason: 'ditahan', total: 3 })
  })

  it('has no kecamatan or kabupaten value for a figure published for villages only', () => {
    const { idm } = buildVillageProfile(makeInput())
    expect([idm.status?.desa, idm.status?.kecamatan, idm.status?.kabupaten, idm.score]).toEqual([
      { nilai: 3, status: 'ada' },
      null,
      null,
      null,
    ])
  })

  it('gives the series over every published year, null where the village has no value', () => {
    const row = buildVillageProfile(makeInput()).groups[0]?.rows[0]
    expect(row?.series).toEqual([
      { tahun: 2023, nilai: 30 },
      { tahun: 2024, nilai: 40 },
    ])
    const other = buildVillageProfile(
      makeInput({ village: { kode: '64.08.02.1001', kecamatan_kode: '64.08.02' } }),
    )
    expect(other.groups[0]?.rows[0]?.series).toEqual([
      { tahun: 2023, nilai: null },
      { tahun: 2024, nilai: 55 },
    ])
  })

  it('lists programmes with their coverage and Dana Desa as not applicable for a kelurahan', () => {
    const profile = buildVillageProfile(
      makeInput({ village: { kode: '64.08.02.1001', kecamatan_kode: '64.08.02' } }),
    )
    expect(
      profile.programs.map((program) => [
        program.name,
        program.recipients.desa.status,
        program.coverage?.indicator.id,
      ]),
    ).toEqual([['PKH', 'tidak_ada', 'cakupan_pkh']])
    expect(profile.danaDesa.map((row) => [row.indicator.id, row.desa.status, row.rank.kind])).toEqual([
      ['dana_desa', 'tidak_berlaku', 'not-ranked'],
    ])
  })

  it('treats a year without rows as no data everywhere, ranking nobody', () => {
    const profile = buildVillageProfile(makeInput({ tahun: 2019 }))
    const rows = profile.groups.flatMap((group) => group.rows)
    expect(rows.every((row) => row.desa.status === 'tidak_ada' && row.rank.kind === 'not-ranked')).toBe(true)
  })

  it('lists the sources of the rows shown once each', () => {
    expect(buildVillageProfile(makeInput()).sourceIds).toEqual([
      'source_kemiskinan',
      'source_idm',
      'source_bantuan_sosial',
      'source_dana_desa',
    ])
  })
})
