/**
 * One simulation: the year's published allocation against the allocation `allocateDanaDesa` gives with
 * the reader's parameters for the same total, per desa, with the change in rupiah and percent.
 */
import { allocateDanaDesa, type DanaDesaAllocation, type DanaDesaParameters } from './formula.ts'
import type { FormulaYear } from './formula-inputs.ts'

/** One desa's published and simulated allocation. */
export interface SimulatedVillage {
  kode: string
  published: DanaDesaAllocation
  simulated: DanaDesaAllocation
  /** Simulated minus published pagu, rupiah. */
  change: number
  /** `change` over the published pagu, percent; `null` when the published pagu is 0. */
  changePercent: number | null
}

/** The outcome over every desa. */
export interface Simulation {
  tahun: number
  total: number
  villages: SimulatedVillage[]
  gainers: number
  losers: number
  /** Rupiah that move: the sum of the gains (equal to the sum of the losses, the total being fixed). */
  moved: number
}

/** Runs the formula on the year's inputs; `error` carries the formula's message when the parameters are invalid. */
export function simulate(
  year: FormulaYear,
  parameters: DanaDesaParameters,
): { simulation: Simulation; error: null } | { simulation: null; error: string } {
  let allocations: DanaDesaAllocation[]
  try {
    allocations = allocateDanaDesa(year.villages, year.total, parameters)
  } catch (error) {
    return { simulation: null, error: error instanceof Error ? error.message : String(error) }
  }
  const villages = allocations.map((simulated, index): SimulatedVillage => {
    const published = year.published[index] ?? { ...simulated }
    const change = simulated.pagu - published.pagu
    return {
      kode: simulated.kode,
      published,
      simulated,
      change,
      changePercent: published.pagu === 0 ? null : (100 * change) / published.pagu,
    }
  })
  return {
    simulation: {
      tahun: year.tahun,
      total: year.total,
      villages,
      gainers: villages.filter((village) => village.change > 0).length,
      losers: villages.filter((village) => village.change < 0).length,
      moved: villages.reduce((total, village) => total + Math.max(0, village.change), 0),
    },
    error: null,
  }
}
