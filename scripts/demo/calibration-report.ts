/**
 * What the generated rows reproduce, per year: population (BPS where published), P0 achieved vs BPS,
 * extreme poverty, desil 1–4 share, members per poor household, and recipients per program with the
 * share of recipient families outside desil 1–4 (inclusion error) and of desil 1–4 families left out
 * (exclusion error, PBI-JKN and BPNT). Read from the CSV rows, as an importer would see them.
 */
import { KECAMATAN_POPULATION_2023, POPULATION_BPS, POVERTY_P0_PERCENT } from './calibration-targets'
import type { DemoResult } from './generate-demo'
import { PROGRAMS } from './programs'
import type { DemoYear, ProgramCode } from './types'

export interface CalibrationRow {
  tahun: number
  penduduk: number
  /** BPS total, `null` for years filled by the growth rule. */
  penduduk_bps: number | null
  jumlah_kk: number
  p0_target: number
  p0: number
  ekstrem_percent: number
  desil_1_4_percent: number
  anggota_per_kk_miskin: number
  recipients: Record<ProgramCode, number>
  /** Share of BPNT families in desil 5–10, percent. */
  bpnt_inclusion_error: number
  /** Share of desil 1–4 families without BPNT, percent. */
  bpnt_exclusion_error: number
}

const percent = (part: number, whole: number): number => (whole > 0 ? (100 * part) / whole : 0)

/** One row per year of `result`. */
export function calibrationReport(result: DemoResult): CalibrationRow[] {
  const years = [...new Set(result.keluarga.map((row) => row.periode))].sort((a, b) => a - b)
  return years.map((tahun) => {
    let people = 0
    let households = 0
    let poorPeople = 0
    let poorHouseholds = 0
    let extremePeople = 0
    let targeted = 0
    const desilOf = new Map<string, number>()
    for (const row of result.keluarga) {
      if (row.periode !== tahun) continue
      people += row.jumlah_anggota
      households++
      poorPeople += row.miskin * row.jumlah_anggota
      poorHouseholds += row.miskin
      extremePeople += row.miskin_ekstrem * row.jumlah_anggota
      if (row.desil <= 4) targeted++
      desilOf.set(row.id_keluarga, row.desil)
    }
    const recipients = Object.fromEntries(PROGRAMS.map((program) => [program, 0])) as Record<
      ProgramCode,
      number
    >
    const bpntFamilies = new Set<string>()
    for (const row of result.penerima) {
      if (row.tahun !== tahun) continue
      recipients[row.program]++
      if (row.program === 'BPNT' && row.id_keluarga) bpntFamilies.add(row.id_keluarga)
    }
    const included = [...bpntFamilies].filter((id) => (desilOf.get(id) ?? 10) > 4).length
    const left = [...desilOf].filter(([id, desil]) => desil <= 4 && !bpntFamilies.has(id)).length
    return {
      tahun,
      penduduk: people,
      penduduk_bps: POPULATION_BPS.totals[tahun as DemoYear] ?? null,
      jumlah_kk: households,
      p0_target: POVERTY_P0_PERCENT[tahun as DemoYear] ?? Number.NaN,
      p0: percent(poorPeople, people),
      ekstrem_percent: percent(extremePeople, people),
      desil_1_4_percent: percent(targeted, households),
      anggota_per_kk_miskin: poorHouseholds > 0 ? poorPeople / poorHouseholds : 0,
      recipients,
      bpnt_inclusion_error: percent(included, bpntFamilies.size),
      bpnt_exclusion_error: percent(left, targeted),
    }
  })
}

/** Kecamatan populations of 2023 next to the BPS figures the demo anchors on. */
export function kecamatanAnchors(
  result: DemoResult,
): { kecamatan_kode: string; bps: number; demo: number }[] {
  return Object.entries(KECAMATAN_POPULATION_2023).map(([kode, bps]) => ({
    kecamatan_kode: kode,
    bps,
    demo: result.penduduk
      .filter((row) => row.tahun === 2023 && row.kode_desa.startsWith(`${kode}.`))
      .reduce((sum, row) => sum + row.jumlah_penduduk, 0),
  }))
}

/** The report as a fixed-width text table. */
export function formatCalibrationReport(rows: readonly CalibrationRow[]): string {
  const header = [
    'tahun',
    'penduduk',
    'BPS',
    'KK',
    'P0 %',
    'target',
    'ekstrem %',
    'desil1-4 %',
    'agt/KK miskin',
  ]
  const table = rows.map((row) => [
    String(row.tahun),
    String(row.penduduk),
    row.penduduk_bps === null ? '(rule)' : String(row.penduduk_bps),
    String(row.jumlah_kk),
    row.p0.toFixed(3),
    row.p0_target.toFixed(2),
    row.ekstrem_percent.toFixed(3),
    row.desil_1_4_percent.toFixed(1),
    row.anggota_per_kk_miskin.toFixed(2),
    ...PROGRAMS.map((program) => String(row.recipients[program])),
    `${row.bpnt_inclusion_error.toFixed(0)}/${row.bpnt_exclusion_error.toFixed(0)}`,
  ])
  const all = [[...header, ...PROGRAMS, 'BPNT incl/excl %'], ...table]
  const widths = all[0]?.map((_, column) => Math.max(...all.map((line) => (line[column] ?? '').length))) ?? []
  return all
    .map((line) => line.map((cell, column) => cell.padStart(widths[column] ?? 0)).join('  '))
    .join('\n')
}
