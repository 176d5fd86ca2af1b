import { describe, expect, it } from 'vitest'
import { fitNeed, median, type NeedPoint } from './need-fit.ts'

/** Points on y = 1e9 / x (Dana Desa of Rp 1 M per village whatever its poor count), x = 10, 20, … */
function makePowerLaw(count: number): NeedPoint[] {
  return Array.from({ length: count }, (_, index) => {
    const poorHouseholds = 10 * (index + 1)
    // A small alternating wobble, so the residuals have a spread to scale by.
    const wobble = 1 + (index % 2 === 0 ? 0.02 : -0.02)
    return {
      kode: `64.08.01.${2001 + index}`,
      poorHouseholds,
      perPoorHousehold: (1e9 / poorHouseholds) * wobble,
    }
  })
}

describe('fitNeed()', () => {
  it('finds the slope −1 of money that does not follow need', () => {
    const fit = fitNeed(makePowerLaw(20))
    expect(fit?.slope).toBeCloseTo(-1, 2)
    expect(fit?.points.filter((point) => point.outlier !== null)).toEqual([])
  })

  it.each([
    ['above', 3],
    ['below', 1 / 3],
  ] as const)('calls out a village with far more or less money (%s the trend)', (side, factor) => {
    const points = makePowerLaw(20)
    const planted = points[7] as NeedPoint
    points[7] = { ...planted, perPoorHousehold: planted.perPoorHousehold * factor }
    const fit = fitNeed(points)
    expect(
      fit?.points.filter((point) => point.outlier !== null).map((point) => [point.kode, point.outlier]),
    ).toEqual([[planted.kode, side]])
  })

  it.each([
    ['fewer than 3 usable points', makePowerLaw(2)],
    ['every x the same', makePowerLaw(5).map((point) => ({ ...point, poorHouseholds: 10 }))],
  ])('returns null for %s', (_, points) => {
    expect(fitNeed(points)).toBeNull()
  })

  it('leaves out points that cannot sit on log axes (0 poor households)', () => {
    const points = [...makePowerLaw(5), { kode: '64.08.09.2001', poorHouseholds: 0, perPoorHousehold: 1 }]
    expect(fitNeed(points)?.points.map((point) => point.kode)).not.toContain('64.08.09.2001')
  })
})

describe('median()', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected)
  })
})
