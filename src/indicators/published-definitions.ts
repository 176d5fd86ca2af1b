/**
 * The definition of every published figure: one entry per indicator id that `public.indikator_wilayah`
 * computes. Written to `public/data/indicators.json` by the data build; the SQL view is the single
 * definition of the *value*, this file the single definition of its *meaning* (labels, unit, direction).
 * A test checks that the ids here and the ids the view returns are the same set.
 *
 * Pure declarations (declarations may run long; logic may not).
 */
import type { Localized } from '../lib/language.ts'
import { AREA_INDICATOR } from './area-definition.ts'
import { DANA_DESA_STAGE_AND_INPUT_INDICATORS } from './dana-desa-definitions.ts'

/** Theme of an indicator, the groups of the indicator picker. */
export type IndicatorTheme =
  | 'kependudukan'
  | 'kemiskinan'
  | 'mata_pencaharian'
  | 'bantuan_sosial'
  | 'dana_desa'
  | 'idm'

/** What kind of number a value is; decides formatting and aggregation wording. */
export type IndicatorKind = 'count' | 'percent' | 'rate' | 'rupiah' | 'score' | 'ordinal'

/** Where a figure comes from; keys of `sources` in the manifest. */
export type IndicatorSourceId =
  | 'boundaries'
  | 'demo_dtsen'
  | 'demo_penerima_bantuan'
  | 'demo_penduduk'
  | 'demo_idm'
  | 'demo_dana_desa'

/** One published indicator. Every field is part of the public `indicators.json`. */
export interface PublishedIndicator {
  /** snake_case, stable; the `indikator` column of indicators.csv. Never renamed once published. */
  id: string
  theme: IndicatorTheme
  label: Localized
  description: Localized
  unit: Localized
  kind: IndicatorKind
  /** Whether a higher value is the worse case (drawn darker), the better case, or neither. */
  direction: 'higher-is-worse' | 'higher-is-better' | 'neutral'
  /** Decimals to show. */
  decimals: number
  source: IndicatorSourceId
  /** True when village values are made up (the demo dataset); kabupaten totals may still be real. */
  synthetic: boolean
  /** Levels the figure exists for; a desa's IDM status does not aggregate. */
  levels: ReadonlyArray<'desa' | 'kecamatan' | 'kabupaten'>
}

const ALL_LEVELS = ['desa', 'kecamatan', 'kabupaten'] as const
const PERSEN: Localized = { id: '%', en: '%' }
const KK: Localized = { id: 'KK', en: 'households' }
const JIWA: Localized = { id: 'jiwa', en: 'people' }
const RUPIAH: Localized = { id: 'Rp', en: 'IDR' }

type Program = { id: string; code: string; name: Localized; lists: Localized }

const PROGRAMS: readonly Program[] = [
  { id: 'pkh', code: 'PKH', name: { id: 'PKH', en: 'PKH (conditional cash transfer)' }, lists: KK },
  { id: 'bpnt', code: 'BPNT', name: { id: 'BPNT/Sembako', en: 'BPNT/Sembako (food aid)' }, lists: KK },
  {
    id: 'blt_dd',
    code: 'BLT_DD',
    name: { id: 'BLT Dana Desa', en: 'BLT Dana Desa (village cash aid)' },
    lists: KK,
  },
  {
    id: 'pbi_jkn',
    code: 'PBI_JKN',
    name: { id: 'PBI-JKN', en: 'PBI-JKN (subsidised health insurance)' },
    lists: JIWA,
  },
  {
    id: 'pip',
    code: 'PIP',
    name: { id: 'PIP', en: 'PIP (school aid)' },
    lists: { id: 'siswa', en: 'students' },
  },
]

