/**
 * Who receives which program, and how much. Each household has one persistent propensity per program
 * (uniform 0–1); it receives when the propensity is below the receipt probability of its desil that year.
 * The probabilities fall with desil but are not 1 for desil 1–4 (exclusion errors) nor 0 above desil 4
 * (inclusion errors); the persistent propensity keeps the lists stable from year to year, as real lists are.
 * Rules: PKH needs at least one component (capped at four per family); BLT-DD only in desa (kelurahan get
 * no Dana Desa), only from 2020 (it was created for COVID-19), never for a PKH or BPNT family, and at most
 * `maxBltDdFamilies` per desa and year (the poorest desil first).
 */
import { DANA_DESA, PROGRAM_BENEFITS } from './calibration-targets'
import type { HouseholdYear } from './households'
import type { Person } from './persons'
import { makeStreams } from './random'
import type { PenerimaBantuanRow, ProgramCode } from './types'
import type { VillageProfile } from './village-profile'
import type { WelfareYear } from './welfare'

/** Programs in the order their rows are written. */
export const PROGRAMS: readonly ProgramCode[] = ['PKH', 'BPNT', 'BLT_DD', 'PBI_JKN', 'PIP']

/**
 * Receipt probability by desil 1–10 (index 0 = desil 1). Judgement, tuned so coverage of desil 1–4 is
 * well below 100% and a visible minority of recipients sit in desil 5+.
 */
export const RECEIPT_PROBABILITY: Readonly<Record<ProgramCode, readonly number[]>> = {
  PKH: [0.6, 0.45, 0.3, 0.15, 0.06, 0.03, 0.02, 0.01, 0.01, 0],
  BPNT: [0.7, 0.6, 0.45, 0.3, 0.1, 0.06, 0.03, 0.02, 0.01, 0],
  BLT_DD: [0.3, 0.25, 0.2, 0.12, 0.05, 0.03, 0.01, 0.01, 0, 0],
  PBI_JKN: [0.8, 0.72, 0.6, 0.45, 0.3, 0.1, 0.05, 0.02, 0.01, 0],
  PIP: [0.6, 0.5, 0.4, 0.3, 0.1, 0.05, 0.03, 0.02, 0.01, 0],
}

/** First year with BLT Dana Desa (Permendes 6/2020). */
export const BLT_DD_FIRST_YEAR = 2020
/** PKH pays for at most four members of a family. */
const PKH_MAX_COMPONENTS = 4
/** Age from which a member is a PKH `lansia` component. */
const PKH_LANSIA_AGE = 60

/** The value for `year` in a sparse yearly table, else the value of the nearest year present. */
function nearestYear(table: Readonly<Record<number, number | undefined>>, year: number): number {
  const years = Object.keys(table).map(Number)
  const nearest = years.reduce((best, known) =>
    Math.abs(known - year) < Math.abs(best - year) ? known : best,
  )
  return table[nearest] ?? 0
}

/**
 * Most BLT-DD families one desa pays in `year`: the BLT-DD cap share of an average desa's Dana Desa
 * divided by the yearly benefit (about 73 in 2024, 45 in 2025). Years without a published total or cap
 * use the nearest year's.
 */
export function maxBltDdFamilies(year: number): number {
  const perDesa = nearestYear(DANA_DESA.total_rp, year) / DANA_DESA.desa
  const cap = nearestYear(DANA_DESA.blt_dd_cap_share, year) * perDesa
  return Math.floor(cap / (12 * PROGRAM_BENEFITS.blt_dd_rp_per_month))
}

type SchoolLevel = 'sd' | 'smp' | 'sma'

/** School level by age at mid-year: SD 7–12, SMP 13–15, SMA 16–18; otherwise none. */
export function schoolLevel(age: number): SchoolLevel | null {
  if (age >= 7 && age <= 12) return 'sd'
  if (age >= 13 && age <= 15) return 'smp'
  if (age >= 16 && age <= 18) return 'sma'
  return null
}

/** Rupiah of a family's PKH in `year`: its four highest-paying components (0 when it has none). */
export function pkhAmount(members: readonly Person[], birthYears: readonly number[], year: number): number {
  const rates = PROGRAM_BENEFITS.pkh_rp_per_year
  const components: number[] = birthYears.includes(year) ? [rates.ibu_hamil] : []
  for (const member of members) {
    const age = year - member.birthYear
    if (member.hasSevereDisability) components.push(rates.disabilitas_berat)
    else if (age <= 6) components.push(rates.anak_usia_dini)
    else if (age >= PKH_LANSIA_AGE) components.push(rates.lansia)
    else {
      const level = schoolLevel(age)
      if (level) components.push(rates[level])
    }
  }
  return components
    .sort((a, b) => b - a)
    .slice(0, PKH_MAX_COMPONENTS)
    .reduce((sum, rp) => sum + rp, 0)
}

