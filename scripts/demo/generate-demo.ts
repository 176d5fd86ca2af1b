/**
 * The demo generator for population, households and aid: regions in, the rows of `keluarga.csv`,
 * `penerima_bantuan.csv` and `penduduk.csv` out, plus per village-year summaries (for the IDM and Dana Desa
 * generators) and the ground truth of planted anomalies. Deterministic for a seed. Steps:
 * profiles → population targets → household panel → welfare → programs → anomalies.
 */
import { plantAnomalies } from './anomalies'
import { type AnomalyKind, DEFAULT_ANOMALY_COUNTS, type GroundTruth } from './ground-truth'
import { buildHouseholdPanel } from './households'
import { allocatePopulation } from './population'
import { listRecipients } from './programs'
import {
  DEMO_YEARS,
  type DemoRegion,
  type DemoYear,
  type KeluargaRow,
  type PendudukRow,
  type PenerimaBantuanRow,
  type VillageYearSummary,
} from './types'
import { buildVillageProfile } from './village-profile'
import { assignWelfare, countHouseholds } from './welfare'

export interface GenerateDemoOptions {
  regions: readonly DemoRegion[]
  seed: number
  /** Consecutive years; default 2019–2025. */
  years?: readonly DemoYear[]
  /** Multiplies every population total (1 = real size; tests use e.g. 0.02). */
  scale?: number
  anomalyCounts?: Readonly<Record<AnomalyKind, number>>
}

export interface DemoResult {
  keluarga: KeluargaRow[]
  penerima: PenerimaBantuanRow[]
  penduduk: PendudukRow[]
  summaries: VillageYearSummary[]
  groundTruth: GroundTruth
  /** The extreme-poverty line as a fraction of the poverty line. */
  extremeLineRatio: number
  /** Milliseconds per step (not part of the deterministic output). */
  timings: Record<string, number>
}

/** Generates the demo rows for `regions` (see the module comment). */
export function generateDemo(options: GenerateDemoOptions): DemoResult {
  const { regions, seed, years = DEMO_YEARS, scale = 1, anomalyCounts = DEFAULT_ANOMALY_COUNTS } = options
  const timings: Record<string, number> = {}
  let started = performance.now()
  const lap = (step: string): void => {
    const now = performance.now()
    timings[step] = Math.round(now - started)
    started = now
  }
  const profiles = [...regions]
    .sort((a, b) => (a.kode < b.kode ? -1 : 1))
    .map((region) => buildVillageProfile(region, seed))
  const profileByKode = new Map(profiles.map((profile) => [profile.region.kode, profile]))
  const targets = allocatePopulation(profiles, years, scale)
  lap('population')
  const panel = buildHouseholdPanel(profiles, targets, years, seed)
  lap('households')
  const welfare = assignWelfare(panel, profileByKode, years, seed)
  lap('welfare')
  const recipients = listRecipients(panel, welfare.years, profileByKode, countHouseholds(panel), seed)
  lap('programs')

  // BLT-DD households per desa and year, so the Dana Desa generator budgets what the program lists.
  const bltDdHouseholds = new Map<string, number>()
  for (const row of recipients) {
    if (row.program !== 'BLT_DD') continue
    const key = `${row.kode_desa}|${row.tahun}`
    bltDdHouseholds.set(key, (bltDdHouseholds.get(key) ?? 0) + 1)
  }
  const keluarga: KeluargaRow[] = []
  const penduduk: PendudukRow[] = []
  const summaries: VillageYearSummary[] = []
  panel.forEach((rows, yearIndex) => {
    const year = welfare.years[yearIndex]
    const tahun = years[yearIndex] ?? 0
    const totals = new Map(
      profiles.map((p) => [
        p.region.kode,
        { people: 0, male: 0, kk: 0, poorPeople: 0, poorKk: 0, extremeKk: 0 },
      ]),
    )
    rows.forEach(({ household, members }, index) => {
      const head = members[0]
      const total = totals.get(household.kode)
      if (!head || !year || !total) throw new Error(`inconsistent panel at ${household.id_keluarga}`)
      const miskin = year.miskin[index] === 1 ? 1 : 0
      const miskinEkstrem = year.miskinEkstrem[index] === 1 ? 1 : 0
      keluarga.push({
        id_keluarga: household.id_keluarga,
        kode_desa: household.kode,
        periode: tahun,
        desil: year.desil[index] ?? 10,
        jumlah_anggota: members.length,
        mata_pencaharian: household.mata_pencaharian,
        miskin,
        miskin_ekstrem: miskinEkstrem,
        nik_kepala: head.nik,
        nama_kepala: head.nama,
        tanggal_lahir_kepala: head.tanggal_lahir,
      })
      total.people += members.length
      for (const member of members) if (!member.isFemale) total.male++
      total.kk++
      total.poorPeople += miskin * members.length
      total.poorKk += miskin
      total.extremeKk += miskinEkstrem
    })
    for (const [kode, total] of totals) {
      penduduk.push({
        kode_desa: kode,
        tahun,
        jumlah_penduduk: total.people,
        laki_laki: total.male,
        perempuan: total.people - total.male,
        jumlah_kk: total.kk,
      })
      summaries.push({
        kode,
        tahun,
        penduduk: total.people,
        jumlah_kk: total.kk,
        penduduk_miskin: total.poorPeople,
        kk_miskin: total.poorKk,
        kk_miskin_ekstrem: total.extremeKk,
        remoteness: profileByKode.get(kode)?.remoteness ?? 0,
        kk_blt_dd: bltDdHouseholds.get(`${kode}|${tahun}`) ?? 0,
      })
    }
  })
  lap('rows')
  const desa = new Set(regions.filter((region) => region.jenis === 'desa').map((region) => region.kode))
  const planted = plantAnomalies({ keluarga, penerima: recipients, desa }, seed, anomalyCounts)
  lap('anomalies')
  return {
    keluarga: planted.keluarga,
    penerima: planted.penerima,
    penduduk,
    summaries,
    groundTruth: planted.groundTruth,
    extremeLineRatio: Math.exp(welfare.extremeLogLine),
    timings,
  }
}

/** A file the demo wrote. */
export interface WrittenFile {
  file: string
  rows: number
  bytes: number
}