function programIndicators(program: Program): PublishedIndicator[] {
  return [
    {
      id: `penerima_${program.id}`,
      theme: 'bantuan_sosial',
      label: { id: `Penerima ${program.name.id}`, en: `${program.name.en} recipients` },
      description: {
        id: `Jumlah penerima ${program.name.id} yang terdaftar di desa pada tahun itu (identitas unik).`,
        en: `Number of ${program.name.en} recipients listed in the village that year (distinct identities).`,
      },
      unit: program.lists,
      kind: 'count',
      direction: 'neutral',
      decimals: 0,
      source: 'demo_penerima_bantuan',
      synthetic: true,
      levels: ALL_LEVELS,
    },
    {
      id: `cakupan_${program.id}`,
      theme: 'bantuan_sosial',
      label: {
        id: `Cakupan ${program.name.id} pada KK desil 1–4`,
        en: `${program.name.en} coverage of decile 1–4`,
      },
      description: {
        id: `Persentase KK desil 1–4 (DTSEN) yang menerima ${program.name.id}, dicocokkan lewat nomor KK atau NIK kepala keluarga.`,
        en: `Share of DTSEN decile 1–4 households that receive ${program.name.en}, matched by family card number or the head's NIK.`,
      },
      unit: PERSEN,
      kind: 'percent',
      direction: 'higher-is-better',
      decimals: 1,
      source: 'demo_penerima_bantuan',
      synthetic: true,
      levels: ALL_LEVELS,
    },
  ]
}

function count(
  id: string,
  theme: IndicatorTheme,
  label: Localized,
  description: Localized,
  unit: Localized,
  source: IndicatorSourceId,
  direction: PublishedIndicator['direction'] = 'higher-is-worse',
): PublishedIndicator {
  return {
    id,
    theme,
    label,
    description,
    unit,
    kind: 'count',
    direction,
    decimals: 0,
    source,
    synthetic: true,
    levels: ALL_LEVELS,
  }
}

function percent(
  id: string,
  theme: IndicatorTheme,
  label: Localized,
  description: Localized,
  source: IndicatorSourceId,
  direction: PublishedIndicator['direction'] = 'higher-is-worse',
): PublishedIndicator {
  return {
    id,
    theme,
    label,
    description,
    unit: PERSEN,
    kind: 'percent',
    direction,
    decimals: 1,
    source,
    synthetic: true,
    levels: ALL_LEVELS,
  }
}

