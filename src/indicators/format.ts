import { type Language, localeOf } from '../lib/language.ts'

/** What is shown in place of a missing value. */
export const MISSING_VALUE_TEXT = '–'

const formatters = new Map<string, Intl.NumberFormat>()

function getFormatter(language: Language, decimals: number): Intl.NumberFormat {
  const key = `${language}:${decimals}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(localeOf(language), {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    })
    formatters.set(key, formatter)
  }
  return formatter
}

/**
 * Formats a number the way readers of each language expect: `1.234,5` in Indonesian (id-ID),
 * `1,234.5` in English (en-GB). A missing value gives an en dash.
 */
export function formatValue(value: number | null, language: Language, decimals: number): string {
  if (value === null || !Number.isFinite(value)) return MISSING_VALUE_TEXT
  return getFormatter(language, decimals).format(value)
}

/** Formats a class range as `lower – upper` (spaced en dash, as both languages' style guides use). */
export function formatRange(lower: number, upper: number, language: Language, decimals: number): string {
  return `${formatValue(lower, language, decimals)} – ${formatValue(upper, language, decimals)}`
}

/** Options of {@link formatRupiah}. */
export interface RupiahOptions {
  /** Short scale words from a million up: `Rp 1,08 M` / `IDR 1.08 bn`. Default: every digit, `Rp 1.080.000.000`. */
  isCompact?: boolean
  /** Always show the sign, `+` or `−` (U+2212), for changes. Zero has none. */
  isSigned?: boolean
}

/**
 * Scale words per language, largest first. Indonesian uses the abbreviations of its budget documents and
 * press (T triliun, M miliar, jt juta); English the ones of financial writing (tn, bn, m).
 */
const RUPIAH_SCALES: Readonly<Record<Language, readonly { size: number; word: string }[]>> = {
  id: [
    { size: 1e12, word: 'T' },
    { size: 1e9, word: 'M' },
    { size: 1e6, word: 'jt' },
  ],
  en: [
    { size: 1e12, word: 'tn' },
    { size: 1e9, word: 'bn' },
    { size: 1e6, word: 'm' },
  ],
}

const CURRENCY: Readonly<Record<Language, string>> = { id: 'Rp', en: 'IDR' }

/**
 * Formats rupiah the way each language writes money: `Rp 1.080.000.000` or compact `Rp 1,08 M` in
 * Indonesian, `IDR 1,080,000,000` or `IDR 1.08 bn` in English. Compact values keep three significant
 * digits (2 decimals below 10 of the unit, 1 above) and stay whole below a million. Missing → en dash.
 */
export function formatRupiah(value: number | null, language: Language, options: RupiahOptions = {}): string {
  if (value === null || !Number.isFinite(value)) return MISSING_VALUE_TEXT
  const magnitude = Math.abs(value)
  const sign = value < 0 ? '−' : options.isSigned && value > 0 ? '+' : ''
  const scale = options.isCompact
    ? RUPIAH_SCALES[language].find((candidate) => magnitude >= candidate.size)
    : undefined
  if (!scale) return `${sign}${CURRENCY[language]} ${formatValue(Math.round(magnitude), language, 0)}`
  const scaled = magnitude / scale.size
  const decimals = scaled < 10 ? 2 : 1
  return `${sign}${CURRENCY[language]} ${formatValue(scaled, language, decimals)} ${scale.word}`
}

/**
 * A change in percent with its sign: `+1,5 %` / `−1,5 %` (U+2212, as {@link formatRupiah}) and `0,0 %`,
 * numbers in the language's style.
 */
export function formatSignedPercent(value: number | null, language: Language, decimals: number): string {
  if (value === null || !Number.isFinite(value)) return MISSING_VALUE_TEXT
  const text = formatValue(Math.abs(value), language, decimals)
  const isZero = Number(formatValue(Math.abs(value), 'en', decimals).replaceAll(',', '')) === 0
  const sign = isZero ? '' : value < 0 ? '−' : '+'
  return `${sign}${text} %`
}
