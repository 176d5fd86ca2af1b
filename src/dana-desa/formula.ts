/**
 * The Dana Desa allocation formula: one pure implementation shared by the demo generator and the
 * in-browser formula simulator. No Node APIs. See `README.md` in this folder for the algorithm in words.
 */
import { sum } from 'd3-array'
import { apportion, compareKode } from './apportion.ts'
import { validateParameters, validateVillages } from './validate-formula-input.ts'

/** IDM status, the `idm.csv` `status` vocabulary. */
export type IdmStatus = 'mandiri' | 'maju' | 'berkembang' | 'tertinggal' | 'sangat_tertinggal'

/** The four components of a village's pagu; the keys are the `dana_desa.csv` column names. */
export type DanaDesaComponent = 'alokasi_dasar' | 'alokasi_afirmasi' | 'alokasi_kinerja' | 'alokasi_formula'

/** The variables of the formula component; the keys are the field names of {@link DanaDesaVillage}. */
export type FormulaVariable = 'penduduk' | 'penduduk_miskin' | 'luas_km2' | 'ikg'

/** One alokasi dasar band: villages with at most `max_penduduk` residents (and more than the band below). */
export interface PopulationBand {
  /** Inclusive upper bound of residents; `null` for the open last band. */
  max_penduduk: number | null
  /** Nominal rupiah per village; only the ratios between bands matter after scaling to the total. */
  amount: number
}

/** Every tunable of the allocation; plain data so that a simulator can edit and serialise it. */
export interface DanaDesaParameters {
  /** Share of the kabupaten total per component, each ≥ 0, summing to 1. */
  component_shares: Record<DanaDesaComponent, number>
  /** Alokasi dasar bands, ascending by `max_penduduk`, the last one open (`null`). */
  population_bands: readonly PopulationBand[]
  /** Alokasi afirmasi: rupiah per eligible village by status (other statuses get none), within its share. */
  afirmasi_amounts: { tertinggal: number; sangat_tertinggal: number }
  /**
   * A tertinggal or sangat tertinggal village is eligible for afirmasi when it is among the top
   * `afirmasi_poor_top_share` of villages by poor population, i.e. fewer than share × n villages have more poor.
   */
  afirmasi_poor_top_share: number
  /** Weights of the formula variables, each ≥ 0, summing to 1. */
  formula_weights: Record<FormulaVariable, number>
  /** Share of all villages (rounded up) that receive alokasi kinerja, in equal amounts. */
  kinerja_recipient_share: number
}

/** One desa as input to the formula. */
export interface DanaDesaVillage {
  kode: string
  /** Residents, ≥ 0. */
  penduduk: number
  /** Poor residents, 0 ≤ `penduduk_miskin` ≤ `penduduk`. */
  penduduk_miskin: number
  /** Area in km², ≥ 0. */
  luas_km2: number
  /** Geographic difficulty index (IKG), 0 (easiest) … 1 (hardest). */
  ikg: number
  /** IDM status used for afirmasi and kinerja eligibility; `null` when unknown (no afirmasi, no kinerja). */
  status_idm: IdmStatus | null
  /** Performance score, higher is better; villages without one get no alokasi kinerja. */
  kinerja_score?: number | null
}

/** One village's allocation in whole rupiah; `pagu` is the sum of the four components. */
export interface DanaDesaAllocation extends Record<DanaDesaComponent, number> {
  kode: string
  pagu: number
}

/**
 * Parameters of 2024 (PMK 145/2023 and PMK 146/2023, as quoted by regional press, e.g. startnews.co.id
 * 2024-01-03 for the bands and afirmasi amounts). Component shares 65/1/4/30 % and formula weights
 * 10/40/20/30 % (weights confirmed for 2021 only; assumed unchanged). The afirmasi poor-population rule and
 * the kinerja recipient share are our assumptions: the PMK names "villages with a high number of poor" and
 * a per-kabupaten quota of best performers without public numbers; press reports show quotas near 15 % of desa
 * (radarkepahiang.disway.id: 16 kinerja recipients in Kabupaten Kepahiang, 2022).
 */
