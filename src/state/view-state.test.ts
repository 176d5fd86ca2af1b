import { describe, expect, it } from 'vitest'
import { getCoordinateDecimals, isAreaCode, roundCamera } from './view-state.ts'

describe('getCoordinateDecimals()', () => {
  it.each([
    { zoom: 0, expected: 1 },
    { zoom: 5, expected: 2 },
    { zoom: 9, expected: 3 },
    { zoom: 13, expected: 5 },
    { zoom: 22, expected: 6 },
  ])('keeps $expected decimals at zoom $zoom (about one pixel)', ({ zoom, expected }) => {
    expect(getCoordinateDecimals(zoom)).toBe(expected)
  })
})

describe('roundCamera()', () => {
  it.each([
    {
      name: 'rounds to about a pixel',
      camera: { lng: 117.512345, lat: 0.523456, zoom: 9.2049 },
      expected: { lng: 117.512, lat: 0.523, zoom: 9.2 },
    },
    {
      name: 'clamps zoom and latitude',
      camera: { lng: 117, lat: 89, zoom: 30 },
      expected: { lng: 117, lat: 85.0511, zoom: 22 },
    },
    {
      name: 'wraps longitude',
      camera: { lng: 190, lat: 0, zoom: 2 },
      expected: { lng: -170, lat: 0, zoom: 2 },
    },
    {
      name: 'never gives negative zero',
      camera: { lng: -0.00001, lat: -0.00001, zoom: 3 },
      expected: { lng: 0, lat: 0, zoom: 3 },
    },
  ])('$name', ({ camera, expected }) => {
    expect(roundCamera(camera)).toEqual(expected)
  })

  it('gives the same camera when rounding twice', () => {
    const once = roundCamera({ lng: 117.987654, lat: 1.234567, zoom: 11.876 })
    expect(roundCamera(once)).toEqual(once)
  })
})

describe('isAreaCode()', () => {
  it.each([
    { code: '64.08.04.2011', expected: true },
    { code: '64.08.04', expected: true },
    { code: '6408042011', expected: false },
    { code: '64.08', expected: false },
    { code: '', expected: false },
  ])('says $expected for "$code"', ({ code, expected }) => {
    expect(isAreaCode(code)).toBe(expected)
  })
})
