/**
 * Classes of the gainers-and-losers map: the change of each desa's pagu in percent, on fixed thresholds
 * symmetric around zero, coloured by a diverging ColorBrewer scheme (red for a loss, blue for a gain, a
 * light neutral for "about the same"). Fixed thresholds rather than quantiles, so the same colour means the
 * same change whatever the parameters. Kelurahan are `tidak_berlaku` (no Dana Desa), never 0.
 */
import type { ValueStatus } from '../data/indicators.ts'
import { getDivergingColors } from '../indicators/palettes.ts'
import type { Simulation } from './simulate.ts'

/** Class thresholds in percent change of the pagu; ±0.5 % is "about the same" (a rounding-size move). */
export const CHANGE_THRESHOLDS = [-10, -5, -2, -0.5, 0.5, 2, 5, 10] as const

/** The middle class's colour: lighter than both palette ends, distinct from no-data grey. */
const NEUTRAL = '#f2f0eb'

/** Values, statuses and colours the map and its legend need. */
export interface ChangeClasses {
  values: Map<string, number | null>
  statuses: Map<string, ValueStatus>
  thresholds: readonly number[]
  /** One colour per class, lowest (largest loss) first. */
  colors: string[]
}

/** The change map over `villages`: desa without a simulated allocation are `tidak_ada`. */
export function buildChangeClasses(
  simulation: Simulation | null,
  villages: readonly { kode: string; jenis: 'desa' | 'kelurahan' }[],
): ChangeClasses {
  const changes = new Map(simulation?.villages.map((village) => [village.kode, village.changePercent]) ?? [])
  const values = new Map<string, number | null>()
  const statuses = new Map<string, ValueStatus>()
  for (const village of villages) {
    const change = changes.get(village.kode) ?? null
    values.set(village.kode, village.jenis === 'desa' ? change : null)
    statuses.set(
      village.kode,
      village.jenis === 'kelurahan' ? 'tidak_berlaku' : change === null ? 'tidak_ada' : 'ada',
    )
  }
  const side = CHANGE_THRESHOLDS.length / 2
  const diverging = getDivergingColors('rd_bu', side, side, 'higher-is-better')
  return {
    values,
    statuses,
    thresholds: CHANGE_THRESHOLDS,
    colors: [...diverging.slice(0, side), NEUTRAL, ...diverging.slice(side)],
  }
}