export const OFFICIAL_PARAMETERS_2024: DanaDesaParameters = {
  component_shares: {
    alokasi_dasar: 0.65,
    alokasi_afirmasi: 0.01,
    alokasi_kinerja: 0.04,
    alokasi_formula: 0.3,
  },
  population_bands: [
    { max_penduduk: 100, amount: 418_958_000 },
    { max_penduduk: 500, amount: 481_802_000 },
    { max_penduduk: 1_500, amount: 544_646_000 },
    { max_penduduk: 3_000, amount: 607_490_000 },
    { max_penduduk: 5_000, amount: 670_334_000 },
    { max_penduduk: 10_000, amount: 733_178_000 },
    { max_penduduk: null, amount: 796_022_000 },
  ],
  afirmasi_amounts: { tertinggal: 94_800_000, sangat_tertinggal: 104_280_000 },
  afirmasi_poor_top_share: 0.5,
  formula_weights: { penduduk: 0.1, penduduk_miskin: 0.4, luas_km2: 0.2, ikg: 0.3 },
  kinerja_recipient_share: 0.15,
}

const COMPONENTS: readonly DanaDesaComponent[] = [
  'alokasi_dasar',
  'alokasi_afirmasi',
  'alokasi_kinerja',
  'alokasi_formula',
]
const FORMULA_VARIABLES: readonly FormulaVariable[] = ['penduduk', 'penduduk_miskin', 'luas_km2', 'ikg']
const BEHIND_STATUSES: ReadonlySet<IdmStatus | null> = new Set(['tertinggal', 'sangat_tertinggal'])
/** Floating tolerance for "sums to 1": shares typed as decimals (0.65 + 0.01 + …) are not exact in binary. */
const SUM_TOLERANCE = 1e-9

/**
 * Splits `total` rupiah over `villages` into the four components and returns one allocation per village,
 * in input order. Whole rupiah; the pagu sum to `total` exactly and each component sums to its budget.
 *
 * 1. Component budgets, in rupiah before rounding:
 *    - alokasi dasar: `total × share`;
 *    - alokasi afirmasi: the nominal amounts of the eligible villages (rupiah of the parameter year), but at
 *      most `total × share`; scaling the whole share onto a handful of villages would give each of them many
 *      times the official amount;
 *    - alokasi kinerja: `total × share`, or 0 without any eligible village;
 *    - alokasi formula: the rest, i.e. its own share plus what afirmasi and kinerja leave unused, so the total
 *      is always paid out (if no formula variable has a positive total, the rest goes to alokasi dasar).
 *    The four budgets are then apportioned to whole rupiah.
 * 2. Each component's budget is split over villages in proportion to a per-village weight:
 *    - alokasi dasar: the nominal amount of the village's population band, so the band amounts are scaled
 *      by one factor until the component sums to its share of the total;
 *    - alokasi afirmasi: the nominal amount for tertinggal / sangat tertinggal villages among the top
 *      `afirmasi_poor_top_share` by poor population, 0 otherwise (so the nominal amounts when the share covers
 *      them, else all scaled down by one factor);
 *    - alokasi kinerja: 1 for each of the best `ceil(kinerja_recipient_share × n)` villages that have a
 *      `kinerja_score`, status berkembang or better and no afirmasi (the 2022 criteria as reported by
 *      radarkepahiang.disway.id), ranked by score, then poor population (descending; the SIKD Kemenkeu tie rule
 *      puts higher IDM first, which the inputs do not carry), then kode; 0 otherwise, so recipients get equal amounts;
 *    - alokasi formula: Σ weight_v × x_v / Σx_v over the formula variables, i.e. each variable's ratio to the
 *      kabupaten total; a variable whose total is 0 carries no information and its weight is spread over the rest.
 * 3. Rounding by largest remainder: everyone gets the floor of the exact share, the leftover rupiah go one
 *    each to the largest fractional parts, ties to the smaller kode (components: in the order above).
 *
 * Throws an `Error` naming the field on invalid input (negative or non-finite numbers, poor > population,
 * duplicate kode, parameters whose shares or weights do not sum to 1, a non-integer or negative total).
 */
