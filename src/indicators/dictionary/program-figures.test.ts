import { describe, expect, it } from 'vitest'
import { INDICATORS } from './indicators.ts'
import {
  PROGRAM_FIGURES,
  programFigureId,
  programMeasureIndicator,
  programMeasures,
} from './program-figures.ts'
import { PROGRAMS } from './programs.ts'
import type { IndicatorEntry } from './types.ts'

const ids = new Set(INDICATORS.map((entry) => entry.id))

describe('the program figures of the dictionary', () => {
  it('declares every figure of every program as an indicator', () => {
    const missing = PROGRAMS.flatMap((program) =>
      PROGRAM_FIGURES.map((figure) => programFigureId(figure, program)).filter((id) => !ids.has(id)),
    )
    expect(missing).toEqual([])
  })

  it('lists the program measures of the dictionary, a per-program figure once by its prefix', () => {
    expect(programMeasures()).toEqual([
      'penerima',
      'cakupan',
      'galat_inklusi',
      'galat_eksklusi',
      'kk_kombinasi_terlarang',
    ])
  })

  it('makes a new entry with the role a measure, and leaves entries without it out', () => {
    const entry = (id: string, roles?: IndicatorEntry['roles']) =>
      ({ ...INDICATORS[0], id, roles }) as IndicatorEntry
    expect(
      programMeasures([
        entry('cakupan_pkh', ['program-measure']),
        entry('kk_miskin'),
        entry('x', ['program-measure']),
      ]),
    ).toEqual(['cakupan', 'x'])
  })

  it.each([
    ['cakupan', 'PBI_JKN', 'cakupan_pbi_jkn'],
    ['penerima', 'BLT_DD', 'penerima_blt_dd'],
    ['galat_inklusi', 'PKH', 'galat_inklusi'],
  ])('maps the measure %s of %s to the indicator %s', (measure, code, indicator) => {
    expect(programMeasureIndicator(measure, code)).toBe(indicator)
    expect(ids.has(indicator)).toBe(true)
  })
})
