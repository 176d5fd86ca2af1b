/**
 * The formula simulator's parameters as the reader edits them: every {@link DanaDesaParameters} field,
 * with shares and weights in whole basis points (1 bp = 0.01 %) so that a group always sums to exactly
 * 100 % and a URL can carry it without floating-point drift. Pure: `updateSettings(settings, action)`.
 */
import {
  type DanaDesaComponent,
  type DanaDesaParameters,
  type FormulaVariable,
  OFFICIAL_PARAMETERS_2024,
  type PopulationBand,
} from './formula.ts'

/** 100 % in basis points. */
export const FULL_BP = 10_000

/** The four components in the order of the formula and the forms. */
export const COMPONENTS: readonly DanaDesaComponent[] = [
  'alokasi_dasar',
  'alokasi_afirmasi',
  'alokasi_kinerja',
  'alokasi_formula',
]

/** The formula variables in the order of the formula and the forms. */
export const FORMULA_VARIABLES: readonly FormulaVariable[] = [
  'penduduk',
  'penduduk_miskin',
  'luas_km2',
  'ikg',
]

/** Statuses that can receive alokasi afirmasi. */
export type AfirmasiStatus = keyof DanaDesaParameters['afirmasi_amounts']

/** Everything the simulator lets the reader change. */
export interface SimulatorSettings {
  /** Component shares in basis points, summing to {@link FULL_BP}. */
  shares: Record<DanaDesaComponent, number>
  /** Formula weights in basis points, summing to {@link FULL_BP}. */
  weights: Record<FormulaVariable, number>
  /** Alokasi dasar bands: upper bound of residents (`null` for the last) and nominal rupiah. */
  bands: readonly PopulationBand[]
  /** Nominal afirmasi rupiah per eligible village. */
  afirmasi: Record<AfirmasiStatus, number>
  /** Share of villages (by poor population) whose tertinggal / sangat tertinggal desa get afirmasi, bp. */
  afirmasiTopBp: number
  /** Share of villages that receive alokasi kinerja, bp. */
  kinerjaBp: number
}

const toBp = (fraction: number): number => Math.round(fraction * FULL_BP)

/** The settings of a parameter set (shares rounded to basis points). */
export function settingsOf(parameters: DanaDesaParameters): SimulatorSettings {
  return {
    shares: mapRecord(parameters.component_shares, toBp),
    weights: mapRecord(parameters.formula_weights, toBp),
    bands: parameters.population_bands.map((band) => ({ ...band })),
    afirmasi: { ...parameters.afirmasi_amounts },
    afirmasiTopBp: toBp(parameters.afirmasi_poor_top_share),
    kinerjaBp: toBp(parameters.kinerja_recipient_share),
  }
}

/** The official parameters (PMK 145/2023 and 146/2023, see formula.ts) as settings: the default. */
export const OFFICIAL_SETTINGS: SimulatorSettings = settingsOf(OFFICIAL_PARAMETERS_2024)

/** The parameters `allocateDanaDesa` takes. The official settings give `OFFICIAL_PARAMETERS_2024` back. */
export function toParameters(settings: SimulatorSettings): DanaDesaParameters {
  const fraction = (bp: number): number => bp / FULL_BP
  return {
    component_shares: mapRecord(settings.shares, fraction),
    population_bands: settings.bands.map((band) => ({ ...band })),
    afirmasi_amounts: { ...settings.afirmasi },
    afirmasi_poor_top_share: fraction(settings.afirmasiTopBp),
    formula_weights: mapRecord(settings.weights, fraction),
    kinerja_recipient_share: fraction(settings.kinerjaBp),
  }
}

/** One change the reader makes. Values out of range are clamped; a share change rebalances its group. */
export type SettingsAction =
  | { type: 'set-share'; component: DanaDesaComponent; bp: number }
  | { type: 'set-weight'; variable: FormulaVariable; bp: number }
  | { type: 'set-band'; index: number; field: 'max_penduduk' | 'amount'; value: number }
  | { type: 'set-afirmasi'; status: AfirmasiStatus; amount: number }
  | { type: 'set-afirmasi-top'; bp: number }
  | { type: 'set-kinerja'; bp: number }
  | { type: 'reset' }