export function allocateDanaDesa(
  villages: readonly DanaDesaVillage[],
  total: number,
  parameters: DanaDesaParameters = OFFICIAL_PARAMETERS_2024,
): DanaDesaAllocation[] {
  validateParameters(parameters)
  validateVillages(villages)
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new Error(`total must be a non-negative whole number of rupiah, got ${total}`)
  }
  if (villages.length === 0) {
    if (total > 0) throw new Error(`cannot allocate ${total} rupiah to zero villages`)
    return []
  }
  const kodes = villages.map((village) => village.kode)
  const weights = componentWeights(villages, parameters)
  const budgets = apportion(total, componentBudgets(weights, total, parameters), COMPONENTS)
  const byComponent = COMPONENTS.map((component, index) =>
    apportion(budgets[index] ?? 0, weights[component], kodes),
  )
  return villages.map((village, row) => {
    const [dasar, afirmasi, kinerja, formula] = byComponent.map((amounts) => amounts[row] ?? 0)
    return {
      kode: village.kode,
      alokasi_dasar: dasar ?? 0,
      alokasi_afirmasi: afirmasi ?? 0,
      alokasi_kinerja: kinerja ?? 0,
      alokasi_formula: formula ?? 0,
      pagu: (dasar ?? 0) + (afirmasi ?? 0) + (kinerja ?? 0) + (formula ?? 0),
    }
  })
}

/** The nominal alokasi dasar of a village with `penduduk` residents: the first band whose bound it does not exceed. */
export function bandAmountFor(penduduk: number, bands: readonly PopulationBand[]): number {
  const band = bands.find(
    (candidate) => candidate.max_penduduk === null || penduduk <= candidate.max_penduduk,
  )
  if (band === undefined) throw new Error(`no population band covers ${penduduk} residents`)
  return band.amount
}

/** Real-valued rupiah budgets of the four components (in {@link COMPONENTS} order), summing to `total`. */
function componentBudgets(
  weights: Record<DanaDesaComponent, number[]>,
  total: number,
  parameters: DanaDesaParameters,
): number[] {
  const shares = parameters.component_shares
  const dasar = total * shares.alokasi_dasar
  const afirmasi = Math.min(total * shares.alokasi_afirmasi, sum(weights.alokasi_afirmasi))
  const kinerja = sum(weights.alokasi_kinerja) > 0 ? total * shares.alokasi_kinerja : 0
  const rest = Math.max(0, total - dasar - afirmasi - kinerja)
  const hasFormula = sum(weights.alokasi_formula) > 0
  return [hasFormula ? dasar : dasar + rest, afirmasi, kinerja, hasFormula ? rest : 0]
}

function componentWeights(
  villages: readonly DanaDesaVillage[],
  parameters: DanaDesaParameters,
): Record<DanaDesaComponent, number[]> {
  const poorCounts = villages.map((village) => village.penduduk_miskin)
  const afirmasi = villages.map((village) => {
    if (village.status_idm !== 'tertinggal' && village.status_idm !== 'sangat_tertinggal') return 0
    const withMorePoor = poorCounts.filter((count) => count > village.penduduk_miskin).length
    const isHighPoor = withMorePoor < parameters.afirmasi_poor_top_share * villages.length
    return isHighPoor ? parameters.afirmasi_amounts[village.status_idm] : 0
  })
  const recipientCount = Math.ceil(parameters.kinerja_recipient_share * villages.length - SUM_TOLERANCE)
  const recipients = new Set(
    villages
      .filter(
        (village, row) =>
          typeof village.kinerja_score === 'number' &&
          village.status_idm !== null &&
          !BEHIND_STATUSES.has(village.status_idm) &&
          afirmasi[row] === 0,
      )
      .sort(
        (a, b) =>
          (b.kinerja_score ?? 0) - (a.kinerja_score ?? 0) ||
          b.penduduk_miskin - a.penduduk_miskin ||
          compareKode(a.kode, b.kode),
      )
      .slice(0, recipientCount)
      .map((village) => village.kode),
  )
  const variableTotals = FORMULA_VARIABLES.map((variable) =>
    sum(villages.map((village) => village[variable])),
  )
  const usedWeight = sum(
    FORMULA_VARIABLES.map((variable, index) =>
      (variableTotals[index] ?? 0) > 0 ? parameters.formula_weights[variable] : 0,
    ),
  )
  const formula = villages.map((village) =>
    sum(
      FORMULA_VARIABLES.map((variable, index) => {
        const variableTotal = variableTotals[index] ?? 0
        if (variableTotal === 0 || usedWeight === 0) return 0
        return (parameters.formula_weights[variable] / usedWeight) * (village[variable] / variableTotal)
      }),
    ),
  )
  return {
    alokasi_dasar: villages.map((village) => bandAmountFor(village.penduduk, parameters.population_bands)),
    alokasi_afirmasi: afirmasi,
    alokasi_kinerja: villages.map((village) => (recipients.has(village.kode) ? 1 : 0)),
    alokasi_formula: formula,
  }
}
