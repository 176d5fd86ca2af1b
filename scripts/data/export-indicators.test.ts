import { describe, expect, it } from 'vitest'
import { PUBLISHED_INDICATORS } from '../../src/indicators/published-definitions.ts'
import {
  assertDefinitionsMatch,
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
  const every = PUBLISHED_INDICATORS.map((indicator) => makeRow({ indikator: indicator.id }))

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
    const document = JSON.parse(formatIndicatorsJson([2023, 2024]))
    expect(document.years).toEqual([2023, 2024])
    expect(Object.keys(document.statuses)).toEqual(['ada', 'ditahan', 'tidak_ada', 'tidak_berlaku'])
    expect(document.indicators).toHaveLength(PUBLISHED_INDICATORS.length)
    for (const indicator of document.indicators) {
      expect(indicator.label.id.length * indicator.label.en.length).toBeGreaterThan(0)
      expect(indicator.description.id.length * indicator.description.en.length).toBeGreaterThan(0)
    }
  })
})

describe('PUBLISHED_INDICATORS', () => {
  it('has unique snake_case ids', () => {
    const ids = PUBLISHED_INDICATORS.map((indicator) => indicator.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/)
  })
})
