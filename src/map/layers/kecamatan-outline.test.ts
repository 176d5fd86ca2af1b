import { describe, expect, it } from 'vitest'
import { isDrawn, paintOf } from '../testing/paint-probe.ts'
import { buildKecamatanCasing, buildKecamatanOutline } from './kecamatan-outline.ts'

describe('buildKecamatanOutline()', () => {
  it('draws kecamatan boundaries as a solid line in the given colour, polygons only', () => {
    const layer = buildKecamatanOutline({ color: '#33414e' })
    expect(layer.source).toBe('kecamatan')
    expect(paintOf(layer, 'line-color')).toBe('#33414e')
    expect(paintOf(layer, 'line-opacity')).toBe(1)
    expect(isDrawn(layer, { geometry: 'Point' })).toBe(false)
  })
})

describe('buildKecamatanCasing()', () => {
  it.each([7, 10, 13])('draws a wider, translucent band for the line to sit on at zoom %d', (zoom) => {
    const line = buildKecamatanOutline({ color: '#33414e' })
    const casing = buildKecamatanCasing({ color: '#ffffff' })
    expect(Number(paintOf(casing, 'line-width', { zoom }))).toBeGreaterThan(
      Number(paintOf(line, 'line-width', { zoom })),
    )
    expect(paintOf(casing, 'line-opacity')).toBeLessThan(1)
    expect(paintOf(casing, 'line-color')).toBe('#ffffff')
  })
})
