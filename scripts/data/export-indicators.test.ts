import { describe, expect, it } from 'vitest'
import { INDICATORS } from '../../src/indicators/dictionary/indicators.ts'
import {
  assertDefinitionsMatch,
  formatIndicatorFiles,
  formatIndicatorsCsv,
  formatIndicatorsJson,
  type IndicatorRow,
} from './export-indicators.ts'

function makeRow(overrides: Partial<IndicatorRow> = {}): IndicatorRow {
  return {
    kode: '99.01.01.2001',
    level: 'desa',
    tahun: 2024,
    indikator: 'penduduk',
    nilai: 120,
    status: 'ada',
    ...overrides,
  }
}

describe('formatIndicatorsCsv()', () => {
  it('writes the long form with an empty cell where a value is withheld and the synthetic flag', () => {
    const csv = formatIndicatorsCsv([
      makeRow(),
      makeRow({ indikator: 'kk_miskin_ekstrem', nilai: null, status: 'ditahan' }),
      makeRow({ indikator: 'luas_km2', nilai: 12.5 }),
    ])
    expect(csv).toBe(
      [
        'kode,level,tahun,indikator,nilai,status,sintetis',
        '99.01.01.2001,desa,2024,penduduk,120,ada,1',
        '99.01.01.2001,desa,2024,kk_miskin_ekstrem,,ditahan,1',
        '99.01.01.2001,desa,2024,luas_km2,12.5,ada,0',
        '',
      ].join('\n'),
    )
  })
})

describe('assertDefinitionsMatch()', () => {
  const every = INDICATORS.map((indicator) => makeRow({ indikator: indicator.id }))

  it('accepts rows that name exactly the defined ids', () => {
    expect(() => assertDefinitionsMatch(every)).not.toThrow()
  })

  it.each([
    [
      'an id the view computes but nobody defined',
      [...every, makeRow({ indikator: 'made_up' })],
      /not defined: \[made_up\]/,
    ],
    ['a defined id the view no longer computes', every.slice(1), /defined but not computed: \[luas_km2\]/],
  ])('stops the build for %s', (_case, rows, message) => {
    expect(() => assertDefinitionsMatch(rows)).toThrow(message)
  })
})

describe('formatIndicatorsJson()', () => {
  it('lists the years, every indicator with both languages and the meaning of each status', () => {
    const document = JSON.parse(
      formatIndicatorsJson([makeRow({ tahun: 2024 }), makeRow({ tahun: 2023, level: 'kecamatan' })]),
    )
    expect(document.years).toEqual([2023, 2024])
    expect(Object.keys(document.statuses)).toEqual(['ada', 'ditahan', 'tidak_ada', 'tidak_berlaku'])
    expect(document.indicators).toHaveLength(INDICATORS.length)
    for (const indicator of document.indicators) {
      expect(indicator.label.id.length * indicator.label.en.length).toBeGreaterThan(0)
      expect(indicator.description.id.length * indicator.description.en.length).toBeGreaterThan(0)
    }
  })

  it('gives each indicator the years with a present village value, not those of other levels or statuses', () => {
    const document = JSON.parse(
      formatIndicatorsJson([
        makeRow({ tahun: 2024 }),
        makeRow({ tahun: 2021 }),
        makeRow({ tahun: 2022, nilai: null, status: 'ditahan' }),
        makeRow({ tahun: 2023, level: 'kecamatan', kode: '99.01.01' }),
        makeRow({ tahun: 2020, indikator: 'luas_km2' }),
      ]),
    )
    const years = new Map(
      document.indicators.map((indicator: { id: string; years: number[] }) => [
        indicator.id,
        indicator.years,
      ]),
    )
    expect(years.get('penduduk')).toEqual([2021, 2024])
    expect(years.get('luas_km2')).toEqual([2020])
    expect(years.get('kk_miskin_ekstrem')).toEqual([])
  })
})

describe('formatIndicatorFiles()', () => {
  const rows = [
    makeRow({ tahun: 2023 }),
    makeRow({ tahun: 2023, indikator: 'luas_km2', nilai: 12.5 }),
    makeRow({ tahun: 2024, nilai: null, status: 'ditahan' }),
    makeRow({ tahun: 2024, level: 'kabupaten', kode: '99.01', nilai: 5000 }),
  ]
  const files = new Map(formatIndicatorFiles(rows).map((file) => [file.path, file.content.toString('utf8')]))

  it('writes the long form, the definitions and one file per indicator', () => {
    expect([...files.keys()]).toEqual([
      'indicators.csv',
      'indicators.json',
      'indicators-luas_km2.csv',
      'indicators-penduduk.csv',
    ])
  })

  it('puts exactly the rows of each indicator, in the order and columns of indicators.csv, in its file', () => {
    const [header, ...lines] = (files.get('indicators.csv') ?? '').trim().split('\n')
    for (const id of ['luas_km2', 'penduduk']) {
      const view = (files.get(`indicators-${id}.csv`) ?? '').trim().split('\n')
      expect(view[0]).toBe(header)
      expect(view.slice(1)).toEqual(lines.filter((line) => line.split(',')[3] === id))
    }
  })
})
