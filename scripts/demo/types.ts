/**
 * Types shared by the demo generators (population/households/aid and IDM/Dana Desa).
 * CSV row types mirror `docs/data-formats.md` exactly: keys are the column names, optional cells are `null`.
 */

/** One desa or kelurahan as the generator sees it; the caller reads these from the regions snapshot or DB. */
export interface DemoRegion {
  /** Kemendagri village code, e.g. `64.08.01.2001`. */
  kode: string
  nama: string
  jenis: 'desa' | 'kelurahan'
  /** Kemendagri kecamatan code, e.g. `64.08.01`. */
  kecamatan_kode: string
  kecamatan_nama: string
  /** Polygon area in km². */
  luas_km2: number
  /** Label point (inside the polygon), WGS84. */
  label_lng: number
  label_lat: number
}

/** Years the demo covers. */
export const DEMO_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025] as const

/** One demo year, 2019–2025. */
export type DemoYear = (typeof DEMO_YEARS)[number]

/** Per village and year aggregates of the household model, consumed by the IDM and Dana Desa generators. */
export interface VillageYearSummary {
  kode: string
  tahun: number
  /** Residents (= sum of household members). */
  penduduk: number
  /** Households (KK). */
  jumlah_kk: number
  /** People in households below the BPS poverty line. */
  penduduk_miskin: number
  /** Households below the BPS poverty line. */
  kk_miskin: number
  /** Households below the extreme-poverty line. */
  kk_miskin_ekstrem: number
  /** Latent remoteness, 0 (Sangatta) … 1 (most remote interior village). */
  remoteness: number
  /** Households listed for BLT-DD in `penerima_bantuan.csv` that year (0 for a kelurahan). */
  kk_blt_dd: number
}

/** Main livelihood of the household head (`keluarga.csv` `mata_pencaharian`). */
export type MataPencaharian = 'petani' | 'nelayan' | 'umkm' | 'buruh' | 'lainnya'

/** Aid program code (`penerima_bantuan.csv` `program`). */
export type ProgramCode = 'PKH' | 'BPNT' | 'BLT_DD' | 'PBI_JKN' | 'PIP'

/** IDM status by the official thresholds (`idm.csv` `status`). */
export type IdmStatus = 'mandiri' | 'maju' | 'berkembang' | 'tertinggal' | 'sangat_tertinggal'

/** A row of `keluarga.csv`: one household per period (DTSEN snapshot). */
export interface KeluargaRow {
  /** 16 digits, stable across periods. */
  id_keluarga: string
  kode_desa: string
  periode: number
  /** 1–10, 1 = poorest. */
  desil: number
  /** 1–30. */
  jumlah_anggota: number
  mata_pencaharian: MataPencaharian
  miskin: 0 | 1
  /** 1 implies `miskin` = 1. */
  miskin_ekstrem: 0 | 1
  /** 16 digits. */
  nik_kepala: string
  nama_kepala: string
  /** `YYYY-MM-DD`. */
  tanggal_lahir_kepala: string
}

/** A row of `penerima_bantuan.csv`: one recipient per program per year. At least one of `id_keluarga`, `nik`. */
export interface PenerimaBantuanRow {
  program: ProgramCode
  tahun: number
  id_keluarga: string | null
  nik: string | null
  nama: string | null
  /** `YYYY-MM-DD`. */
  tanggal_lahir: string | null
  kode_desa: string
  /** Whole rupiah received in the year, ≥ 0. */
  nilai_rp: number
}

/** A row of `penduduk.csv`: residents per village and year; `jumlah_penduduk` = `laki_laki` + `perempuan`. */
export interface PendudukRow {
  kode_desa: string
  tahun: number
  jumlah_penduduk: number
  laki_laki: number
  perempuan: number
  jumlah_kk: number
}

/** A row of `idm.csv` (desa only). Scores are 0–1; `skor_idm` is the mean of `iks`, `ike`, `ikl`. */
export interface IdmRow {
  kode_desa: string
  tahun: number
  skor_idm: number
  iks: number
  ike: number
  ikl: number
  status: IdmStatus
}

/**
 * A row of `dana_desa.csv` (desa only), whole rupiah; `pagu` = sum of the four `alokasi_*`. The `dasar_*`
 * columns are the formula inputs (data dasar) the allocation of that year was computed from.
 */
export interface DanaDesaRow {
  kode_desa: string
  tahun: number
  pagu: number
  alokasi_dasar: number
  alokasi_afirmasi: number
  alokasi_kinerja: number
  alokasi_formula: number
  pagu_blt_dd: number
  realisasi_tahap_1: number
  realisasi_tahap_2: number
  realisasi_tahap_3: number
  /** Residents the allocation counted (the year before). */
  dasar_penduduk: number | null
  /** Poor residents the allocation counted. */
  dasar_penduduk_miskin: number | null
  /** Area in km², 4 decimals. */
  dasar_luas_km2: number | null
  /** Geographic difficulty index (IKG), 0–1, 4 decimals. */
  dasar_ikg: number | null
  /** IDM status the allocation used (afirmasi and kinerja eligibility). */
  dasar_status_idm: IdmStatus | null
  /** Performance score (−1…1, 4 decimals); `null`: no score, no alokasi kinerja. */
  dasar_skor_kinerja: number | null
}
