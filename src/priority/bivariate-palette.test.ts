import { describe, expect, it } from 'vitest'
import { BIVARIATE_COLORS } from './bivariate.ts'
import { perceivedLab, smallestDistance } from './testing/colour-vision.ts'

describe('BIVARIATE_COLORS', () => {
  // ΔE ≈ 10 reads as clearly different side by side; red–green deficiencies affect ~8% of men, tritanopia
  // ~0.01% of people, hence the lower bar there.
  it.each([
    { deficiency: null, minimum: 10 },
    { deficiency: 'protanopia', minimum: 10 },
    { deficiency: 'deuteranopia', minimum: 10 },
    { deficiency: 'tritanopia', minimum: 5 },
  ] as const)('keeps all nine classes apart with $deficiency (ΔE ≥ $minimum)', ({ deficiency, minimum }) => {
    expect(smallestDistance(BIVARIATE_COLORS, deficiency)).toBeGreaterThanOrEqual(minimum)
  })

  it('darkens along both axes, so "high need, low coverage" (index 8) is the darkest class', () => {
    const lightness = BIVARIATE_COLORS.map((hex) => perceivedLab(hex, null)[0])
    expect(Math.min(...lightness)).toBe(lightness[8])
    for (const row of [0, 3, 6]) {
      expect(lightness[row]).toBeGreaterThan(lightness[row + 1] ?? 0)
      expect(lightness[row + 1]).toBeGreaterThan(lightness[row + 2] ?? 0)
    }
    for (const column of [0, 1, 2]) {
      expect(lightness[column]).toBeGreaterThan(lightness[column + 3] ?? 0)
      expect(lightness[column + 3]).toBeGreaterThan(lightness[column + 6] ?? 0)
    }
  })
})
