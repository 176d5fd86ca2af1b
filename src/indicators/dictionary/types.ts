/**
 * The shapes of the indicator dictionary (this folder): programs, counts and indicators. SQL reads the
 * dictionary from `private.kamus_hitungan` / `private.kamus_indikator` (rows written by `npm run
 * gen:dictionary`), the data build writes `indicators.json` from it, and the publish step sums its cells
 * with the very predicates declared here.
 *
 * Pure declarations.
 */
import type { Localized } from '../../lib/language.ts'
import type { Classification } from '../classify.ts'
import type { PaletteId } from '../palettes.ts'

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

/** A region level of the published figures. */
export type IndicatorLevel = 'desa' | 'kecamatan' | 'kabupaten'

/** One published indicator as `indicators.json` states it. Every field is part of the public file. */
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
  /** Levels the figure exists for; follows from {@link IndicatorEntry.appliesTo}. */
  levels: readonly IndicatorLevel[]
  /**
   * How its map classifies it by default, where quantiles in 5 classes would mislead (a status of a few
   * values); absent: that default (`defaultChoroplethOptions` in choropleth.ts).
   */
  classification?: Classification
  /** The sequential palette of its map, where the one its direction implies does not fit; absent: that one. */
  palette?: PaletteId
}

/**
 * Where a figure applies (`berlaku`): every region; regions with at least one desa (Dana Desa, IDM and
 * BLT-DD are not a kelurahan's); or a desa alone (a desa's own value that does not add up).
 */
export type AppliesTo = 'all' | 'with-desa' | 'desa'

/** What a screen uses an indicator for. */
export type IndicatorRole =
  /** a need measure of the bivariate map (higher is worse) */
  | 'need'
  /** a coverage measure of the bivariate map (higher is better) */
  | 'coverage'
  /** may enter the priority score */
  | 'criterion'
  /** a measure of the program screen's map (of each program, or across programs) */
  | 'program-measure'

/** One entry of the dictionary: the published meaning plus how SQL computes and protects the value. */
export interface IndicatorEntry extends Omit<PublishedIndicator, 'levels'> {
  /** The count whose value this is, or the numerator of the ratio. */
  numerator: string
  /** The denominator count of a ratio; absent for a plain count. */
  denominator?: string
  /** numerator × scale / denominator: 100 for a percentage, 1 for a rate. Only with a denominator. */
  scale?: 1 | 100
  /**
   * The household counts whose small values (1–4) withhold this figure (`basis_pembilang` /
   * `basis_penyebut` of `private.indikator_semua`). Every figure whose numerator or denominator counts
   * households or persons names one (a test checks it); public statistics name none.
   */
  basis?: { numerator?: string; denominator?: string }
  appliesTo: AppliesTo
  roles?: readonly IndicatorRole[]
}

/** Desil group of an elementary cell: the groups the published counts tell apart. */
export type DesilGroup = '1' | '2' | '3-4' | '5-10'

/** Livelihood of a poor household, as the cells tell it apart. */
export type Livelihood = 'petani' | 'nelayan' | 'umkm' | 'lainnya'

/**
 * Which elementary cells (`terbit.sel_keluarga`) a household count sums: every stated attribute must
 * hold, an absent one does not matter. SQL (`private.hitungan_sel`) and the publish step
 * (`scripts/data/disclosure/cells.ts`) both read this one declaration.
 */
export interface CellPredicate {
  /** The household's desil is in one of these groups (a household without desil is in none). */
  desil?: readonly DesilGroup[]
  miskin?: boolean
  miskinEkstrem?: boolean
  /** The livelihood of a poor household. */
  livelihood?: Livelihood
  /** The household holds this program (a code of programs.ts). */
  program?: string
  /** How many programs the household holds: at least `min`, at most `max`. */
  programs?: { min?: number; max?: number }
  /** The household holds a disallowed pair of programs. */
  terlarang?: boolean
  /** The household's head also heads a household in another desa in the same period. */
  lintasDesa?: boolean
}

/** A household or person count: a sum of elementary cells. Always protected by the publish step. */
export interface CellCount {
  id: string
  source: 'cells'
  /** Households (`jumlah_kk` of a cell) or their members (`jumlah_jiwa`). */
  unit: 'kk' | 'jiwa'
  where: CellPredicate
  /** Only for years with a recipient list (a coverage count is unknown, not 0, without one). */
  needsRecipients?: boolean
  /** Only for desa (a kelurahan has none): the denominator of Dana Desa per poor household. */
  desaOnly?: boolean
  description: string
}

/**
 * A count that is not a sum of household cells (recipients per program, duplicates, population, area,
 * IDM, Dana Desa): its SQL expression lives in `private.hitungan_lain` (or `private.wilayah_tahun` for
 * the area); the dictionary declares it by id.
 */
export interface SqlCount {
  id: string
  source: 'sql'
  /** Counts recipients or listings: protected by the publish step like a household count. */
  secret: boolean
  /** Summed over the desa of a kecamatan and kabupaten ('sum'), or a desa's own value only ('desa'). */
  aggregate: 'sum' | 'desa'
  description: string
}

/** One count of the dictionary. */
export type Count = CellCount | SqlCount

/** A social-assistance program. */
export interface ProgramEntry {
  /** The code of `public.program_bantuan` and of the recipient lists. */
  code: string
  /** The part of indicator ids that names it (`penerima_pkh`, `cakupan_pkh`). */
  id: string
  /** The short name labels use. */
  shortName: Localized
  /** The full name, as `public.program_bantuan` (`nama`, `nama_en`) holds it. */
  name: Localized
  /** Who a listing names, as `public.program_bantuan.satuan` says it. */
  satuan: 'keluarga' | 'orang' | 'siswa'
  /** The unit of the recipient count, in words. */
  lists: Localized
}
