/**
 * Bounds propagation over integer variables, the core of the differencing attack: each variable has an
 * interval, each constraint says a sum of variables equals (or is at most) another variable, or that a
 * published share pins its parts, and every constraint tightens the intervals until none changes.
 */

/** No count in one kabupaten comes near this; stands for "unbounded" without Infinity − Infinity. */
export const UNBOUNDED = 1e12

/** An integer interval [lo, hi]. */
export interface Interval {
  lo: number
  hi: number
}

/** `whole` = Σ `parts` (`kind: 'equal'`) or Σ `parts` ≤ `whole` (`kind: 'at-most'`). */
export interface SumConstraint {
  kind: 'equal' | 'at-most'
  whole: string
  parts: readonly string[]
}

/**
 * A published share: round(numerator × scale / denominator, to ± `halfWidth`) = `value`. Either part may
 * be a fixed number (a public figure) instead of a variable.
 */
export interface ShareConstraint {
  kind: 'share'
  numerator: string | number
  denominator: string
  scale: number
  value: number
  halfWidth: number
}

/** Any constraint. */
export type Constraint = SumConstraint | ShareConstraint

/** Denominators wider than this are not enumerated (the share then tightens nothing). */
const MAX_ENUMERATED = 5000

/** The intervals of a set of variables; unknown names are unbounded (≥ 0). */
export class Intervals {
  readonly map = new Map<string, Interval>()
  /** Constraints that emptied an interval: an assumption of the attacker was false. */
  contradictions = 0

  get(name: string): Interval {
    return this.map.get(name) ?? { lo: 0, hi: UNBOUNDED }
  }

  /** Narrows `name` to [lo, hi] ∩ its interval; true if it changed. */
  narrow(name: string, lo: number, hi: number): boolean {
    const current = this.get(name)
    const next = {
      lo: Math.max(current.lo, Math.ceil(lo - 1e-9)),
      hi: Math.min(current.hi, Math.floor(hi + 1e-9)),
    }
    if (next.lo > next.hi) {
      this.contradictions += 1
      return false
    }
    if (next.lo === current.lo && next.hi === current.hi && this.map.has(name)) return false
    this.map.set(name, next)
    return next.lo !== current.lo || next.hi !== current.hi
  }
}

function applySum(intervals: Intervals, constraint: SumConstraint): boolean {
  const parts = constraint.parts.map((name) => intervals.get(name))
  const sumLo = parts.reduce((total, part) => total + part.lo, 0)
  const sumHi = Math.min(
    UNBOUNDED,
    parts.reduce((total, part) => total + part.hi, 0),
  )
  const whole = intervals.get(constraint.whole)
  let changed = intervals.narrow(constraint.whole, sumLo, constraint.kind === 'equal' ? sumHi : UNBOUNDED)
  constraint.parts.forEach((name, index) => {
    const part = parts[index] as Interval
    const hi = whole.hi - (sumLo - part.lo)
    const lo = constraint.kind === 'equal' && sumHi < UNBOUNDED ? whole.lo - (sumHi - part.hi) : 0
    changed = intervals.narrow(name, lo, hi) || changed
  })
  return changed
}

function applyShare(intervals: Intervals, constraint: ShareConstraint): boolean {
  const denominator = intervals.get(constraint.denominator)
  if (denominator.hi - denominator.lo > MAX_ENUMERATED) return false
  const fixed = typeof constraint.numerator === 'number'
  const numerator = fixed
    ? { lo: constraint.numerator as number, hi: constraint.numerator as number }
    : intervals.get(constraint.numerator as string)
  let nLo = Number.POSITIVE_INFINITY
  let nHi = Number.NEGATIVE_INFINITY
  let dLo = Number.POSITIVE_INFINITY
  let dHi = Number.NEGATIVE_INFINITY
  for (let d = Math.max(1, denominator.lo); d <= denominator.hi; d += 1) {
    // numerator × scale / d within value ± halfWidth
    const lo = Math.max(numerator.lo, ((constraint.value - constraint.halfWidth) * d) / constraint.scale)
    const hi = Math.min(numerator.hi, ((constraint.value + constraint.halfWidth) * d) / constraint.scale)
    const first = fixed ? lo : Math.ceil(lo - 1e-9)
    const last = fixed ? hi : Math.floor(hi + 1e-9)
    if (first > last + 1e-9) continue
    nLo = Math.min(nLo, first)
    nHi = Math.max(nHi, last)
    dLo = Math.min(dLo, d)
    dHi = Math.max(dHi, d)
  }
  if (dLo > dHi) {
    intervals.contradictions += 1
    return false
  }
  let changed = intervals.narrow(constraint.denominator, dLo, dHi)
  if (!fixed) changed = intervals.narrow(constraint.numerator as string, nLo, nHi) || changed
  return changed
}

/** Applies every constraint until nothing changes (or `maxRounds` passes); returns the rounds run. */
export function propagate(intervals: Intervals, constraints: readonly Constraint[], maxRounds = 50): number {
  for (let round = 1; round <= maxRounds; round += 1) {
    let changed = false
    for (const constraint of constraints) {
      const tightened =
        constraint.kind === 'share' ? applyShare(intervals, constraint) : applySum(intervals, constraint)
      changed = tightened || changed
    }
    if (!changed) return round
  }
  return maxRounds
}
