/**
 * The formula simulator on the published snapshot (skipped with a reason when `npm run data` has not
 * built it): with the official parameters, the allocation recomputed in the browser's code from the
 * published formula inputs equals the published allocation, component by component, for every desa and
 * every year that has inputs.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formulaYears, readFormulaYear } from '../../src/dana-desa/formula-inputs.ts'
import { simulate } from '../../src/dana-desa/simulate.ts'
import { OFFICIAL_SETTINGS, toParameters } from '../../src/dana-desa/simulator-settings.ts'
import { buildIndicatorIndex, parseIndicatorCsv } from '../../src/data/indicators.ts'

const INDICATORS = path.resolve(import.meta.dirname, '../../public/data/indicators.csv')
const isBuilt = existsSync(INDICATORS)
if (!isBuilt) console.info(`published-dana-desa: skipped, ${INDICATORS} does not exist (run npm run data)`)

describe.skipIf(!isBuilt)('the formula simulator on the published snapshot', () => {
  const rows = isBuilt ? parseIndicatorCsv(readFileSync(INDICATORS, 'utf8')) : []
  const index = buildIndicatorIndex(rows)
  // A kelurahan is where Dana Desa does not apply; every other village is a desa.
  const kinds = [...new Set(rows.filter((row) => row.level === 'desa').map((row) => row.kode))].map(
    (kode) => ({
      kode,
      jenis: rows.some(
        (row) => row.kode === kode && row.indikator === 'dana_desa' && row.status === 'tidak_berlaku',
      )
        ? ('kelurahan' as const)
        : ('desa' as const),
    }),
  )
  const years = formulaYears(index)

  it('has formula inputs for every year with Dana Desa', () => {
    expect(years).toEqual(index.yearsOf('dana_desa'))
    expect(years.length).toBeGreaterThan(0)
  })

  it.each(years)('reproduces every published allocation of %i to the rupiah', (tahun) => {
    const year = readFormulaYear(index, kinds, tahun)
    expect(year.incomplete).toEqual([])
    expect(year.villages.length).toBe(kinds.filter((kind) => kind.jenis === 'desa').length)
    const { simulation } = simulate(year, toParameters(OFFICIAL_SETTINGS))
    expect(simulation?.villages.map((village) => village.simulated)).toEqual(year.published)
  })
})
