/**
 * The input checks of the Dana Desa formula (formula.ts): each throws an `Error` naming the field, so a
 * simulator or the demo generator says which number is wrong rather than paying out nonsense.
 */
import { sum } from 'd3-array'
import type { DanaDesaParameters, DanaDesaVillage, FormulaVariable } from './formula.ts'

const FORMULA_VARIABLES: readonly FormulaVariable[] = ['penduduk', 'penduduk_miskin', 'luas_km2', 'ikg']
/** Floating tolerance for "sums to 1": shares typed as decimals (0.65 + 0.01 + …) are not exact in binary. */
const SUM_TOLERANCE = 1e-9

/** Shares and weights that sum to 1, ascending bands ending in an open one, fractions within 0..1. */
export function validateParameters(parameters: DanaDesaParameters): void {
  checkDistribution('component_shares', parameters.component_shares)
  checkDistribution('formula_weights', parameters.formula_weights)
  const bands = parameters.population_bands
  bands.forEach((band, index) => {
    checkNonNegative(`population_bands[${index}].amount`, band.amount)
    if (band.amount === 0) throw new Error(`population_bands[${index}].amount must be positive`)
    const isLast = index === bands.length - 1
    if (isLast !== (band.max_penduduk === null)) {
      throw new Error('population_bands must end with an open band (max_penduduk: null) and only there')
    }
    const previous = index > 0 ? (bands[index - 1]?.max_penduduk ?? 0) : -1
    if (band.max_penduduk !== null && band.max_penduduk <= previous) {
      throw new Error('population_bands must ascend by max_penduduk')
    }
  })
  if (bands.length === 0) throw new Error('population_bands must not be empty')
  checkNonNegative('afirmasi_amounts.tertinggal', parameters.afirmasi_amounts.tertinggal)
  checkNonNegative('afirmasi_amounts.sangat_tertinggal', parameters.afirmasi_amounts.sangat_tertinggal)
  checkFraction('afirmasi_poor_top_share', parameters.afirmasi_poor_top_share)
  checkFraction('kinerja_recipient_share', parameters.kinerja_recipient_share)
}

/** Unique kode; finite, non-negative variables; poor ≤ population; IKG in 0..1; a finite score. */
export function validateVillages(villages: readonly DanaDesaVillage[]): void {
  const seen = new Set<string>()
  for (const village of villages) {
    if (seen.has(village.kode)) throw new Error(`duplicate village kode ${village.kode}`)
    seen.add(village.kode)
    for (const field of FORMULA_VARIABLES) checkNonNegative(`${village.kode}.${field}`, village[field])
    if (village.penduduk_miskin > village.penduduk) {
      throw new Error(`${village.kode}.penduduk_miskin (${village.penduduk_miskin}) exceeds penduduk`)
    }
    if (village.ikg > 1) throw new Error(`${village.kode}.ikg must lie in 0..1, got ${village.ikg}`)
    const score = village.kinerja_score
    if (score !== undefined && score !== null && !Number.isFinite(score)) {
      throw new Error(`${village.kode}.kinerja_score must be finite, got ${score}`)
    }
  }
}

function checkDistribution(name: string, values: Readonly<Record<string, number>>): void {
  for (const [key, value] of Object.entries(values)) checkNonNegative(`${name}.${key}`, value)
  const total = sum(Object.values(values))
  if (Math.abs(total - 1) > SUM_TOLERANCE) throw new Error(`${name} must sum to 1, got ${total}`)
}

function checkFraction(name: string, value: number): void {
  checkNonNegative(name, value)
  if (value > 1) throw new Error(`${name} must lie in 0..1, got ${value}`)
}

function checkNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a finite number ≥ 0, got ${value}`)
}