/** Every published indicator, in the order of the picker. */
export const PUBLISHED_INDICATORS: readonly PublishedIndicator[] = [
  // Kependudukan
  AREA_INDICATOR,
  count(
    'penduduk',
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
    levels: ALL_LEVELS,
  },
  // Kemiskinan (DTSEN)
  count(
    'jumlah_kk_dtsen',
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
    'kemiskinan',
    { id: 'Persentase penduduk miskin', en: 'Poverty rate' },
    {
      id: 'Penduduk miskin dibagi anggota seluruh KK DTSEN. Total kabupaten dikalibrasi ke P0 BPS.',
      en: 'Poor people over all DTSEN household members. The regency total is calibrated to BPS P0.',
    },
    'demo_dtsen',
  ),
  count(
    'kk_miskin',
    'kemiskinan',
    { id: 'KK miskin', en: 'Poor households' },
    {
      id: 'KK dengan kesejahteraan di bawah garis kemiskinan.',
      en: 'Households whose welfare is below the poverty line.',
    },
    KK,
    'demo_dtsen',
  ),
  count(
    'kk_desil_1',
    'kemiskinan',
    { id: 'KK desil 1', en: 'Decile 1 households' },
    {
      id: 'KK pada desil kesejahteraan 1 (10% termiskin nasional) menurut DTSEN.',
      en: 'Households in welfare decile 1 (poorest 10% nationally) in DTSEN.',
    },
    KK,
    'demo_dtsen',
  ),
  percent(
    'persen_kk_desil_1',
    'kemiskinan',
    { id: 'Persentase KK desil 1', en: 'Share of decile 1 households' },
    {
      id: 'KK desil 1 dibagi seluruh KK DTSEN.',
      en: 'Decile 1 households over all DTSEN households.',
    },
    'demo_dtsen',
  ),
  count(
    'kk_desil_1_2',
    'kemiskinan',
    { id: 'KK desil 1–2', en: 'Decile 1–2 households' },
    {
      id: 'KK pada desil kesejahteraan 1–2 menurut DTSEN.',
      en: 'Households in welfare deciles 1–2 in DTSEN.',
    },
    KK,
    'demo_dtsen',
  ),
  percent(
    'persen_kk_desil_1_2',
    'kemiskinan',
    { id: 'Persentase KK desil 1–2', en: 'Share of decile 1–2 households' },
    {
      id: 'KK desil 1–2 dibagi seluruh KK DTSEN.',
      en: 'Decile 1–2 households over all DTSEN households.',
    },
    'demo_dtsen',
  ),
  count(
    'kk_desil_1_4',
    'kemiskinan',
    { id: 'KK desil 1–4', en: 'Decile 1–4 households' },
    {
      id: 'KK pada desil 1–4, kelompok sasaran bantuan sosial (Inpres 4/2025).',
      en: 'Households in deciles 1–4, the target group of social assistance (Inpres 4/2025).',
    },
    KK,
    'demo_dtsen',
  ),
  percent(
    'persen_kk_desil_1_4',
    'kemiskinan',
    { id: 'Persentase KK desil 1–4', en: 'Share of decile 1–4 households' },
    {
      id: 'KK desil 1–4 dibagi seluruh KK DTSEN.',
      en: 'Decile 1–4 households over all DTSEN households.',
    },
    'demo_dtsen',
  ),
  count(
    'kk_miskin_ekstrem',
    'kemiskinan',
    { id: 'KK miskin ekstrem', en: 'Extremely poor households' },
    {
      id: 'KK dengan kesejahteraan di bawah garis kemiskinan ekstrem.',
      en: 'Households whose welfare is below the extreme-poverty line.',
    },
    KK,
    'demo_dtsen',
  ),
  percent(
    'persen_kk_miskin_ekstrem',
    'kemiskinan',
    { id: 'Persentase KK miskin ekstrem', en: 'Share of extremely poor households' },
    {
      id: 'KK miskin ekstrem dibagi seluruh KK DTSEN.',
      en: 'Extremely poor households over all DTSEN households.',
    },
    'demo_dtsen',
  ),
  // Mata pencaharian
  percent(
    'persen_petani_miskin',
    'mata_pencaharian',
    { id: 'KK miskin: petani', en: 'Poor households: farmers' },
    {
      id: 'Persentase KK miskin yang mata pencaharian utamanya bertani.',
      en: 'Share of poor households whose main livelihood is farming.',
    },
    'demo_dtsen',
    'neutral',
  ),
  percent(
    'persen_nelayan_miskin',
    'mata_pencaharian',
    { id: 'KK miskin: nelayan', en: 'Poor households: fishers' },
    {
      id: 'Persentase KK miskin yang mata pencaharian utamanya nelayan.',
      en: 'Share of poor households whose main livelihood is fishing.',
    },
    'demo_dtsen',
    'neutral',
  ),
  percent(
    'persen_umkm_miskin',
    'mata_pencaharian',
    { id: 'KK miskin: usaha mikro', en: 'Poor households: micro-business' },
    {
      id: 'Persentase KK miskin yang mata pencaharian utamanya usaha mikro (UMKM).',
      en: 'Share of poor households whose main livelihood is a micro-business.',
    },
    'demo_dtsen',
    'neutral',
  ),
  // Bantuan sosial
  ...PROGRAMS.flatMap(programIndicators),
  percent(
    'galat_inklusi',
    'bantuan_sosial',
    { id: 'Galat inklusi', en: 'Inclusion error' },
    {
      id: 'Persentase KK penerima bantuan (program apa pun) yang berada di desil 5–10.',
      en: 'Share of aid-receiving households (any program) that are in deciles 5–10.',
    },
    'demo_penerima_bantuan',
  ),
  percent(
    'galat_eksklusi',
    'bantuan_sosial',
    { id: 'Galat eksklusi', en: 'Exclusion error' },
    {
      id: 'Persentase KK desil 1–2 yang tidak menerima bantuan apa pun.',
      en: 'Share of decile 1–2 households that receive no aid at all.',
    },
    'demo_penerima_bantuan',
  ),
  count(
    'kk_bantuan_ganda',
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
    'bantuan_sosial',
    { id: 'KK dengan kombinasi terlarang', en: 'Households with a disallowed combination' },
    {
      id: 'KK yang menerima pasangan program yang tidak diizinkan (mis. BLT-DD bersama PKH).',
      en: 'Households receiving a pair of programs that is not allowed (e.g. BLT-DD with PKH).',
    },
    KK,
    'demo_penerima_bantuan',
  ),
  count(
    'kk_duplikat_lintas_desa',
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
    levels: ALL_LEVELS,
  },
  {
    id: 'status_idm',
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
    levels: ['desa'],
  },
  // Dana Desa
  ...(
    [
      [
        'dana_desa',
        { id: 'Pagu Dana Desa', en: 'Dana Desa allocation' },
        {
          id: 'Total alokasi Dana Desa. Total kabupaten sama dengan angka resmi.',
          en: 'Total Dana Desa allocation. The regency total equals the official figure.',
        },
      ],
      [
        'alokasi_dasar',
        { id: 'Alokasi dasar', en: 'Basic allocation' },
        {
          id: 'Komponen alokasi dasar (menurut kelompok jumlah penduduk).',
          en: 'Basic allocation component (by population band).',
        },
      ],
      [
        'alokasi_afirmasi',
        { id: 'Alokasi afirmasi', en: 'Affirmative allocation' },
        {
          id: 'Komponen afirmasi untuk desa tertinggal dan sangat tertinggal.',
          en: 'Affirmative component for underdeveloped villages.',
        },
      ],
      [
        'alokasi_kinerja',
        { id: 'Alokasi kinerja', en: 'Performance allocation' },
        {
          id: 'Komponen kinerja untuk desa dengan kinerja terbaik.',
          en: 'Performance component for the best-performing villages.',
        },
      ],
      [
        'alokasi_formula',
        { id: 'Alokasi formula', en: 'Formula allocation' },
        {
          id: 'Komponen formula: penduduk, penduduk miskin, luas, indeks kesulitan geografis.',
          en: 'Formula component: population, poor population, area, geographic difficulty.',
        },
      ],
      [
        'pagu_blt_dd',
        { id: 'Pagu BLT Dana Desa', en: 'BLT-DD budget' },
        {
          id: 'Anggaran BLT Dana Desa dalam pagu Dana Desa.',
          en: 'BLT Dana Desa cash-aid budget within the allocation.',
        },
      ],
    ] as const
  ).map(([id, label, description]) => ({
    id,
    theme: 'dana_desa' as const,
    label,
    description,
    unit: RUPIAH,
    kind: 'rupiah' as const,
    direction: 'neutral' as const,
    decimals: 0,
    source: 'demo_dana_desa' as const,
    synthetic: true,
    levels: ALL_LEVELS,
  })),
  {
    id: 'dana_desa_per_kapita',
    theme: 'dana_desa',
    label: { id: 'Dana Desa per kapita', en: 'Dana Desa per capita' },
    description: {
      id: 'Pagu Dana Desa dibagi penduduk desa (tanpa kelurahan).',
      en: 'Dana Desa over the population of desa (kelurahan excluded).',
    },
    unit: RUPIAH,
    kind: 'rupiah',
    direction: 'neutral',
    decimals: 0,
    source: 'demo_dana_desa',
    synthetic: true,
    levels: ALL_LEVELS,
  },
  {
    id: 'dana_desa_per_kk_miskin',
    theme: 'dana_desa',
    label: { id: 'Dana Desa per KK miskin', en: 'Dana Desa per poor household' },
    description: {
      id: 'Pagu Dana Desa dibagi KK miskin di desa (tanpa kelurahan).',
      en: 'Dana Desa over poor households in desa (kelurahan excluded).',
    },
    unit: RUPIAH,
    kind: 'rupiah',
    direction: 'higher-is-better',
    decimals: 0,
    source: 'demo_dana_desa',
    synthetic: true,
    levels: ALL_LEVELS,
  },
  percent(
    'persen_blt_dd',
    'dana_desa',
    { id: 'Porsi BLT-DD', en: 'BLT-DD share' },
    {
      id: 'Pagu BLT Dana Desa sebagai persentase pagu Dana Desa.',
      en: 'BLT Dana Desa budget as a share of the allocation.',
    },
    'demo_dana_desa',
    'neutral',
  ),
  percent(
    'persen_blt_dd_terhadap_batas',
    'dana_desa',
    { id: 'Porsi BLT-DD terhadap batas', en: 'BLT-DD share against the cap' },
    {
      id: 'Porsi BLT-DD dibagi batas maksimum tahun itu (100% = tepat di batas).',
      en: 'BLT-DD share over that year’s maximum (100% = exactly at the cap).',
    },
    'demo_dana_desa',
    'neutral',
  ),
  percent(
    'realisasi_dana_desa_persen',
    'dana_desa',
    { id: 'Realisasi Dana Desa', en: 'Dana Desa realisation' },
    {
      id: 'Penyaluran tahap I–III dibagi pagu Dana Desa.',
      en: 'Disbursed in stages I–III over the allocation.',
    },
    'demo_dana_desa',
    'higher-is-better',
  ),
  ...DANA_DESA_STAGE_AND_INPUT_INDICATORS,
]
