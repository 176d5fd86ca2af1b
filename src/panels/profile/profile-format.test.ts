import { describe, expect, it } from 'vitest'
import type { IndicatorValue } from '../../data/indicators.ts'
import { createI18n } from '../../i18n/i18n.ts'
import type { Rank } from '../../indicators/rank.ts'
import type { Language } from '../../lib/language.ts'
import { describeProfileRank, describeProfileValue } from './profile-format.ts'

const translators = { id: createI18n('id'), en: createI18n('en') }
const tOf = (language: Language) => (key: string, options?: Record<string, string | number>) =>
  translators[language].t(key, options)

const percent = { id: 'persen_kk_desil_1_4', unit: { id: '%', en: '%' }, decimals: 1 }
const rupiah = { id: 'dana_desa', unit: { id: 'Rp', en: 'Rp' }, decimals: 0 }
const idm = { id: 'status_idm', unit: { id: 'kelas', en: 'class' }, decimals: 0 }

describe('describeProfileValue()', () => {
  it.each<{ value: IndicatorValue | null; indicator: typeof percent; language: Language; expected: string }>([
    { value: { nilai: 55.51, status: 'ada' }, indicator: percent, language: 'id', expected: '55,5 %' },
    { value: { nilai: 55.51, status: 'ada' }, indicator: percent, language: 'en', expected: '55.5 %' },
    {
      value: { nilai: 1076993951, status: 'ada' },
      indicator: rupiah,
      language: 'id',
      expected: 'Rp 1.076.993.951',
    },
    { value: { nilai: 3, status: 'ada' }, indicator: idm, language: 'id', expected: '3 · Berkembang' },
    { value: { nilai: 5, status: 'ada' }, indicator: idm, language: 'en', expected: '5 · Independent' },
    {
      value: { nilai: null, status: 'ditahan' },
      indicator: percent,
      language: 'id',
      expected: 'Ditahan (jumlah kecil)',
    },
    {
      value: { nilai: null, status: 'tidak_berlaku' },
      indicator: rupiah,
      language: 'en',
      expected: 'Not applicable',
    },
    { value: null, indicator: idm, language: 'id', expected: '—' },
  ])(
    'shows $value.nilai ($value.status) of $indicator.id in $language as "$expected"',
    ({ value, indicator, language, expected }) => {
      expect(describeProfileValue(value, indicator, language, tOf(language))).toBe(expected)
    },
  )
})

describe('describeProfileValue() without the unit', () => {
  it.each<{ value: IndicatorValue; expected: string }>([
    { value: { nilai: 1234.5, status: 'ada' }, expected: '1.234,5' },
    { value: { nilai: null, status: 'ditahan' }, expected: 'Ditahan (jumlah kecil)' },
  ])('shows $value.nilai as "$expected"', ({ value, expected }) => {
    expect(describeProfileValue(value, percent, 'id', tOf('id'), { withUnit: false })).toBe(expected)
  })
})

describe('describeProfileRank()', () => {
  it.each<{ rank: Rank; language: Language; expected: string }>([
    {
      rank: { kind: 'ranked', rank: 12, rankedCount: 141, total: 141, isTied: false },
      language: 'id',
      expected: '12 dari 141',
    },
    {
      rank: { kind: 'ranked', rank: 3, rankedCount: 138, total: 141, isTied: true },
      language: 'en',
      expected: '3 (tied) of 138',
    },
    {
      rank: { kind: 'not-ranked', reason: 'ditahan', total: 141 },
      language: 'id',
      expected: 'Tidak diperingkat: ditahan (jumlah kecil)',
    },
    {
      rank: { kind: 'not-ranked', reason: 'tidak_berlaku', total: 141 },
      language: 'en',
      expected: 'Not ranked: not applicable',
    },
  ])('says $rank.kind in $language as "$expected"', ({ rank, language, expected }) => {
    expect(describeProfileRank(rank, tOf(language))).toBe(expected)
  })
})
