import { describe, expect, it } from 'vitest'
import {
  type DivergingPaletteId,
  divergingPalettes,
  getDivergingColors,
  getPaletteColors,
  NO_DATA_COLOR,
  type PaletteId,
  palettes,
  WITHHELD_COLOR,
} from './palettes.ts'

const ids = Object.keys(palettes) as PaletteId[]
const divergingIds = Object.keys(divergingPalettes) as DivergingPaletteId[]

describe('getPaletteColors()', () => {
  it.each(ids.flatMap((id) => [1, 2, 3, 4, 5, 6, 7, 8, 9].map((count) => ({ id, count }))))(
    'gives $count distinct hex colours for $id',
    ({ id, count }) => {
      const colors = getPaletteColors(id, count)
      expect(colors).toHaveLength(count)
      expect(new Set(colors).size).toBe(count)
      for (const color of colors) expect(color).toMatch(/^#[0-9a-f]{6}$/)
    },
  )

  it.each(ids)('never uses the no-data or withheld colour in %s', (id) => {
    for (let count = 1; count <= 9; count++) {
      expect(getPaletteColors(id, count)).not.toContain(NO_DATA_COLOR)
      expect(getPaletteColors(id, count)).not.toContain(WITHHELD_COLOR)
    }
  })

  it('keeps no-data and withheld apart', () => {
    expect(WITHHELD_COLOR).not.toBe(NO_DATA_COLOR)
  })
})

describe('getDivergingColors()', () => {
  it.each(
    divergingIds.flatMap((id) =>
      [
        [1, 1],
        [2, 3],
        [4, 4],
        [0, 5],
        [3, 0],
      ].map(([below = 0, above = 0]) => ({ id, below, above })),
    ),
  )('gives $below + $above distinct hex colours for $id', ({ id, below, above }) => {
    const colors = getDivergingColors(id, below, above, 'higher-is-worse')
    expect(colors).toHaveLength(below + above)
    expect(new Set(colors).size).toBe(below + above)
    for (const color of colors) expect(color).toMatch(/^#[0-9a-f]{6}$/)
  })

  // RdBu 4-class, blue to red: #0571b0 #92c5de | #f4a582 #ca0020
  const RD_BU_FOUR = ['#0571b0', '#92c5de', '#f4a582', '#ca0020']

  it('puts blue under zero and red over zero when a rise is worse', () => {
    expect(getDivergingColors('rd_bu', 2, 2, 'higher-is-worse')).toEqual(RD_BU_FOUR)
  })

  it('swaps the ends when a rise is better', () => {
    expect(getDivergingColors('rd_bu', 2, 2, 'higher-is-better')).toEqual([...RD_BU_FOUR].reverse())
  })

  it('gives equal intensity at equal distance from zero on a lopsided split', () => {
    const colors = getDivergingColors('rd_bu', 1, 3, 'higher-is-worse')
    const sixClass = divergingPalettes.rd_bu[6] ?? []
    expect(colors).toEqual([sixClass[2], sixClass[3], sixClass[4], sixClass[5]])
  })

  it('repeats the darkest colour rather than failing beyond five classes a side', () => {
    const colors = getDivergingColors('pu_or', 0, 7, 'higher-is-worse')
    expect(colors).toHaveLength(7)
    expect(colors[6]).toBe(colors[5])
  })
})