/** Applies one action. Pure. */
export function updateSettings(settings: SimulatorSettings, action: SettingsAction): SimulatorSettings {
  switch (action.type) {
    case 'set-share':
      return { ...settings, shares: rebalance(settings.shares, action.component, action.bp) }
    case 'set-weight':
      return { ...settings, weights: rebalance(settings.weights, action.variable, action.bp) }
    case 'set-band': {
      const bands = settings.bands.map((band, index) => {
        if (index !== action.index) return band
        if (action.field === 'max_penduduk' && band.max_penduduk === null) return band
        return { ...band, [action.field]: Math.max(0, Math.round(action.value)) }
      })
      return { ...settings, bands }
    }
    case 'set-afirmasi':
      return {
        ...settings,
        afirmasi: { ...settings.afirmasi, [action.status]: Math.max(0, Math.round(action.amount)) },
      }
    case 'set-afirmasi-top':
      return { ...settings, afirmasiTopBp: clampBp(action.bp) }
    case 'set-kinerja':
      return { ...settings, kinerjaBp: clampBp(action.bp) }
    case 'reset':
      return OFFICIAL_SETTINGS
  }
}

/**
 * Sets `key` to `bp` (clamped to 0…100 %) and spreads the rest over the other keys in proportion to their
 * current values (equally when they are all 0), in whole basis points by largest remainder (ties to the
 * earlier key), so the group sums to exactly 100 %.
 */
export function rebalance<K extends string>(
  group: Readonly<Record<K, number>>,
  key: NoInfer<K>,
  bp: number,
): Record<K, number> {
  const value = clampBp(bp)
  const others = (Object.keys(group) as K[]).filter((candidate) => candidate !== key)
  const rest = FULL_BP - value
  const otherTotal = others.reduce((total, other) => total + group[other], 0)
  const quotas = others.map((other) =>
    otherTotal > 0 ? (rest * group[other]) / otherTotal : rest / others.length,
  )
  const floors = quotas.map(Math.floor)
  let leftover = rest - floors.reduce((total, floor) => total + floor, 0)
  const order = quotas
    .map((quota, index) => ({ index, remainder: quota - Math.floor(quota) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (const { index } of order) {
    if (leftover <= 0) break
    floors[index] = (floors[index] ?? 0) + 1
    leftover -= 1
  }
  const next: Record<K, number> = { ...group }
  next[key] = value
  others.forEach((other, index) => {
    next[other] = floors[index] ?? 0
  })
  return next
}

/** True when `settings` equal the official ones. */
export function isOfficial(settings: SimulatorSettings): boolean {
  return JSON.stringify(settings) === JSON.stringify(OFFICIAL_SETTINGS)
}

function clampBp(bp: number): number {
  return Number.isFinite(bp) ? Math.min(FULL_BP, Math.max(0, Math.round(bp))) : 0
}

function mapRecord<K extends string, A, B>(record: Record<K, A>, map: (value: A) => B): Record<K, B> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value as A)])) as Record<
    K,
    B
  >
}

/** Why settings cannot run, by band (0-based): a bound not above the previous one, or an amount of 0. */
export type SettingsProblem = { code: 'band_order' | 'band_amount'; band: number }

/** Problems the form must show before the formula can run; empty when the settings are valid. */
export function settingsProblems(settings: SimulatorSettings): SettingsProblem[] {
  const problems: SettingsProblem[] = []
  let previous = -1
  settings.bands.forEach((band, index) => {
    if (band.max_penduduk !== null) {
      if (band.max_penduduk <= previous) problems.push({ code: 'band_order', band: index })
      previous = Math.max(previous, band.max_penduduk)
    }
    if (band.amount <= 0) problems.push({ code: 'band_amount', band: index })
  })
  return problems
}
