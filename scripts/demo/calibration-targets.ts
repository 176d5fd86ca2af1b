/**
 * Public figures the demo reproduces, typed, each with its source. The same values are compiled in
 * `../shared/data/kutim-facts.json`; `calibration-targets.test.ts` cross-checks them when that file exists.
 * The demo's village values are synthetic; only these kabupaten-level anchors are real.
 */
import type { DemoYear } from './types'

/** Kabupaten Kutai Timur: Kemendagri code and the two kelurahan (all other villages are desa). */
export const KABUPATEN = {
  kode: '64.08',
  kecamatan: 18,
  desa: 139,
  kelurahan: 2,
  kelurahan_kode: ['64.08.04.1010', '64.08.12.1002'],
  source: 'Kepmendagri 300.2.2-2138/2025; npm idn-area-data 4.0.1',
} as const

/** BPS population totals; the other demo years follow the growth rule in `population.ts`. */
export const POPULATION_BPS = {
  totals: { 2020: 434_459, 2023: 455_504, 2024: 448_850 } as Partial<Record<DemoYear, number>>,
  /** 2024 split by sex. */
  male_2024: 240_268,
  female_2024: 208_582,
  source: {
    2020: 'BPS Sensus Penduduk 2020',
    2023: 'BPS, Kutai Timur Dalam Angka 2025',
    2024: 'BPS, Kutai Timur Dalam Angka 2025',
  },
} as const

/** BPS kecamatan populations the demo matches exactly in 2023, keyed by kecamatan code. */
export const KECAMATAN_POPULATION_2023: Readonly<Record<string, number>> = {
  '64.08.04': 125_410, // Sangatta Utara
  '64.08.05': 24_245, // Sangkulirang
}
export const KECAMATAN_POPULATION_SOURCE = 'BPS, Kutai Timur Dalam Angka 2025 (kecamatan examples)'

/** BPS P0: percent of people below the poverty line (March Susenas). */
export const POVERTY_P0_PERCENT: Readonly<Record<DemoYear, number>> = {
  2019: 9.48,
  2020: 9.55,
  2021: 9.81,
  2022: 9.28,
  2023: 9.06,
  2024: 8.81,
  2025: 8.07,
}
export const POVERTY_P0_SOURCE =
  'BPS Kabupaten Kutai Timur, compiled by katakaltim.com (Jan 2026); 2024 cross-checked with databoks'

/** Extreme poverty: share of people, mid-2024, and the kecamatan with the most extreme-poor households. */
export const EXTREME_POVERTY = {
  percent_mid_2024: 0.3,
  /** Hotspot kecamatan codes: Muara Ancalong (500 households) and Muara Bengkal (400), P3KE January 2024. */
  hotspot_kecamatan: ['64.08.01', '64.08.03'],
  source: 'Bappeda Kutim via Antara (Aug 2024); Dinsos Kutim via Tribun Kaltim (Jan 2024)',
} as const

/** Kalimantan Timur context (BPS 2025): average members of a poor household; reported, not enforced. */
export const MEMBERS_PER_POOR_HOUSEHOLD_KALTIM_2025 = 5.24

/** Program benefits in rupiah (national rules, as compiled in kutim-facts.json `programs`). */
export const PROGRAM_BENEFITS = {
  /** PKH per family per year, by component. */
  pkh_rp_per_year: {
    ibu_hamil: 3_000_000,
    anak_usia_dini: 3_000_000,
    sd: 900_000,
    smp: 1_500_000,
    sma: 2_000_000,
    disabilitas_berat: 2_400_000,
    lansia: 2_400_000,
  },
  /** BPNT / Program Sembako per family per month. */
  bpnt_rp_per_month: 200_000,
  /** PBI-JKN contribution per person per month. */
  pbi_jkn_rp_per_month: 42_000,
  /** PIP per student per year, by school level. */
  pip_rp_per_year: { sd: 450_000, smp: 750_000, sma: 1_800_000 },
  /** BLT Dana Desa per family per month (desa only; kelurahan have no Dana Desa). */
  blt_dd_rp_per_month: 300_000,
  source: 'kutim-facts.json programs and dana_desa_rp.blt_dd (national program rules)',
} as const

/** Dana Desa of the kabupaten and the BLT-DD cap (share of Dana Desa), used to cap BLT-DD per desa. */
export const DANA_DESA = {
  desa: 139,
  total_rp: {
    2022: 135_270_000_000,
    2023: 148_690_000_000,
    2024: 146_490_000_000,
    2025: 150_300_000_000,
  } as Partial<Record<DemoYear, number>>,
  blt_dd_cap_share: { 2024: 0.25, 2025: 0.15 } as Partial<Record<DemoYear, number>>,
  source:
    'Antara Kaltim (2022-2024); DJPb Kaltim (2025); caps as compiled in kutim-facts.json dana_desa_rp.blt_dd',
} as const

/** DTSEN: families are ranked nationally into deciles 1–10; social assistance targets deciles 1–4. */
export const DTSEN_TARGET_MAX_DESIL = 4
export const DTSEN_SOURCE = 'Inpres 4/2025'
