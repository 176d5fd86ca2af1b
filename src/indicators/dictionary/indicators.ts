/**
 * Every published indicator: its meaning (labels, description, unit, kind, direction), how it is
 * computed from the counts of counts.ts (numerator, denominator, scale), which household counts
 * withhold it when small (basis), where it applies and what screens use it for (roles). SQL reads the
 * formula from `private.kamus_indikator` (rows written by `npm run gen:dictionary`), the data build
 * writes the meaning to `indicators.json`. Adding a ratio of existing counts is one entry here.
 *
 * Pure declarations (declarations may run long; logic may not).
 */
import type { Localized } from '../../lib/language.ts'
import { AREA_INDICATOR } from '../area-definition.ts'
import { DANA_DESA_STAGE_AND_INPUT_INDICATORS } from './dana-desa-indicators.ts'
import { PROGRAMS } from './programs.ts'
import type {
  AppliesTo,
  IndicatorEntry,
  IndicatorRole,
  IndicatorSourceId,
  IndicatorTheme,
  ProgramEntry,
} from './types.ts'

const PERSEN: Localized = { id: '%', en: '%' }
const KK: Localized = { id: 'KK', en: 'households' }
const JIWA: Localized = { id: 'jiwa', en: 'people' }
const RUPIAH: Localized = { id: 'Rp', en: 'IDR' }

/** How a figure is computed: the IndicatorEntry fields besides its meaning. */
type Formula = Pick<IndicatorEntry, 'numerator' | 'denominator' | 'scale' | 'basis' | 'appliesTo'>

/** A public statistic (population, area, Dana Desa): no household count behind it, never withheld. */
const publicFigure = (numerator: string, appliesTo: AppliesTo = 'all'): Formula => ({ numerator, appliesTo })
/** A count of households, persons or listings, withheld when its basis is 1–4. */
const protectedCount = (numerator: string, basis = numerator, appliesTo: AppliesTo = 'all'): Formula => ({
  numerator,
  basis: { numerator: basis },
  appliesTo,
})
/** A percentage of two household counts, withheld when either basis is 1–4. */
const share = (
  numerator: string,
  denominator: string,
  basis: Formula['basis'] = { numerator, denominator },
  appliesTo: AppliesTo = 'all',
): Formula => ({ numerator, denominator, scale: 100, basis, appliesTo })
/** A ratio of two public statistics. */
const ratio = (numerator: string, denominator: string, scale: 1 | 100, appliesTo: AppliesTo): Formula => ({
  numerator,
  denominator,
  scale,
  appliesTo,
})

function programIndicators(program: ProgramEntry): IndicatorEntry[] {
  const appliesTo: AppliesTo = program.code === 'BLT_DD' ? 'with-desa' : 'all'
  return [
    {
      id: `penerima_${program.id}`,
      ...protectedCount(`penerima_${program.id}`, `penerima_${program.id}`, appliesTo),
      theme: 'bantuan_sosial',
      label: { id: `Penerima ${program.shortName.id}`, en: `${program.shortName.en} recipients` },
      description: {
        id: `Jumlah penerima ${program.shortName.id} yang terdaftar di desa pada tahun itu (identitas unik).`,
        en: `Number of ${program.shortName.en} recipients listed in the village that year (distinct identities).`,
      },
      unit: program.lists,
      kind: 'count',
      direction: 'neutral',
      decimals: 0,
      source: 'demo_penerima_bantuan',
      synthetic: true,
    },
    {
      id: `cakupan_${program.id}`,
      ...share(`kk_desil_1_4_${program.id}`, 'kk_desil_1_4', undefined, appliesTo),
      roles: ['coverage', 'criterion'],
      theme: 'bantuan_sosial',
      label: {
        id: `Cakupan ${program.shortName.id} pada KK desil 1–4`,
        en: `${program.shortName.en} coverage of decile 1–4`,
      },
      description: {
        id: `Persentase KK desil 1–4 (DTSEN) yang menerima ${program.shortName.id}, dicocokkan lewat nomor KK atau NIK kepala keluarga.`,
        en: `Share of DTSEN decile 1–4 households that receive ${program.shortName.en}, matched by family card number or the head's NIK.`,
      },
      unit: PERSEN,
      kind: 'percent',
      direction: 'higher-is-better',
      decimals: 1,
      source: 'demo_penerima_bantuan',
      synthetic: true,
    },
  ]
}

