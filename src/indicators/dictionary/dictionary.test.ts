import { describe, expect, it } from 'vitest'
import { PROGRAM_CODES } from '../../data/programs.ts'
import { AREA_INDICATOR } from '../area-definition.ts'
import { defaultChoroplethOptions } from '../choropleth.ts'
import { COUNTS } from './counts.ts'
import { INDICATORS } from './indicators.ts'
import { PROGRAMS } from './programs.ts'

const countOf = new Map(COUNTS.map((count) => [count.id, count]))
/** A count the publish step protects: households, persons or listings. */
const isSecret = (id: string): boolean => {
  const count = countOf.get(id)
  return count !== undefined && (count.source === 'cells' || count.secret)
}
const namedCounts = (entry: (typeof INDICATORS)[number]): string[] =>
  [entry.numerator, entry.denominator, entry.basis?.numerator, entry.basis?.denominator].filter(
    (id): id is string => id !== undefined,
  )

describe('the indicator dictionary', () => {
  it('has unique snake_case ids for indicators, counts and programs', () => {
    for (const ids of [INDICATORS.map((e) => e.id), COUNTS.map((c) => c.id), PROGRAMS.map((p) => p.id)]) {
      expect(new Set(ids).size).toBe(ids.length)
      for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/)
    }
    expect(new Set(PROGRAMS.map((program) => program.code)).size).toBe(PROGRAMS.length)
  })

  it('states only default classifications and palettes the map uses as they are', () => {
    for (const entry of INDICATORS) {
      const stated = { classification: entry.classification, palette: entry.palette }
      const used = defaultChoroplethOptions(entry)
      if (stated.classification !== undefined) expect(used.classification).toEqual(stated.classification)
      if (stated.palette !== undefined) expect(used.palette).toBe(stated.palette)
    }
    expect(INDICATORS.find((entry) => entry.id === 'status_idm')?.classification).toEqual({
      method: 'manual',
      breaks: [2, 3, 4, 5],
    })
  })

  it('lists the area entry the map falls back to', () => {
    expect(INDICATORS).toContain(AREA_INDICATOR)
  })

  it.each(INDICATORS.map((entry) => [entry.id, entry] as const))(
    '%s names declared counts only, and a scale exactly when it has a denominator',
    (_id, entry) => {
      expect(namedCounts(entry).filter((id) => !countOf.has(id))).toEqual([])
      expect(entry.scale !== undefined).toBe(entry.denominator !== undefined)
    },
  )

  // A forgotten suppression basis would publish a count of 1–4 households: every part that counts
  // households, persons or listings must name the household count that withholds the figure.
  it.each(INDICATORS.map((entry) => [entry.id, entry] as const))(
    '%s has a suppression basis for every protected part',
    (_id, entry) => {
      if (isSecret(entry.numerator)) expect(entry.basis?.numerator).toBeDefined()
      if (entry.denominator && isSecret(entry.denominator)) expect(entry.basis?.denominator).toBeDefined()
      for (const basis of [entry.basis?.numerator, entry.basis?.denominator]) {
        if (basis !== undefined)
          expect(countOf.get(basis)?.source === 'cells' || basis === entry.numerator).toBe(true)
      }
    },
  )

  it('uses every count in some indicator', () => {
    const used = new Set(INDICATORS.flatMap(namedCounts))
    expect(COUNTS.map((count) => count.id).filter((id) => !used.has(id))).toEqual([])
  })

  it('gives each role the direction it needs', () => {
    for (const entry of INDICATORS) {
      if (entry.roles?.includes('need')) expect(entry.direction).toBe('higher-is-worse')
      if (entry.roles?.includes('coverage')) expect(entry.direction).toBe('higher-is-better')
      if (entry.roles?.includes('criterion')) expect(entry.direction).not.toBe('neutral')
    }
  })

  it('declares the programs the program files validate, in their order', () => {
    expect(PROGRAMS.map((program) => program.code)).toEqual([...PROGRAM_CODES])
  })

  it('names only declared programs in the cell counts', () => {
    const codes = new Set(PROGRAMS.map((program) => program.code))
    const named = COUNTS.flatMap((count) =>
      count.source === 'cells' && count.where.program ? [count.where.program] : [],
    )
    expect(named.length).toBe(PROGRAMS.length)
    expect(named.filter((code) => !codes.has(code))).toEqual([])
  })
})
