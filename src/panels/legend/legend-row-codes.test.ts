import { describe, expect, it } from 'vitest'
import type { ValueStatus } from '../../data/indicators.ts'
import type { LegendRowKey } from '../../indicators/legend-items.ts'
import type { ValueClasses } from '../../indicators/value-classes.ts'
import { getLegendRowCodes } from './legend-row-codes.ts'

function makeClasses(): ValueClasses {
  const entries: [string, number | null, ValueStatus][] = [
    ['a', 1, 'ada'],
    ['b', 5, 'ada'],
    ['c', 9, 'ada'],
    ['d', null, 'ditahan'],
    ['e', null, 'tidak_ada'],
    ['f', null, 'tidak_berlaku'],
  ]
  return {
    values: new Map(entries.map(([kode, value]) => [kode, value])),
    statuses: new Map(entries.map(([kode, , status]) => [kode, status])),
    breaks: { thresholds: [4, 8], min: 1, max: 9 },
    colors: ['#fff', '#888', '#000'],
    counts: [1, 1, 1],
    statusCounts: { ditahan: 1, tidak_ada: 1, tidak_berlaku: 1 },
  }
}

describe('getLegendRowCodes()', () => {
  it.each<{ key: LegendRowKey; codes: string[] }>([
    { key: 'class-0', codes: ['a'] },
    { key: 'class-2', codes: ['c'] },
    { key: 'class-5', codes: [] },
    { key: 'withheld', codes: ['d'] },
    { key: 'no-data', codes: ['e'] },
    { key: 'not-applicable', codes: ['f'] },
  ])('gives the areas of row $key', ({ key, codes }) => {
    expect([...getLegendRowCodes(makeClasses(), key)]).toEqual(codes)
  })
})
