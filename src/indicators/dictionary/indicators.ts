/**
 * Every published indicator: its meaning (labels, description, unit, kind, direction), how it is
 * computed from the counts of counts.ts (numerator, denominator, scale), which household counts
 * withhold it when small (basis), where it applies and what screens use it for (roles). SQL reads the
 * formula from `private.kamus_indikator` (rows written by `npm run gen:dictionary`), the data build
 * writes the meaning to `indicators.json`. Adding a ratio of existing counts is one entry here.
 *
 * Pure declarations (declarations may run long; logic may not).
 */
import { AREA_INDICATOR } from '../area-definition.ts'
import { DANA_DESA_INDICATORS } from './dana-desa-indicators.ts'
import {
  count,
  dtsenCountAndShare,
  JIWA,
  KK,
  percent,
  poorLivelihoodShare,
  programEntries,
  protectedCount,
  publicFigure,
  ratio,
  share,
} from './entry-builders.ts'
import { PROGRAMS } from './programs.ts'
import type { IndicatorEntry } from './types.ts'

/** Every published indicator, in the order of the picker. */
export const INDICATORS: readonly IndicatorEntry[] = [
  // Kependudukan
  AREA_INDICATOR,
  count(
    'penduduk',
    publicFigure('penduduk'),
    'kependudukan',
    { id: 'Jumlah penduduk', en: 'Population' },
    {
      id: 'Jumlah penduduk. Total kabupaten sama dengan angka BPS; sebaran per desa sintetis.',
      en: 'Residents. The regency total equals the BPS figure; the split by village is synthetic.',
    },
    JIWA,
    'demo_penduduk',
    'neutral',
  ),
  count(
    'jumlah_kk',
    publicFigure('jumlah_kk'),
    'kependudukan',
    { id: 'Jumlah KK', en: 'Households' },
    {
      id: 'Jumlah kepala keluarga (KK).',
      en: 'Number of households (family cards).',
    },
    KK,
    'demo_penduduk',
    'neutral',
  ),
  {
    id: 'kepadatan',
    ...ratio('penduduk', 'luas_km2', 1, 'all'),
    theme: 'kependudukan',
    label: { id: 'Kepadatan penduduk', en: 'Population density' },
    description: {
      id: 'Penduduk per km² luas poligon batas.',
      en: 'Residents per km² of boundary polygon area.',
    },
    unit: { id: 'jiwa/km²', en: 'people/km²' },
    kind: 'rate',
    direction: 'neutral',
    decimals: 1,
    source: 'demo_penduduk',
    synthetic: true,
  },
  // Kemiskinan (DTSEN)
  count(
    'jumlah_kk_dtsen',
    protectedCount('kk_dtsen'),
    'kemiskinan',
    { id: 'KK terdaftar di DTSEN', en: 'Households in DTSEN' },
    {
      id: 'Jumlah KK yang tercatat di Data Tunggal Sosial dan Ekonomi Nasional (DTSEN).',
      en: 'Households recorded in the national social-economic registry (DTSEN).',
    },
    KK,
    'demo_dtsen',
    'neutral',
  ),
  count(
    'penduduk_miskin',
    protectedCount('penduduk_miskin', 'kk_miskin'),
    'kemiskinan',
    { id: 'Penduduk miskin (perkiraan)', en: 'Poor people (estimate)' },
    {
      id: 'Anggota KK dengan kesejahteraan di bawah garis kemiskinan BPS tahun itu.',
      en: 'Members of households whose welfare is below that year’s BPS poverty line.',
    },
    JIWA,
    'demo_dtsen',
  ),
  percent(
    'persen_penduduk_miskin',
    share('penduduk_miskin', 'anggota_dtsen', { numerator: 'kk_miskin', denominator: 'kk_dtsen' }),
    'kemiskinan',
    { id: 'Persentase penduduk miskin', en: 'Poverty rate' },
    {
      id: 'Penduduk miskin dibagi anggota seluruh KK DTSEN. Total kabupaten dikalibrasi ke P0 BPS.',
      en: 'Poor people over all DTSEN household members. The regency total is calibrated to BPS P0.',
    },
    'demo_dtsen',
    'higher-is-worse',
    ['need', 'criterion'],
  ),
  count(
    'kk_miskin',
    protectedCount('kk_miskin'),
    'kemiskinan',
    { id: 'KK miskin', en: 'Poor households' },
    {
      id: 'KK dengan kesejahteraan di bawah garis kemiskinan.',
      en: 'Households whose welfare is below the poverty line.',
    },
    KK,
    'demo_dtsen',
    'higher-is-worse',
    ['need', 'criterion'],
  ),
  ...dtsenCountAndShare(
    'kk_desil_1',
    { id: 'KK desil 1', en: 'Decile 1 households' },
    {
      id: 'KK pada desil kesejahteraan 1 (10% termiskin nasional) menurut DTSEN.',
      en: 'Households in welfare decile 1 (poorest 10% nationally) in DTSEN.',
    },
    ['need', 'criterion'],
  ),
  ...dtsenCountAndShare(
    'kk_desil_1_2',
    { id: 'KK desil 1–2', en: 'Decile 1–2 households' },
    {
      id: 'KK pada desil kesejahteraan 1–2 menurut DTSEN.',
      en: 'Households in welfare deciles 1–2 in DTSEN.',
    },
  ),
  ...dtsenCountAndShare(
    'kk_desil_1_4',
    { id: 'KK desil 1–4', en: 'Decile 1–4 households' },
    {
      id: 'KK pada desil 1–4, kelompok sasaran bantuan sosial (Inpres 4/2025).',
      en: 'Households in deciles 1–4, the target group of social assistance (Inpres 4/2025).',
    },
    ['need', 'criterion'],
  ),
  ...dtsenCountAndShare(
    'kk_miskin_ekstrem',
    { id: 'KK miskin ekstrem', en: 'Extremely poor households' },
    {
      id: 'KK dengan kesejahteraan di bawah garis kemiskinan ekstrem.',
      en: 'Households whose welfare is below the extreme-poverty line.',
    },
    ['criterion'],
  ),
  // Mata pencaharian
  poorLivelihoodShare('petani', { id: 'petani', en: 'farmers' }, { id: 'bertani', en: 'farming' }),
  poorLivelihoodShare('nelayan', { id: 'nelayan', en: 'fishers' }, { id: 'nelayan', en: 'fishing' }),
  poorLivelihoodShare(
    'umkm',
    { id: 'usaha mikro', en: 'micro-business' },
    { id: 'usaha mikro (UMKM)', en: 'a micro-business' },
  ),
  // Bantuan sosial
  ...PROGRAMS.flatMap(programEntries),
  percent(
    'galat_inklusi',
    share('kk_penerima_desil_5_10', 'kk_penerima'),
    'bantuan_sosial',
    { id: 'Galat inklusi', en: 'Inclusion error' },
    {
      id: 'Persentase KK penerima bantuan (program apa pun) yang berada di desil 5–10.',
      en: 'Share of aid-receiving households (any program) that are in deciles 5–10.',
    },
    'demo_penerima_bantuan',
    'higher-is-worse',
    ['program-measure'],
  ),
  percent(
    'galat_eksklusi',
    share('kk_desil_1_2_tanpa_bantuan', 'kk_desil_1_2'),
    'bantuan_sosial',
    { id: 'Galat eksklusi', en: 'Exclusion error' },
    {
      id: 'Persentase KK desil 1–2 yang tidak menerima bantuan apa pun.',
      en: 'Share of decile 1–2 households that receive no aid at all.',
    },
    'demo_penerima_bantuan',
    'higher-is-worse',
    ['program-measure'],
  ),
  percent(
    'persen_kk_desil_1_4_tanpa_bantuan',
    share('kk_desil_1_4_tanpa_bantuan', 'kk_desil_1_4'),
    'bantuan_sosial',
    { id: 'Persentase KK desil 1–4 tanpa bantuan', en: 'Decile 1–4 households without aid' },
    {
      id: 'Persentase KK desil 1–4 (DTSEN) yang tidak menerima program bantuan apa pun.',
      en: 'Share of DTSEN decile 1–4 households that receive no aid program at all.',
    },
    'demo_penerima_bantuan',
    'higher-is-worse',
    ['need', 'criterion'],
  ),
  count(
    'kk_bantuan_ganda',
    protectedCount('kk_bantuan_ganda'),
    'bantuan_sosial',
    { id: 'KK penerima lebih dari satu program', en: 'Households in several programs' },
    {
      id: 'KK yang menerima dua program atau lebih pada tahun yang sama.',
      en: 'Households receiving two or more programs in the same year.',
    },
    KK,
    'demo_penerima_bantuan',
    'neutral',
  ),
  count(
    'kk_kombinasi_terlarang',
    protectedCount('kk_kombinasi_terlarang'),
    'bantuan_sosial',
    { id: 'KK dengan kombinasi terlarang', en: 'Households with a disallowed combination' },
    {
      id: 'KK yang menerima pasangan program yang tidak diizinkan (mis. BLT-DD bersama PKH).',
      en: 'Households receiving a pair of programs that is not allowed (e.g. BLT-DD with PKH).',
    },
    KK,
    'demo_penerima_bantuan',
    'higher-is-worse',
    ['program-measure'],
  ),
  count(
    'kk_duplikat_lintas_desa',
    protectedCount('kk_duplikat_lintas_desa'),
    'bantuan_sosial',
    {
      id: 'KK DTSEN dengan kepala terdaftar di desa lain',
      en: 'DTSEN households whose head is listed in another village',
    },
    {
      id: 'KK yang NIK kepala keluarganya juga menjadi kepala KK di desa lain pada periode yang sama (dihitung di setiap desa).',
      en: 'Households whose head’s NIK also heads a household in another village in the same period (counted in each village).',
    },
    KK,
    'demo_dtsen',
  ),
  count(
    'duplikat_lintas_desa',
    protectedCount('duplikat_lintas_desa'),
    'bantuan_sosial',
    { id: 'Penerima terdaftar di desa lain juga', en: 'Recipients also listed in another village' },
    {
      id: 'Identitas (NIK atau KK) yang terdaftar di program dan tahun yang sama di lebih dari satu desa.',
      en: 'Identities (NIK or KK) listed for the same program and year in more than one village.',
    },
    { id: 'penerima', en: 'recipients' },
    'demo_penerima_bantuan',
  ),
  count(
    'duplikat_dalam_program',
    protectedCount('duplikat_dalam_program'),
    'bantuan_sosial',
    { id: 'Baris ganda dalam satu program', en: 'Repeated listings in one program' },
    {
      id: 'Baris tambahan untuk identitas yang sudah terdaftar di program dan tahun yang sama.',
      en: 'Extra rows for an identity already listed in the same program and year.',
    },
    { id: 'baris', en: 'rows' },
    'demo_penerima_bantuan',
  ),
  // IDM
  {
    id: 'skor_idm',
    ...ratio('skor_idm_jumlah', 'jumlah_desa_idm', 1, 'with-desa'),
    roles: ['criterion'],
    theme: 'idm',
    label: { id: 'Skor IDM', en: 'IDM score' },
    description: {
      id: 'Indeks Desa Membangun (rata-rata IKS, IKE, IKL). Untuk kecamatan dan kabupaten: rata-rata skor desanya.',
      en: 'Village Development Index (mean of social, economic and ecological indices). For districts and the regency: the mean of their villages.',
    },
    unit: { id: 'indeks 0–1', en: 'index 0–1' },
    kind: 'score',
    direction: 'higher-is-better',
    decimals: 4,
    source: 'demo_idm',
    synthetic: true,
  },
  {
    id: 'status_idm',
    ...publicFigure('status_idm', 'desa'),
    theme: 'idm',
    label: { id: 'Status IDM', en: 'IDM status' },
    description: {
      id: '1 sangat tertinggal, 2 tertinggal, 3 berkembang, 4 maju, 5 mandiri. Sebaran 2019 sesuai data DPMD.',
      en: '1 very underdeveloped, 2 underdeveloped, 3 developing, 4 advanced, 5 independent. The 2019 counts match DPMD.',
    },
    unit: { id: 'kelas', en: 'class' },
    kind: 'ordinal',
    direction: 'higher-is-better',
    decimals: 0,
    source: 'demo_idm',
    synthetic: true,
    // One class per status (1 | 2 | 3 | 4 | 5): quantiles would merge statuses or split none.
    classification: { method: 'manual', breaks: [2, 3, 4, 5] },
  },
  // Dana Desa
  ...DANA_DESA_INDICATORS,
]
