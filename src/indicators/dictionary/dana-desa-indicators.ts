/**
 * The Dana Desa figures: the allocation and its components, what it buys per person and per poor
 * household, the BLT-DD share, the disbursement per stage and the formula inputs (data dasar) of each
 * desa's allocation: dictionary entries spread into `INDICATORS` (indicators.ts), in the picker's order.
 *
 * Pure declarations (declarations may run long; logic may not).
 */
import { danaDesaRupiah, danaDesaShare, formulaInput, JIWA, ratio } from './entry-builders.ts'
import type { IndicatorEntry } from './types.ts'

/** The allocation and its components: each desa's own figure, summed to each kecamatan and the kabupaten. */
const ALLOCATION: readonly IndicatorEntry[] = [
  danaDesaRupiah(
    'dana_desa',
    { id: 'Pagu Dana Desa', en: 'Dana Desa allocation' },
    {
      id: 'Total alokasi Dana Desa. Total kabupaten sama dengan angka resmi.',
      en: 'Total Dana Desa allocation. The regency total equals the official figure.',
    },
  ),
  danaDesaRupiah(
    'alokasi_dasar',
    { id: 'Alokasi dasar', en: 'Basic allocation' },
    {
      id: 'Komponen alokasi dasar (menurut kelompok jumlah penduduk).',
      en: 'Basic allocation component (by population band).',
    },
  ),
  danaDesaRupiah(
    'alokasi_afirmasi',
    { id: 'Alokasi afirmasi', en: 'Affirmative allocation' },
    {
      id: 'Komponen afirmasi untuk desa tertinggal dan sangat tertinggal.',
      en: 'Affirmative component for underdeveloped villages.',
    },
  ),
  danaDesaRupiah(
    'alokasi_kinerja',
    { id: 'Alokasi kinerja', en: 'Performance allocation' },
    {
      id: 'Komponen kinerja untuk desa dengan kinerja terbaik.',
      en: 'Performance component for the best-performing villages.',
    },
  ),
  danaDesaRupiah(
    'alokasi_formula',
    { id: 'Alokasi formula', en: 'Formula allocation' },
    {
      id: 'Komponen formula: penduduk, penduduk miskin, luas, indeks kesulitan geografis.',
      en: 'Formula component: population, poor population, area, geographic difficulty.',
    },
  ),
  danaDesaRupiah(
    'pagu_blt_dd',
    { id: 'Pagu BLT Dana Desa', en: 'BLT-DD budget' },
    {
      id: 'Anggaran BLT Dana Desa dalam pagu Dana Desa.',
      en: 'BLT Dana Desa cash-aid budget within the allocation.',
    },
  ),
]

/** The allocation per person and per poor household, the BLT-DD share and the realisation rate. */
const RATIOS: readonly IndicatorEntry[] = [
  danaDesaRupiah(
    'dana_desa_per_kapita',
    { id: 'Dana Desa per kapita', en: 'Dana Desa per capita' },
    {
      id: 'Pagu Dana Desa dibagi penduduk desa (tanpa kelurahan).',
      en: 'Dana Desa over the population of desa (kelurahan excluded).',
    },
    ratio('dana_desa', 'penduduk_desa', 1, 'with-desa'),
  ),
  danaDesaRupiah(
    'dana_desa_per_kk_miskin',
    { id: 'Dana Desa per KK miskin', en: 'Dana Desa per poor household' },
    {
      id: 'Pagu Dana Desa dibagi KK miskin di desa (tanpa kelurahan).',
      en: 'Dana Desa over poor households in desa (kelurahan excluded).',
    },
    { ...ratio('dana_desa', 'kk_miskin_desa', 1, 'with-desa'), basis: { denominator: 'kk_miskin_desa' } },
    'higher-is-better',
    ['coverage', 'criterion'],
  ),
  danaDesaShare(
    'persen_blt_dd',
    'pagu_blt_dd',
    'dana_desa',
    { id: 'Porsi BLT-DD', en: 'BLT-DD share' },
    {
      id: 'Pagu BLT Dana Desa sebagai persentase pagu Dana Desa.',
      en: 'BLT Dana Desa budget as a share of the allocation.',
    },
  ),
  danaDesaShare(
    'persen_blt_dd_terhadap_batas',
    'pagu_blt_dd',
    'batas_blt_dd_rp',
    { id: 'Porsi BLT-DD terhadap batas', en: 'BLT-DD share against the cap' },
    {
      id: 'Porsi BLT-DD dibagi batas maksimum tahun itu (100% = tepat di batas).',
      en: 'BLT-DD share over that year’s maximum (100% = exactly at the cap).',
    },
  ),
  danaDesaShare(
    'realisasi_dana_desa_persen',
    'realisasi_dana_desa',
    'dana_desa',
    { id: 'Realisasi Dana Desa', en: 'Dana Desa realisation' },
    {
      id: 'Penyaluran tahap I–III dibagi pagu Dana Desa.',
      en: 'Disbursed in stages I–III over the allocation.',
    },
    'higher-is-better',
  ),
]

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
  ...STAGES.map(([stage, roman, en, id]) =>
    danaDesaRupiah(
      `realisasi_tahap_${stage}`,
      { id: `Realisasi Dana Desa tahap ${roman}`, en: `Dana Desa disbursed, stage ${roman}` },
      {
        id: `Dana Desa yang disalurkan pada tahap ${roman}. ${id}`,
        en: `Dana Desa disbursed in stage ${roman}. ${en}`,
      },
    ),
  ),
  danaDesaRupiah(
    'realisasi_dana_desa',
    { id: 'Realisasi Dana Desa (Rp)', en: 'Dana Desa disbursed (IDR)' },
    {
      id: 'Jumlah penyaluran tahap I–III dalam rupiah.',
      en: 'Disbursed in stages I–III together, in rupiah.',
    },
  ),
]

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
export const DANA_DESA_INDICATORS: readonly IndicatorEntry[] = [
  ...ALLOCATION,
  ...RATIOS,
  ...REALISATION,
  ...FORMULA_INPUTS,
]
