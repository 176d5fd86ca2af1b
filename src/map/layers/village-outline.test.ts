import { describe, expect, it } from 'vitest'
import { isDrawn, paintOf } from '../testing/paint-probe.ts'
import { buildVillageHighlight, buildVillageOutline } from './village-outline.ts'

describe('buildVillageOutline()', () => {
  it('draws thin lines between villages that thicken as the map zooms in', () => {
    const layer = buildVillageOutline({ color: '#ffffff' })
    expect(paintOf(layer, 'line-color')).toBe('#ffffff')
    expect(paintOf(layer, 'line-width', { zoom: 7 })).toBe(0.4)
    expect(paintOf(layer, 'line-width', { zoom: 13 })).toBe(1.6)
    expect(isDrawn(layer, { geometry: 'Point' })).toBe(false)
  })
})

describe('buildVillageHighlight()', () => {
  it.each([
    { name: 'the selected village with a thick ring', state: { selected: true }, width: 3, opacity: 1 },
    { name: 'selected wins over hovered', state: { selected: true, hover: true }, width: 3, opacity: 1 },
    { name: 'the hovered village with a thinner ring', state: { hover: true }, width: 2, opacity: 1 },
    { name: 'no ring on any other village', state: {}, width: 0, opacity: 0 },
    { name: 'no ring once hover ends', state: { hover: false, selected: false }, width: 0, opacity: 0 },
  ])('draws $name', ({ state, width, opacity }) => {
    const layer = buildVillageHighlight({ color: '#000000' })
    expect(paintOf(layer, 'line-width', { state })).toBe(width)
    expect(paintOf(layer, 'line-opacity', { state })).toBe(opacity)
    expect(paintOf(layer, 'line-color', { state })).toBe('#000000')
  })
})
