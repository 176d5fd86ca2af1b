import { describe, expect, it } from 'vitest'
import { getClassColors } from './class-colors.ts'
import { palettes } from './palettes.ts'
import { DEFAULT_INDICATOR_ID, getIndicator, indicators } from './registry.ts'

describe('indicator registry', () => {
  it('has unique snake_case ids', () => {
    const ids = indicators.map((indicator) => indicator.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/)
  })

  it.each(indicators)('fills every text of $id in both languages', (indicator) => {
    for (const text of [indicator.label, indicator.unit, indicator.description]) {
      expect(text.id.trim()).not.toBe('')
      expect(text.en.trim()).not.toBe('')
    }
  })

  it.each(indicators)('uses an existing palette and a sane classification for $id', (indicator) => {
    expect(palettes).toHaveProperty(indicator.palette)
    expect(indicator.decimals).toBeGreaterThanOrEqual(0)
    const classification = indicator.classification as { method: string; classes?: number; breaks?: number[] }
    if (classification.method === 'manual') {
      expect(classification.breaks).toEqual([...(classification.breaks ?? [])].sort((a, b) => a - b))
    } else {
      expect(classification.classes).toBeGreaterThanOrEqual(2)
      expect(classification.classes).toBeLessThanOrEqual(9)
    }
    expect(
      getClassColors(indicator.palette, { thresholds: [1], min: 0, max: 2 }, indicator.direction),
    ).toHaveLength(2)
  })

  it('resolves the default indicator', () => {
    expect(getIndicator(DEFAULT_INDICATOR_ID).id).toBe(DEFAULT_INDICATOR_ID)
  })
})
