/**
 * How much disclosure control changed the published figures (printed by the build and by `npm run bench`,
 * written to indicators.json): per kind of cell, how many were changed and by how much.
 */
import type { ProtectedFigures } from './protect-figures.ts'
import type { RawFigures } from './raw-figures.ts'

/** Change of one family of cells. */
export interface CellChange {
  /** Cells compared (a value before and after). */
  cells: number
  /** Cells whose published value differs from the true one. */
  changed: number
  /** Mean of |published − true|. */
  mean_abs: number
  /** Largest |published − true|. */
  max_abs: number
  /** Largest |published − true| / true among cells whose true value is 5 or more. */
  max_relative_ge5: number
}

/** The information loss of one publication. */
export interface InformationLoss {
  /** Household and person counts in indicators.csv. */
  counts: CellChange
  /** Households per combination of programs (program-combinations.csv). */
  combinations: CellChange
  /** Percentages built on household counts, in percentage points (`withheld`: every kind of ratio). */
  shares: CellChange & { withheld: number }
}

function measure(pairs: ReadonlyArray<readonly [number, number]>): CellChange {
  let changed = 0
  let sumAbs = 0
  let maxAbs = 0
  let maxRelative = 0
  for (const [truth, published] of pairs) {
    const difference = Math.abs(published - truth)
    if (difference > 1e-9) changed += 1
    sumAbs += difference
    maxAbs = Math.max(maxAbs, difference)
    if (truth >= 5) maxRelative = Math.max(maxRelative, difference / truth)
  }
  return {
    cells: pairs.length,
    changed,
    mean_abs: pairs.length === 0 ? 0 : sumAbs / pairs.length,
    max_abs: maxAbs,
    max_relative_ge5: maxRelative,
  }
}

/** Compares the published figures with the raw ones they were made from (same order, same rows). */
export function measureInformationLoss(raw: RawFigures, published: ProtectedFigures): InformationLoss {
  const counts: Array<[number, number]> = []
  const shares: Array<[number, number]> = []
  let withheld = 0
  raw.indicators.forEach((row, index) => {
    const out = published.indicators[index]
    const isProtected = row.pembilang_rahasia || row.penyebut_rahasia
    if (!out || !isProtected || !row.berlaku || row.nilai === null) return
    if (out.status === 'ditahan') withheld += 1
    if (out.nilai === null) return
    if (row.penyebut_nama === null) counts.push([row.nilai, out.nilai])
    else if (row.skala === 100) shares.push([row.nilai, out.nilai])
  })
  const combinations = raw.combinations.map(
    (row, index) => [row.jumlah_kk, published.combinations[index]?.jumlah_kk ?? 0] as [number, number],
  )
  return {
    counts: measure(counts),
    combinations: measure(combinations),
    shares: { ...measure(shares), withheld },
  }
}