function count(
  id: string,
  formula: Formula,
  theme: IndicatorTheme,
  label: Localized,
  description: Localized,
  unit: Localized,
  source: IndicatorSourceId,
  direction: IndicatorEntry['direction'] = 'higher-is-worse',
  roles?: readonly IndicatorRole[],
): IndicatorEntry {
  return {
    id,
    ...formula,
    theme,
    label,
    description,
    unit,
    kind: 'count',
    direction,
    decimals: 0,
    source,
    synthetic: true,
    ...(roles ? { roles } : {}),
  }
}

function percent(
  id: string,
  formula: Formula,
  theme: IndicatorTheme,
  label: Localized,
  description: Localized,
  source: IndicatorSourceId,
  direction: IndicatorEntry['direction'] = 'higher-is-worse',
  roles?: readonly IndicatorRole[],
): IndicatorEntry {
  return {
    id,
    ...formula,
    theme,
    label,
    description,
    unit: PERSEN,
    kind: 'percent',
    direction,
    decimals: 1,
    source,
    synthetic: true,
    ...(roles ? { roles } : {}),
  }
}

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
  count(
    'kk_desil_1',
    protectedCount('kk_desil_1'),
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
    share('kk_desil_1', 'kk_dtsen'),
    'kemiskinan',
    { id: 'Persentase KK desil 1', en: 'Share of decile 1 households' },
    {
      id: 'KK desil 1 dibagi seluruh KK DTSEN.',
      en: 'Decile 1 households over all DTSEN households.',
    },
    'demo_dtsen',
    'higher-is-worse',
    ['need', 'criterion'],
  ),
  count(
    'kk_desil_1_2',
    protectedCount('kk_desil_1_2'),
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
    share('kk_desil_1_2', 'kk_dtsen'),
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
    protectedCount('kk_desil_1_4'),
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
    share('kk_desil_1_4', 'kk_dtsen'),
    'kemiskinan',
    { id: 'Persentase KK desil 1–4', en: 'Share of decile 1–4 households' },
    {
      id: 'KK desil 1–4 dibagi seluruh KK DTSEN.',
      en: 'Decile 1–4 households over all DTSEN households.',
    },
    'demo_dtsen',
    'higher-is-worse',
    ['need', 'criterion'],
  ),
  count(
    'kk_miskin_ekstrem',
    protectedCount('kk_miskin_ekstrem'),
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
    share('kk_miskin_ekstrem', 'kk_dtsen'),
    'kemiskinan',
    { id: 'Persentase KK miskin ekstrem', en: 'Share of extremely poor households' },
    {
      id: 'KK miskin ekstrem dibagi seluruh KK DTSEN.',
      en: 'Extremely poor households over all DTSEN households.',
    },
    'demo_dtsen',
    'higher-is-worse',
    ['criterion'],
  ),
  // Mata pencaharian
  percent(
    'persen_petani_miskin',
    share('kk_miskin_petani', 'kk_miskin'),
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
    share('kk_miskin_nelayan', 'kk_miskin'),
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
    share('kk_miskin_umkm', 'kk_miskin'),
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
    share('kk_penerima_desil_5_10', 'kk_penerima'),
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
    share('kk_desil_1_2_tanpa_bantuan', 'kk_desil_1_2'),
    'bantuan_sosial',
    { id: 'Galat eksklusi', en: 'Exclusion error' },
    {
      id: 'Persentase KK desil 1–2 yang tidak menerima bantuan apa pun.',
      en: 'Share of decile 1–2 households that receive no aid at all.',
    },
    'demo_penerima_bantuan',
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
    ...publicFigure(id, 'with-desa'),
    theme: 'dana_desa' as const,
    label,
    description,
    unit: RUPIAH,
    kind: 'rupiah' as const,
    direction: 'neutral' as const,
    decimals: 0,
    source: 'demo_dana_desa' as const,
    synthetic: true,
  })),
  {
    id: 'dana_desa_per_kapita',
    ...ratio('dana_desa', 'penduduk_desa', 1, 'with-desa'),
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
  },
  {
    id: 'dana_desa_per_kk_miskin',
    numerator: 'dana_desa',
    denominator: 'kk_miskin_desa',
    scale: 1,
    basis: { denominator: 'kk_miskin_desa' },
    appliesTo: 'with-desa',
    roles: ['coverage', 'criterion'],
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
  },
  percent(
    'persen_blt_dd',
    ratio('pagu_blt_dd', 'dana_desa', 100, 'with-desa'),
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
    ratio('pagu_blt_dd', 'batas_blt_dd_rp', 100, 'with-desa'),
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
    ratio('realisasi_dana_desa', 'dana_desa', 100, 'with-desa'),
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
