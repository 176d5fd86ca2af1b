import { describe, expect, it } from 'vitest'
import type { ValueStatus } from '../data/indicators.ts'
import { makeIndicatorDefinition } from '../data/testing/make-indicator-definition.ts'
import { createI18n } from '../i18n/i18n.ts'
import type { ValueClasses } from '../indicators/value-classes.ts'
import { formatAreaValue } from './area-value-text.ts'

function makeClasses(): ValueClasses {
  const entries: [string, number | null, ValueStatus][] = [
    ['a', 1.25, 'ada'],
    ['b', -0.5, 'ada'],
    ['c', null, 'ditahan'],
  ]
  return {
    values: new Map(entries.map(([kode, value]) => [kode, value])),
    statuses: new Map(entries.map(([kode, , status]) => [kode, status])),
    breaks: { thresholds: [0], min: -0.5, max: 1.25 },
    colors: ['#00f', '#f00'],
    counts: [1, 1],
    statusCounts: { ditahan: 1, tidak_ada: 0, tidak_berlaku: 0 },
  }
}

const indicator = makeIndicatorDefinition('persen_x', { levels: ['desa'] })

describe('formatAreaValue()', () => {
  it.each([
    { kode: 'a', mode: 'single', changeUnit: null, language: 'id', expected: '1,3 %' },
    {
      kode: 'a',
      mode: 'change',
      changeUnit: 'percentage-points',
      language: 'id',
      expected: '+1,3 poin persen',
    },
    {
      kode: 'b',
      mode: 'change',
      changeUnit: 'percentage-points',
      language: 'en',
      expected: '-0.5 percentage points',
    },
    {
      kode: 'c',
      mode: 'change',
      changeUnit: 'percentage-points',
      language: 'en',
      expected: 'Withheld (small number)',
    },
  ] as const)(
    'writes $kode in a $mode map in $language as "$expected"',
    ({ kode, mode, changeUnit, language, expected }) => {
      const { t } = createI18n(language)
      expect(formatAreaValue(makeClasses(), kode, indicator, { mode, changeUnit }, language, t)).toBe(
        expected,
      )
    },
  )
})
