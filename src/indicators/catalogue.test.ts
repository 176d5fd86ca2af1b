import { describe, expect, it } from 'vitest'
import { buildAreaCatalogue, findIndicator } from './catalogue.ts'

describe('buildAreaCatalogue()', () => {
  it('shows the village area, missing areas as tidak_ada', () => {
    const catalogue = buildAreaCatalogue([
      { kode: 'a', luas_km2: 12 },
      { kode: 'b', luas_km2: null },
    ])
    expect(catalogue.defaultId).toBe('luas_km2')
    expect(catalogue.valueOf('luas_km2', 0, 'a')).toEqual({ nilai: 12, status: 'ada' })
    expect(catalogue.valueOf('luas_km2', 0, 'b')).toEqual({ nilai: null, status: 'tidak_ada' })
    expect(catalogue.yearsOf('luas_km2')).toEqual([])
  })

  it('falls back to the default indicator for an unknown id', () => {
    const catalogue = buildAreaCatalogue([])
    expect(findIndicator(catalogue, 'nope')?.id).toBe('luas_km2')
  })
})
