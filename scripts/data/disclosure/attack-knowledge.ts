/**
 * What an attacker knows from the documentation alone (README, indicators.json, docs/): which count each
 * published count is, which counts each share is built from, and which relations hold between counts in
 * every region and year. Part names are those of `terbit.indikator_mentah`; a name starting with
 * `public:` is a published administrative figure read as it is (Dana Desa).
 */

/** Published indicator id → the count it publishes. */
export const COUNT_INDICATORS: Readonly<Record<string, string>> = {
  jumlah_kk_dtsen: 'kk_dtsen',
  penduduk_miskin: 'penduduk_miskin',
  kk_miskin: 'kk_miskin',
  kk_desil_1: 'kk_desil_1',
  kk_desil_1_2: 'kk_desil_1_2',
  kk_desil_1_4: 'kk_desil_1_4',
  kk_miskin_ekstrem: 'kk_miskin_ekstrem',
  penerima_pkh: 'penerima_pkh',
  penerima_bpnt: 'penerima_bpnt',
  penerima_blt_dd: 'penerima_blt_dd',
  penerima_pbi_jkn: 'penerima_pbi_jkn',
  penerima_pip: 'penerima_pip',
  kk_bantuan_ganda: 'kk_bantuan_ganda',
  kk_kombinasi_terlarang: 'kk_kombinasi_terlarang',
  kk_duplikat_lintas_desa: 'kk_duplikat_lintas_desa',
  duplikat_lintas_desa: 'duplikat_lintas_desa',
  duplikat_dalam_program: 'duplikat_dalam_program',
}

/** A share: numerator × scale / denominator. */
export interface ShareFormula {
  numerator: string
  denominator: string
  scale: number
}

const share = (numerator: string, denominator: string, scale = 100): ShareFormula => ({
  numerator,
  denominator,
  scale,
})

/** Published share id → its formula. */
export const SHARE_INDICATORS: Readonly<Record<string, ShareFormula>> = {
  persen_penduduk_miskin: share('penduduk_miskin', 'anggota_dtsen'),
  persen_kk_desil_1: share('kk_desil_1', 'kk_dtsen'),
  persen_kk_desil_1_2: share('kk_desil_1_2', 'kk_dtsen'),
  persen_kk_desil_1_4: share('kk_desil_1_4', 'kk_dtsen'),
  persen_kk_miskin_ekstrem: share('kk_miskin_ekstrem', 'kk_dtsen'),
  persen_petani_miskin: share('kk_miskin_petani', 'kk_miskin'),
  persen_nelayan_miskin: share('kk_miskin_nelayan', 'kk_miskin'),
  persen_umkm_miskin: share('kk_miskin_umkm', 'kk_miskin'),
  cakupan_pkh: share('kk_desil_1_4_pkh', 'kk_desil_1_4'),
  cakupan_bpnt: share('kk_desil_1_4_bpnt', 'kk_desil_1_4'),
  cakupan_blt_dd: share('kk_desil_1_4_blt_dd', 'kk_desil_1_4'),
  cakupan_pbi_jkn: share('kk_desil_1_4_pbi_jkn', 'kk_desil_1_4'),
  cakupan_pip: share('kk_desil_1_4_pip', 'kk_desil_1_4'),
  galat_inklusi: share('kk_penerima_desil_5_10', 'kk_penerima'),
  galat_eksklusi: share('kk_desil_1_2_tanpa_bantuan', 'kk_desil_1_2'),
  dana_desa_per_kk_miskin: share('public:dana_desa', 'kk_miskin_desa', 1),
}

/** `parts` ≤ `whole` (sum), true of the counts of every region and year. */
export interface CountRelation {
  parts: readonly string[]
  whole: string
}

const within = (whole: string, ...parts: string[]): CountRelation => ({ parts, whole })

/** Relations between counts that hold by definition (subsets of the same households, their members). */
export const COUNT_RELATIONS: readonly CountRelation[] = [
  within('kk_desil_1_2', 'kk_desil_1'),
  within('kk_desil_1_4', 'kk_desil_1_2'),
  within('kk_dtsen', 'kk_desil_1_4'),
  within('kk_dtsen', 'kk_miskin'),
  within('kk_dtsen', 'kk_miskin_ekstrem'),
  within('kk_miskin', 'kk_miskin_ekstrem'),
  within('kk_dtsen', 'kk_penerima'),
  within('kk_miskin', 'kk_miskin_petani', 'kk_miskin_nelayan', 'kk_miskin_umkm'),
  within('kk_miskin', 'kk_miskin_desa'),
  within('kk_desil_1_4', 'kk_desil_1_4_pkh'),
  within('kk_desil_1_4', 'kk_desil_1_4_bpnt'),
  within('kk_desil_1_4', 'kk_desil_1_4_blt_dd'),
  within('kk_desil_1_4', 'kk_desil_1_4_pbi_jkn'),
  within('kk_desil_1_4', 'kk_desil_1_4_pip'),
  within('kk_penerima', 'kk_penerima_desil_5_10'),
  within('kk_penerima', 'kk_bantuan_ganda'),
  within('kk_bantuan_ganda', 'kk_kombinasi_terlarang'),
  within('kk_desil_1_2', 'kk_desil_1_2_tanpa_bantuan'),
  // Every household has 1–30 members (keluarga_anggota_range), so members ≥ households.
  within('anggota_dtsen', 'kk_dtsen'),
  within('penduduk_miskin', 'kk_miskin'),
  within('anggota_dtsen', 'penduduk_miskin'),
]
