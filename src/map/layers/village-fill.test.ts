import { describe, expect, it } from 'vitest'
import { FILL_PARAMS } from '../testing/fill-params.ts'
import { isDrawn, paintOf } from '../testing/paint-probe.ts'
import { buildVillageFill, DIMMED_OPACITY } from './village-fill.ts'

describe('buildVillageFill()', () => {
  it.each([
    { name: 'a value in the lowest class', state: { value: 3, status: 'ada' }, expected: '#eeeeee' },
    { name: 'a value on the first threshold', state: { value: 10, status: 'ada' }, expected: '#999999' },
    { name: 'a value just below a threshold', state: { value: 19.99, status: 'ada' }, expected: '#999999' },
    { name: 'a value in the top class', state: { value: 250, status: 'ada' }, expected: '#333333' },
    { name: 'no value', state: { value: null, status: 'tidak_ada' }, expected: '#cccccc' },
    { name: 'no feature-state yet', state: {}, expected: '#cccccc' },
    { name: 'a withheld value', state: { value: null, status: 'ditahan' }, expected: '#888888' },
    { name: 'withheld even with a number', state: { value: 12, status: 'ditahan' }, expected: '#888888' },
    {
      name: 'not applicable as no data by default',
      state: { value: null, status: 'tidak_berlaku' },
      expected: '#cccccc',
    },
  ])('paints $name', ({ state, expected }) => {
    expect(paintOf(buildVillageFill(FILL_PARAMS), 'fill-color', { state })).toBe(expected)
  })

  it('paints areas the figure does not apply to in their own colour when given one', () => {
    const layer = buildVillageFill({ ...FILL_PARAMS, notApplicableColor: '#e4dcef' })
    expect(paintOf(layer, 'fill-color', { state: { value: null, status: 'tidak_berlaku' } })).toBe('#e4dcef')
    expect(paintOf(layer, 'fill-color', { state: { value: null, status: 'tidak_ada' } })).toBe('#cccccc')
  })

  it.each([
    { name: 'no class', colors: [], expected: '#cccccc' },
    { name: 'a single class', colors: ['#123456'], expected: '#123456' },
  ])('paints every value in one colour with $name', ({ colors, expected }) => {
    const layer = buildVillageFill({ ...FILL_PARAMS, thresholds: [], colors })
    expect(paintOf(layer, 'fill-color', { state: { value: 1 } })).toBe(expected)
    expect(paintOf(layer, 'fill-color', { state: { value: 1e6 } })).toBe(expected)
  })

  it.each([
    { name: 'a hovered village fully opaque', state: { hover: true }, expected: 1 },
    { name: 'the selected village fully opaque', state: { selected: true, dimmed: true }, expected: 1 },
    { name: 'a dimmed village faintly', state: { dimmed: true }, expected: DIMMED_OPACITY },
    { name: 'any other village nearly opaque', state: {}, expected: 0.92 },
  ])('draws $name', ({ state, expected }) => {
    expect(paintOf(buildVillageFill(FILL_PARAMS), 'fill-opacity', { state })).toBe(expected)
  })

  it('fills polygons only, from the villages source', () => {
    const layer = buildVillageFill(FILL_PARAMS)
    expect(layer.source).toBe('villages')
    expect(isDrawn(layer, { geometry: 'Polygon' })).toBe(true)
    expect(isDrawn(layer, { geometry: 'Point' })).toBe(false)
  })
})
