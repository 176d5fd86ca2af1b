import { describe, expect, it } from 'vitest'
import { getPaletteColors, NO_DATA_COLOR, type PaletteId, palettes } from './palettes.ts'

const ids = Object.keys(palettes) as PaletteId[]

describe('getPaletteColors()', () => {
  it.each(ids.flatMap((id) => [1, 2, 3, 5, 9].map((count) => ({ id, count }))))(
    'gives $count distinct hex colours for $id',
    ({ id, count }) => {
      const colors = getPaletteColors(id, count)
      expect(colors).toHaveLength(count)
      expect(new Set(colors).size).toBe(count)
      for (const color of colors) expect(color).toMatch(/^#[0-9a-f]{6}$/)
    },
  )

  it.each(ids)('never uses the no-data colour in %s', (id) => {
    expect(getPaletteColors(id, 9)).not.toContain(NO_DATA_COLOR)
  })
})
