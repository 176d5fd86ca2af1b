import { describe, expect, it } from 'vitest'
import { buildChangeClasses, CHANGE_THRESHOLDS } from './change-classes.ts'
import { readFormulaYear } from './formula-inputs.ts'
import { simulate } from './simulate.ts'
import { OFFICIAL_SETTINGS, toParameters } from './simulator-settings.ts'
import { makePublishedIndex, makeVillageKinds } from './testing/make-formula-year.ts'

describe('buildChangeClasses()', () => {
  const year = readFormulaYear(makePublishedIndex(), makeVillageKinds(), 2024)
  const { simulation } = simulate(year, toParameters(OFFICIAL_SETTINGS))

  it('has one colour per class, a neutral middle and red losses below blue gains', () => {
    const classes = buildChangeClasses(simulation, makeVillageKinds())
    expect(classes.colors).toHaveLength(CHANGE_THRESHOLDS.length + 1)
    expect(classes.colors[4]).toBe('#f2f0eb')
    // ColorBrewer RdBu 8: darkest red first, darkest blue last
    expect(classes.colors[0]).toBe('#b2182b')
    expect(classes.colors.at(-1)).toBe('#2166ac')
  })

  it.each([
    ['a desa with the official settings', '64.08.01.2001', 0, 'ada'],
    ['a kelurahan, which receives no Dana Desa', '64.08.04.1001', null, 'tidak_berlaku'],
  ])('gives %s its value and status', (_, kode, value, status) => {
    const classes = buildChangeClasses(simulation, makeVillageKinds())
    expect(classes.values.get(kode)).toBe(value)
    expect(classes.statuses.get(kode)).toBe(status)
  })

  it('marks every desa as without data when nothing could be simulated', () => {
    const classes = buildChangeClasses(null, makeVillageKinds())
    expect(classes.statuses.get('64.08.01.2001')).toBe('tidak_ada')
  })
})
