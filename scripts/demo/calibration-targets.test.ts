import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  DANA_DESA,
  EXTREME_POVERTY,
  KABUPATEN,
  KECAMATAN_POPULATION_2023,
  MEMBERS_PER_POOR_HOUSEHOLD_KALTIM_2025,
  POPULATION_BPS,
  POVERTY_P0_PERCENT,
  PROGRAM_BENEFITS,
} from './calibration-targets'

/** The facts file is read only here, to cross-check the constants; it is never copied into the project. */
const FACTS_FILE = path.resolve(process.env.FACTS_FILE ?? '../shared/data/kutim-facts.json')
const hasFacts = existsSync(FACTS_FILE)
if (!hasFacts) console.info(`calibration-targets: skipping the cross-check, ${FACTS_FILE} does not exist`)

function readFacts(): Record<string, unknown> {
  return JSON.parse(readFileSync(FACTS_FILE, 'utf8')) as Record<string, unknown>
}

/** Reads a nested value by a dotted path, e.g. `population.2020.total`. */
function at(facts: Record<string, unknown>, dotted: string): unknown {
  let value: unknown = facts
  for (const key of dotted.split('.')) value = (value as Record<string, unknown> | undefined)?.[key]
  return value
}

describe.skipIf(!hasFacts)('calibration targets agree with kutim-facts.json', () => {
  const pkh = PROGRAM_BENEFITS.pkh_rp_per_year
  it.each([
    ['admin.kode', KABUPATEN.kode],
    ['admin.desa', KABUPATEN.desa],
    ['admin.kelurahan', KABUPATEN.kelurahan],
    ['admin.kecamatan', KABUPATEN.kecamatan],
    ['population.2020.total', POPULATION_BPS.totals[2020]],
    ['population.2023.total', POPULATION_BPS.totals[2023]],
    ['population.2024.total', POPULATION_BPS.totals[2024]],
    ['population.2024.male', POPULATION_BPS.male_2024],
    ['population.2024.female', POPULATION_BPS.female_2024],
    ['population.kecamatan_examples.Sangatta Utara 2023', KECAMATAN_POPULATION_2023['64.08.04']],
    ['population.kecamatan_examples.Sangkulirang 2023', KECAMATAN_POPULATION_2023['64.08.05']],
    ['extreme_poverty.pct_mid_2024', EXTREME_POVERTY.percent_mid_2024],
    ['poverty_bps.kaltim_context.members_per_poor_household_2025', MEMBERS_PER_POOR_HOUSEHOLD_KALTIM_2025],
    ['programs.PKH.rp_per_year.ibu_hamil', pkh.ibu_hamil],
    ['programs.PKH.rp_per_year.anak_usia_dini', pkh.anak_usia_dini],
    ['programs.PKH.rp_per_year.sd', pkh.sd],
    ['programs.PKH.rp_per_year.smp', pkh.smp],
    ['programs.PKH.rp_per_year.sma', pkh.sma],
    ['programs.PKH.rp_per_year.disabilitas_berat', pkh.disabilitas_berat],
    ['programs.PKH.rp_per_year.lansia', pkh.lansia],
    ['programs.BPNT.rp_per_month', PROGRAM_BENEFITS.bpnt_rp_per_month],
    ['programs.PBI_JKN.rp_per_month', PROGRAM_BENEFITS.pbi_jkn_rp_per_month],
    ['programs.PIP.rp_per_year.sd', PROGRAM_BENEFITS.pip_rp_per_year.sd],
    ['programs.PIP.rp_per_year.smp', PROGRAM_BENEFITS.pip_rp_per_year.smp],
    ['programs.PIP.rp_per_year.sma', PROGRAM_BENEFITS.pip_rp_per_year.sma],
    ['programs.BLT_DD.rp_per_month', PROGRAM_BENEFITS.blt_dd_rp_per_month],
    ['dana_desa_rp.villages', DANA_DESA.desa],
    ['dana_desa_rp.2022.total', DANA_DESA.total_rp[2022]],
    ['dana_desa_rp.2023.total', DANA_DESA.total_rp[2023]],
    ['dana_desa_rp.2024.total', DANA_DESA.total_rp[2024]],
    ['dana_desa_rp.2025.total', DANA_DESA.total_rp[2025]],
    ['dana_desa_rp.blt_dd.cap_share_of_dana_desa.2024', DANA_DESA.blt_dd_cap_share[2024]],
    ['dana_desa_rp.blt_dd.cap_share_of_dana_desa.2025', DANA_DESA.blt_dd_cap_share[2025]],
  ])('the constant for %s equals the facts file', (dotted, constant) => {
    expect(constant).toBe(at(readFacts(), dotted))
  })

  it('the kelurahan codes equal the facts file', () => {
    expect([...KABUPATEN.kelurahan_kode]).toEqual(at(readFacts(), 'admin.kelurahan_kode'))
  })

  it('the P0 series equals the facts file for every year', () => {
    const series = at(readFacts(), 'poverty_bps.series') as Record<string, { pct: number }>
    const fromFacts = Object.fromEntries(Object.entries(series).map(([year, entry]) => [year, entry.pct]))
    expect(fromFacts).toEqual(Object.fromEntries(Object.entries(POVERTY_P0_PERCENT)))
  })

  it('the extreme-poverty hotspots are the kecamatan named in the facts file', () => {
    const named = Object.keys(at(readFacts(), 'extreme_poverty.hotspots_households_jan_2024') as object)
    expect(named).toEqual(['Muara Ancalong', 'Muara Bengkal'])
    expect(EXTREME_POVERTY.hotspot_kecamatan).toEqual(['64.08.01', '64.08.03'])
  })
})