const familyRow = (program: ProgramCode, row: HouseholdYear, nilai_rp: number): PenerimaBantuanRow => {
  const head = row.members[0]
  return {
    program,
    tahun: row.tahun,
    id_keluarga: row.household.id_keluarga,
    nik: null,
    nama: head?.nama ?? null,
    tanggal_lahir: head?.tanggal_lahir ?? null,
    kode_desa: row.household.kode,
    nilai_rp,
  }
}

const personRow = (
  program: ProgramCode,
  row: HouseholdYear,
  person: Person,
  nilai_rp: number,
): PenerimaBantuanRow => ({
  program,
  tahun: row.tahun,
  id_keluarga: row.household.id_keluarga,
  nik: person.nik,
  nama: person.nama,
  tanggal_lahir: person.tanggal_lahir,
  kode_desa: row.household.kode,
  nilai_rp,
})

/** Recipient rows of every year: year by year, program by program, households in panel order. */
export function listRecipients(
  panel: readonly (readonly HouseholdYear[])[],
  welfare: readonly WelfareYear[],
  profiles: ReadonlyMap<string, VillageProfile>,
  householdCount: number,
  seed: number,
): PenerimaBantuanRow[] {
  // Persistent propensities, drawn when a household is first seen (deterministic order).
  const propensities = PROGRAMS.map(() => new Float64Array(householdCount))
  const isDrawn = new Uint8Array(householdCount)
  const streamOf = makeStreams(seed, 'programs')
  const benefits = PROGRAM_BENEFITS
  const rows: PenerimaBantuanRow[] = []
  panel.forEach((households, yearIndex) => {
    const desilOf = welfare[yearIndex]?.desil ?? new Uint8Array()
    const byProgram = PROGRAMS.map((): PenerimaBantuanRow[] => [])
    const [pkh = [], bpnt = [], bltDd = [], pbiJkn = [], pip = []] = byProgram
    const bltDdCandidates = new Map<string, { index: number; desil: number; propensity: number }[]>()
    households.forEach((row, index) => {
      const { household, tahun, members } = row
      if (!isDrawn[household.index]) {
        const random = streamOf(household.kode)
        for (const values of propensities) values[household.index] = random.uniform()
        isDrawn[household.index] = 1
      }
      const desil = desilOf[index] ?? 10
      const receives = (program: ProgramCode): boolean =>
        (propensities[PROGRAMS.indexOf(program)]?.[household.index] ?? 1) <
        (RECEIPT_PROBABILITY[program][desil - 1] ?? 0)
      const pkhRp = pkhAmount(members, household.birthYears, tahun)
      const hasPkh = pkhRp > 0 && receives('PKH')
      const hasBpnt = receives('BPNT')
      if (hasPkh) pkh.push(familyRow('PKH', row, pkhRp))
      if (hasBpnt) bpnt.push(familyRow('BPNT', row, 12 * benefits.bpnt_rp_per_month))
      const isDesa = profiles.get(household.kode)?.region.jenis === 'desa'
      if (isDesa && tahun >= BLT_DD_FIRST_YEAR && !hasPkh && !hasBpnt && receives('BLT_DD')) {
        const propensity = propensities[PROGRAMS.indexOf('BLT_DD')]?.[household.index] ?? 1
        const list = bltDdCandidates.get(household.kode) ?? []
        bltDdCandidates.set(household.kode, list)
        list.push({ index, desil, propensity })
      }
      if (receives('PBI_JKN')) {
        for (const member of members)
          pbiJkn.push(personRow('PBI_JKN', row, member, 12 * benefits.pbi_jkn_rp_per_month))
      }
      if (receives('PIP')) {
        for (const member of members) {
          const level = schoolLevel(tahun - member.birthYear)
          if (level) pip.push(personRow('PIP', row, member, benefits.pip_rp_per_year[level]))
        }
      }
    })
    // Each desa pays its poorest candidates (desil, then propensity) up to its cap, listed in panel order.
    const limit = maxBltDdFamilies(households[0]?.tahun ?? 0)
    const chosen = [...bltDdCandidates.values()].flatMap((list) =>
      list.sort((a, b) => a.desil - b.desil || a.propensity - b.propensity).slice(0, limit),
    )
    for (const { index } of chosen.sort((a, b) => a.index - b.index)) {
      const row = households[index]
      if (row) bltDd.push(familyRow('BLT_DD', row, 12 * benefits.blt_dd_rp_per_month))
    }
    for (const programRows of byProgram) for (const programRow of programRows) rows.push(programRow)
  })
  return rows
}
