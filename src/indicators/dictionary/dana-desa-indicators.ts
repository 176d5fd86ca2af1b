/**
 * The Dana Desa figures per disbursement stage and the formula inputs (data dasar) of each desa's
 * allocation: dictionary entries spread into `INDICATORS` (indicators.ts).
 *
 * Pure declarations (declarations may run long; logic may not).
 */
import type { Localized } from '../../lib/language.ts'
import type { IndicatorEntry } from './types.ts'

const RUPIAH: Localized = { id: 'Rp', en: 'IDR' }
const JIWA: Localized = { id: 'jiwa', en: 'people' }

const STAGES = [
  ['1', 'I', 'Stage I: 40% of the allocation in a regular year.', 'Tahap I: 40% pagu pada tahun biasa.'],
  ['2', 'II', 'Stage II: 40% of the allocation in a regular year.', 'Tahap II: 40% pagu pada tahun biasa.'],
  [
    '3',
    'III',
    'Stage III: the remaining 20%, less what was not disbursed.',
    'Tahap III: sisa 20%, dikurangi yang tidak tersalurkan.',
  ],
] as const

/** Realisation per stage and in total: rupiah, every level (kecamatan and kabupaten are sums of desa). */
const REALISATION: readonly IndicatorEntry[] = [
  ...STAGES.map(
    ([stage, roman, en, id]): IndicatorEntry => ({
      id: `realisasi_tahap_${stage}`,
      numerator: `realisasi_tahap_${stage}`,
      appliesTo: 'with-desa',
      theme: 'dana_desa',
      label: { id: `Realisasi Dana Desa tahap ${roman}`, en: `Dana Desa disbursed, stage ${roman}` },
      description: {
        id: `Dana Desa yang disalurkan pada tahap ${roman}. ${id}`,
        en: `Dana Desa disbursed in stage ${roman}. ${en}`,
      },
      unit: RUPIAH,
      kind: 'rupiah',
      direction: 'neutral',
      decimals: 0,
      source: 'demo_dana_desa',
      synthetic: true,
    }),
  ),
  {
    id: 'realisasi_dana_desa',
    numerator: 'realisasi_dana_desa',
    appliesTo: 'with-desa',
    theme: 'dana_desa',
    label: { id: 'Realisasi Dana Desa (Rp)', en: 'Dana Desa disbursed (IDR)' },
    description: {
      id: 'Jumlah penyaluran tahap I–III dalam rupiah.',
      en: 'Disbursed in stages I–III together, in rupiah.',
    },
    unit: RUPIAH,
    kind: 'rupiah',
    direction: 'neutral',
    decimals: 0,
    source: 'demo_dana_desa',
    synthetic: true,
  },
]

/** One data dasar figure: a desa's own input to the formula, not aggregated (applies to a desa alone). */
function formulaInput(
  id: string,
  label: Localized,
  description: Localized,
  unit: Localized,
  kind: IndicatorEntry['kind'],
  decimals: number,
  basis?: IndicatorEntry['basis'],
): IndicatorEntry {
  return {
    id,
    numerator: id,
    ...(basis ? { basis } : {}),
    appliesTo: 'desa',
    theme: 'dana_desa',
    label,
    description,
    unit,
    kind,
    direction: 'neutral',
    decimals,
    source: 'demo_dana_desa',
    synthetic: true,
  }
}

/** The formula inputs of each desa's allocation, as `dana_desa.csv` carries them (`dasar_*`). */
const FORMULA_INPUTS: readonly IndicatorEntry[] = [
  formulaInput(
    'dasar_penduduk',
    { id: 'Data dasar: penduduk', en: 'Formula input: population' },
    {
      id: 'Jumlah penduduk yang dipakai rumus alokasi Dana Desa tahun itu (data tahun sebelumnya).',
      en: 'Residents the Dana Desa allocation formula used that year (the previous year’s data).',
    },
    JIWA,
    'count',
    0,
  ),
  formulaInput(
    'dasar_penduduk_miskin',
    { id: 'Data dasar: penduduk miskin', en: 'Formula input: poor population' },
    {
      id: 'Jumlah penduduk miskin yang dipakai rumus alokasi (bobot 40% pada alokasi formula resmi).',
      en: 'Poor residents the allocation formula used (40% weight in the official formula allocation).',
    },
    JIWA,
    'count',
    0,
    // withheld when 1–4, like the poor households it counts (published unrounded: not a sum of cells)
    { numerator: 'dasar_penduduk_miskin' },
  ),
  formulaInput(
    'dasar_luas_km2',
    { id: 'Data dasar: luas wilayah', en: 'Formula input: area' },
    { id: 'Luas wilayah desa yang dipakai rumus alokasi.', en: 'Village area the allocation formula used.' },
    { id: 'km²', en: 'km²' },
    'rate',
    4,
  ),
  formulaInput(
    'dasar_ikg',
    { id: 'Data dasar: indeks kesulitan geografis', en: 'Formula input: geographic difficulty index' },
    {
      id: 'Indeks kesulitan geografis (IKG) desa, 0 (paling mudah) sampai 1 (paling sulit).',
      en: 'Geographic difficulty index (IKG) of the village, 0 (easiest) to 1 (hardest).',
    },
    { id: 'indeks', en: 'index' },
    'score',
    4,
  ),
  formulaInput(
    'dasar_status_idm',
    { id: 'Data dasar: status IDM', en: 'Formula input: IDM status' },
    {
      id: 'Status IDM yang dipakai untuk afirmasi dan kinerja: 1 sangat tertinggal … 5 mandiri.',
      en: 'IDM status used for afirmasi and kinerja eligibility: 1 very underdeveloped … 5 independent.',
    },
    { id: 'kelas', en: 'class' },
    'ordinal',
    0,
  ),
  formulaInput(
    'dasar_skor_kinerja',
    { id: 'Data dasar: skor kinerja', en: 'Formula input: performance score' },
    {
      id: 'Skor kinerja desa untuk alokasi kinerja (kenaikan skor IDM); kosong = tidak dinilai.',
      en: 'Performance score for the performance allocation (gain in IDM score); empty = not scored.',
    },
    { id: 'skor', en: 'score' },
    'score',
    4,
  ),
]

/** Every figure of this file, in the order of the picker. */
export const DANA_DESA_STAGE_AND_INPUT_INDICATORS: readonly IndicatorEntry[] = [
  ...REALISATION,
  ...FORMULA_INPUTS,
]
