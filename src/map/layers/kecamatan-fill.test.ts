import { describe, expect, it } from 'vitest'
import { isDrawn, paintOf } from '../testing/paint-probe.ts'
import { buildKecamatanFill } from './kecamatan-fill.ts'
import { buildVillageFill, DIMMED_OPACITY } from './village-fill.ts'

const params = {
  thresholds: [10, 20],
  colors: ['#eeeeee', '#999999', '#333333'],
  noDataColor: '#cccccc',
  withheldColor: '#888888',
}

describe('buildKecamatanFill()', () => {
  it.each([
    { value: 3, status: 'ada' },
    { value: 20, status: 'ada' },
    { value: null, status: 'tidak_ada' },
    { value: 15, status: 'ditahan' },
  ])('paints a kecamatan with value $value ($status) as the village fill paints a village', (state) => {
    const kecamatan = buildKecamatanFill({ ...params, isVisible: true })
    expect(paintOf(kecamatan, 'fill-color', { state })).toBe(
      paintOf(buildVillageFill(params), 'fill-color', { state }),
    )
  })

  it('reads the kecamatan source, polygons only', () => {
    const layer = buildKecamatanFill({ ...params, isVisible: true })
    expect(layer.source).toBe('kecamatan')
    expect(isDrawn(layer, { geometry: 'Point' })).toBe(false)
  })

  it.each([
    { isVisible: true, expected: true },
    { isVisible: false, expected: false },
  ])('is drawn: $expected when isVisible is $isVisible', ({ isVisible, expected }) => {
    expect(isDrawn(buildKecamatanFill({ ...params, isVisible }))).toBe(expected)
  })

  it.each([
    { name: 'a hovered kecamatan fully opaque', state: { hover: true }, expected: 1 },
    { name: 'a dimmed kecamatan faintly', state: { dimmed: true }, expected: DIMMED_OPACITY },
    { name: 'any other nearly opaque', state: {}, expected: 0.92 },
  ])('draws $name', ({ state, expected }) => {
    expect(paintOf(buildKecamatanFill({ ...params, isVisible: true }), 'fill-opacity', { state })).toBe(
      expected,
    )
  })
})
