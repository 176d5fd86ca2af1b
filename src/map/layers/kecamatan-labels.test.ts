import { describe, expect, it } from 'vitest'
import { isDrawn, layoutOf, paintOf } from '../testing/paint-probe.ts'
import { buildKecamatanLabels } from './kecamatan-labels.ts'
import { buildVillageLabels, VILLAGE_LABELS_MIN_ZOOM } from './village-labels.ts'

const params = { font: 'Test Sans', textColor: '#111111', haloColor: '#ffffff' }
const KECAMATAN = { geometry: 'Point' as const, properties: { nama: 'Sangatta Utara', luas_km2: 1200 } }

describe('buildKecamatanLabels()', () => {
  it('labels kecamatan by name in capitals, in the text colour with a halo', () => {
    const layer = buildKecamatanLabels(params)
    expect(layoutOf(layer, 'text-field', KECAMATAN)?.toString()).toBe('Sangatta Utara')
    expect(layoutOf(layer, 'text-transform', KECAMATAN)).toBe('uppercase')
    expect(paintOf(layer, 'text-color', KECAMATAN)).toBe('#111111')
    expect(paintOf(layer, 'text-halo-color', KECAMATAN)).toBe('#ffffff')
  })

  it('places larger kecamatan first when labels collide', () => {
    const layer = buildKecamatanLabels(params)
    const small = layoutOf(layer, 'symbol-sort-key', { ...KECAMATAN, properties: { luas_km2: 10 } })
    const large = layoutOf(layer, 'symbol-sort-key', KECAMATAN)
    const unknown = layoutOf(layer, 'symbol-sort-key', { ...KECAMATAN, properties: {} })
    expect(Number(large)).toBeLessThan(Number(small))
    expect(Number(unknown) === 0).toBe(true)
  })

  it('grows with the zoom and fades once village names take over', () => {
    const layer = buildKecamatanLabels(params)
    expect(Number(layoutOf(layer, 'text-size', { ...KECAMATAN, zoom: 13 }))).toBeGreaterThan(
      Number(layoutOf(layer, 'text-size', { ...KECAMATAN, zoom: 7 })),
    )
    expect(paintOf(layer, 'text-opacity', { ...KECAMATAN, zoom: 8 })).toBe(1)
    expect(paintOf(layer, 'text-opacity', { ...KECAMATAN, zoom: 13 })).toBe(0.45)
  })
})

describe('the label layers', () => {
  it.each([
    { name: 'kecamatan', layer: buildKecamatanLabels(params) },
    { name: 'village', layer: buildVillageLabels(params) },
  ])('draw $name names with the given font only, so no glyph server is needed', ({ layer }) => {
    expect(layoutOf(layer, 'text-font', KECAMATAN)).toEqual(['Test Sans'])
  })

  it('shows village names only once zoomed in', () => {
    const layer = buildVillageLabels(params)
    expect(isDrawn(layer, { ...KECAMATAN, zoom: VILLAGE_LABELS_MIN_ZOOM - 0.1 })).toBe(false)
    expect(isDrawn(layer, { ...KECAMATAN, zoom: VILLAGE_LABELS_MIN_ZOOM })).toBe(true)
  })
})
