import { describe, expect, it } from 'vitest'
import { FILL_PARAMS } from '../testing/fill-params.ts'
import { isDrawn, paintOf } from '../testing/paint-probe.ts'
import { buildKecamatanFill } from './kecamatan-fill.ts'
import { buildVillageFill, DIMMED_OPACITY } from './village-fill.ts'

describe('buildKecamatanFill()', () => {
  it.each([
    { value: 3, status: 'ada' },
    { value: 20, status: 'ada' },
    { value: null, status: 'tidak_ada' },
    { value: 15, status: 'ditahan' },
  ])('paints a kecamatan with value $value ($status) as the village fill paints a village', (state) => {
    const kecamatan = buildKecamatanFill({ ...FILL_PARAMS, isVisible: true })
    expect(paintOf(kecamatan, 'fill-color', { state })).toBe(
      paintOf(buildVillageFill(FILL_PARAMS), 'fill-color', { state }),
    )
  })

  it('reads the kecamatan source, polygons only', () => {
    const layer = buildKecamatanFill({ ...FILL_PARAMS, isVisible: true })
    expect(layer.source).toBe('kecamatan')
    expect(isDrawn(layer, { geometry: 'Point' })).toBe(false)
  })

  it.each([
    { isVisible: true, expected: true },
    { isVisible: false, expected: false },
  ])('is drawn: $expected when isVisible is $isVisible', ({ isVisible, expected }) => {
    expect(isDrawn(buildKecamatanFill({ ...FILL_PARAMS, isVisible }))).toBe(expected)
  })

  it.each([
    { name: 'a hovered kecamatan fully opaque', state: { hover: true }, expected: 1 },
    { name: 'a dimmed kecamatan faintly', state: { dimmed: true }, expected: DIMMED_OPACITY },
    { name: 'any other nearly opaque', state: {}, expected: 0.92 },
  ])('draws $name', ({ state, expected }) => {
    expect(paintOf(buildKecamatanFill({ ...FILL_PARAMS, isVisible: true }), 'fill-opacity', { state })).toBe(
      expected,
    )
  })
})
