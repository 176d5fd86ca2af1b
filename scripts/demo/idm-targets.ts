/**
 * The real IDM figures the demo reproduces (Kutai Timur) and the status rules of an IDM score.
 */
import type { IdmStatus } from './types.ts'

/**
 * Status thresholds of Permendes PDTT 2/2016: mandiri > 0.8155; maju ≤ 0.8155 and > 0.7072; berkembang
 * ≤ 0.7072 and > 0.5989; tertinggal ≤ 0.5989 and > 0.4907; sangat tertinggal ≤ 0.4907. Each entry is the
 * exclusive lower bound of its status.
 */
export const IDM_THRESHOLDS = {
  mandiri: 0.8155,
  maju: 0.7072,
  berkembang: 0.5989,
  tertinggal: 0.4907,
} as const

/** The status of an IDM score by {@link IDM_THRESHOLDS}. */
export function idmStatusOf(score: number): IdmStatus {
  if (score > IDM_THRESHOLDS.mandiri) return 'mandiri'
  if (score > IDM_THRESHOLDS.maju) return 'maju'
  if (score > IDM_THRESHOLDS.berkembang) return 'berkembang'
  if (score > IDM_THRESHOLDS.tertinggal) return 'tertinggal'
  return 'sangat_tertinggal'
}

/** The real figures a demo IDM series must reproduce. Names match case-insensitively among the desa. */
export interface IdmTargets {
  /** Year of the status counts and named statuses. */
  baseline_year: number
  /** Desa per status in the baseline year; must sum to the number of desa. */
  baseline_counts: Record<IdmStatus, number>
  /** Desa whose baseline status is known by name. */
  baseline_named: readonly { nama: string; status: IdmStatus }[]
  /** Year of the published lowest scores. */
  lowest_year: number
  /** The lowest-scoring desa of `lowest_year`, with their scores (4 decimals); every other desa scores higher. */
  lowest: readonly { nama: string; kecamatan_nama: string; skor_idm: number }[]
}

/**
 * Kutai Timur. 2019 counts over 139 desa and the named statuses: DPMD Kutim via berita3.net ("IDM Kutim terus
 * naik", 2019; Benhes is in Muara Wahau). 2024 lowest three: editorialkaltim.com ("10 desa di Kaltim dengan nilai
 * IDM terendah 2024").
 */
export const KUTIM_IDM_TARGETS: IdmTargets = {
  baseline_year: 2019,
  baseline_counts: { mandiri: 3, maju: 20, berkembang: 71, tertinggal: 44, sangat_tertinggal: 1 },
  baseline_named: [
    { nama: 'Singa Gembara', status: 'mandiri' },
    { nama: 'Swarga Bara', status: 'mandiri' },
    { nama: 'Benua Baru Ilir', status: 'mandiri' },
    { nama: 'Benhes', status: 'sangat_tertinggal' },
  ],
  lowest_year: 2024,
  lowest: [
    { nama: 'Mata Air', kecamatan_nama: 'Kaubun', skor_idm: 0.6046 },
    { nama: 'Manubar', kecamatan_nama: 'Sandaran', skor_idm: 0.6057 },
    { nama: 'Tebangan Lembak', kecamatan_nama: 'Bengalon', skor_idm: 0.6075 },
  ],
}
