import { describe, expect, it } from 'vitest'
import {
  assembleIndicatorData,
  assembleIndicatorViews,
  buildIndicatorIndex,
  hasIndicatorValues,
  IndicatorDataError,
  parseIndicatorCsv,
  parseIndicatorsFile,
  withIndicatorView,
} from './indicators.ts'
import { makeIndicatorDefinition, makeStatusLabels } from './testing/make-indicator-definition.ts'

const HEADER = 'kode,level,tahun,indikator,nilai,status,sintetis'

function makeCsv(...lines: string[]): string {
  return [HEADER, ...lines, ''].join('\n')
}

function makeDefinitions(): unknown {
  return {
    years: [2022, 2023],
    statuses: makeStatusLabels(),
    indicators: [makeIndicatorDefinition('persen_kk_desil_1_4')],
  }
}

describe('parseIndicatorCsv()', () => {
  it('reads values, statuses and the synthetic flag', () => {
    const rows = parseIndicatorCsv(
      makeCsv('64.08.01.2001,desa,2023,x,12.5,ada,1', '64.08.01.2002,desa,2023,x,,ditahan,0'),
    )
    expect(rows).toEqual([
      {
        kode: '64.08.01.2001',
        level: 'desa',
        tahun: 2023,
        indikator: 'x',
        nilai: 12.5,
        status: 'ada',
        sintetis: true,
      },
      {
        kode: '64.08.01.2002',
        level: 'desa',
        tahun: 2023,
        indikator: 'x',
        nilai: null,
        status: 'ditahan',
        sintetis: false,
      },
    ])
  })

  it('accepts Windows line endings and a missing final newline', () => {
    expect(parseIndicatorCsv(`${HEADER}\r\n64.08,kabupaten,2023,x,1,ada,1`)).toHaveLength(1)
  })

  it.each([
    ['a wrong header', 'kode,tahun\n'],
    ['an unknown status', makeCsv('64.08,kabupaten,2023,x,1,hilang,1')],
    ['an unknown level', makeCsv('64.08,provinsi,2023,x,1,ada,1')],
    ['a value that is not a number', makeCsv('64.08,kabupaten,2023,x,abc,ada,1')],
    ['status ada without a value', makeCsv('64.08,kabupaten,2023,x,,ada,1')],
  ])('rejects %s', (_, text) => {
    expect(() => parseIndicatorCsv(text)).toThrow(IndicatorDataError)
  })
})

describe('buildIndicatorIndex()', () => {
  it('looks a value up by code, year and indicator', () => {
    const index = buildIndicatorIndex(parseIndicatorCsv(makeCsv('64.08.01.2001,desa,2023,x,7,ada,1')))
    expect(index.value('64.08.01.2001', 2023, 'x')).toEqual({ nilai: 7, status: 'ada' })
    expect(index.value('64.08.01.2001', 2022, 'x')).toBeUndefined()
  })

  it('lists the years with a present village value, ascending', () => {
    const index = buildIndicatorIndex(
      parseIndicatorCsv(
        makeCsv(
          '64.08.01.2001,desa,2023,x,7,ada,1',
          '64.08.01.2001,desa,2021,x,5,ada,1',
          '64.08.01.2001,desa,2022,x,,tidak_ada,1',
          '64.08,kabupaten,2019,x,5,ada,1',
        ),
      ),
    )
    expect(index.yearsOf('x')).toEqual([2021, 2023])
    expect(index.yearsOf('unknown')).toEqual([])
  })
})

describe('assembleIndicatorData()', () => {
  it('validates the definitions and indexes the values', () => {
    const data = assembleIndicatorData(makeDefinitions(), makeCsv('64.08,kabupaten,2023,x,1,ada,1'))
    expect(data.file.indicators[0]?.id).toBe('persen_kk_desil_1_4')
    expect(data.index.value('64.08', 2023, 'x')?.nilai).toBe(1)
  })

  it('rejects definitions with an unknown direction', () => {
    const definitions = makeDefinitions() as { indicators: { direction: string }[] }
    const first = definitions.indicators[0]
    if (first) first.direction = 'sideways'
    expect(() => assembleIndicatorData(definitions, makeCsv())).toThrow(IndicatorDataError)
  })
})

describe('withIndicatorView()', () => {
  const file = parseIndicatorsFile({
    ...(makeDefinitions() as object),
    indicators: (makeDefinitions() as { indicators: object[] }).indicators.map((item) => ({
      ...item,
      years: [2021, 2023],
    })),
  })
  const first = assembleIndicatorViews(
    file,
    new Map([['x', parseIndicatorCsv(makeCsv('64.08.01.2001,desa,2023,x,7,ada,1'))]]),
  )

  it('adds an indicator to those loaded and keeps the others', () => {
    const data = withIndicatorView(
      first,
      'y',
      parseIndicatorCsv(makeCsv('64.08.01.2001,desa,2023,y,9,ada,1')),
    )
    expect(data.index.value('64.08.01.2001', 2023, 'x')?.nilai).toBe(7)
    expect(data.index.value('64.08.01.2001', 2023, 'y')?.nilai).toBe(9)
    expect([
      hasIndicatorValues(data, 'x'),
      hasIndicatorValues(data, 'y'),
      hasIndicatorValues(data, 'z'),
    ]).toEqual([true, true, false])
  })

  it('takes every indicator’s years from the definitions while values are partly loaded', () => {
    expect(first.index.yearsOf('persen_kk_desil_1_4')).toEqual([2021, 2023])
    expect(first.index.yearsOf('unknown')).toEqual([])
  })

  it('leaves data that already holds every value as it is', () => {
    const all = assembleIndicatorData(makeDefinitions(), makeCsv('64.08,kabupaten,2023,x,1,ada,1'))
    expect(withIndicatorView(all, 'y', [])).toBe(all)
  })
})
