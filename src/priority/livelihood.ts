import type { ValueStatus } from '../data/indicators.ts'
import { LIVELIHOODS, type Livelihood } from './criteria.ts'

/** One published livelihood share of poor households. */
export interface LivelihoodShare {
  value: number | null
  status: ValueStatus
}

/**
 * Where a share sits among the three, which share one denominator (the village's poor households):
 * a published 0 is below a withheld share (1–4 households), which is below any published positive
 * share (a published count is 0 or at least 5: smaller counts are withheld).
 */
function order(share: LivelihoodShare): { tier: number; value: number } | null {
  if (share.status === 'ditahan') return { tier: 1, value: 0 }
  if (share.status !== 'ada' || share.value === null) return null
  return share.value > 0 ? { tier: 2, value: share.value } : { tier: 0, value: 0 }
}

/**
 * The livelihood most poor households of a village live from: the largest of the farmer, fisher and
 * micro-business shares. `null` when that cannot be told: a share is unpublished, the two largest are
 * equal, or both are withheld (either could be larger).
 */
export function dominantLivelihood(shares: Record<Livelihood, LivelihoodShare>): Livelihood | null {
  const ordered = LIVELIHOODS.map((livelihood) => ({ livelihood, key: order(shares[livelihood]) }))
  if (ordered.some((item) => item.key === null)) return null
  ordered.sort((a, b) => (b.key?.tier ?? 0) - (a.key?.tier ?? 0) || (b.key?.value ?? 0) - (a.key?.value ?? 0))
  const [first, second] = ordered
  if (!first?.key || !second?.key) return null
  if (first.key.tier === 0) return null
  const isTied =
    first.key.tier === second.key.tier && (first.key.tier === 1 || first.key.value === second.key.value)
  return isTied ? null : first.livelihood
}
