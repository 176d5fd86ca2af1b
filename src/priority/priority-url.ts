import type { NoticeReason, Parsed, UrlNotice } from '../state/url-state.ts'
import {
  COVERAGE_IDS,
  type CoverageId,
  CRITERION_IDS,
  IDM_STATUSES,
  type IdmStatus,
  isCriterionId,
  LIVELIHOODS,
  type Livelihood,
  NEED_IDS,
  type NeedId,
} from './criteria.ts'
import { NORMALISATIONS, type Normalisation } from './normalise.ts'
import type { Weights } from './presets.ts'
import { MAX_WEIGHT, type PrioritySettings, TOP_LIMITS } from './priority-settings.ts'

/** What decoding checks values against; known once the snapshot is loaded. */
export interface PriorityUrlContext {
  years: readonly number[]
  kecamatanCodes: readonly string[]
  villageCodes: readonly string[]
  defaults: PrioritySettings
}

/** A decoded link: always valid settings, plus one notice per ignored value. */
export interface DecodedPrioritySettings {
  settings: PrioritySettings
  notices: UrlNotice[]
}

/** The screen's URL keys in the order they are written; `lang` and `e2e` belong to the app. */
export const PRIORITY_URL_KEYS = [
  't',
  'w',
  'n',
  'bn',
  'bc',
  'kec',
  'idm',
  'mp',
  'jenis',
  'top',
  'desa',
] as const

const accept = <T>(value: T): Parsed<T> => ({ ok: true, value })
const reject = <T>(reason: NoticeReason): Parsed<T> => ({ ok: false, reason })

/** `persen_kk_desil_1_4:40,cakupan_pkh:30`, criteria in the order of the published definitions, zero weights left out. */
export function formatWeights(weights: Weights): string {
  return CRITERION_IDS.filter((id) => (weights[id] ?? 0) > 0)
    .map((id) => `${id}:${weights[id]}`)
    .join(',')
}

/** Reads `formatWeights`' text: whole weights 0–100, known criteria, at least one above 0. */
export function parseWeights(text: string): Parsed<Weights> {
  const weights: Weights = {}
  for (const entry of text.split(',')) {
    const match = /^([a-z0-9_]+):(\d{1,3})$/.exec(entry)
    if (!match) return reject('malformed')
    const [, id = '', digits = ''] = match
    if (!isCriterionId(id)) return reject('unknown')
    if (id in weights) return reject('malformed')
    const weight = Number(digits)
    if (weight > MAX_WEIGHT) return reject('out-of-range')
    weights[id] = weight
  }
  return Object.values(weights).some((weight) => (weight ?? 0) > 0) ? accept(weights) : reject('out-of-range')
}

function parseOneOf<T extends string | number>(text: string, options: readonly T[]): Parsed<T> {
  const found = options.find((option) => String(option) === text)
  return found === undefined ? reject('unknown') : accept(found)
}

function parseIdm(text: string): Parsed<IdmStatus[]> {
  const parts = text.split(',')
  if (!parts.every((part) => /^\d$/.test(part))) return reject('malformed')
  const values = [...new Set(parts.map(Number))].sort((a, b) => a - b)
  if (!values.every((value) => (IDM_STATUSES as readonly number[]).includes(value)))
    return reject('out-of-range')
  return accept(values as IdmStatus[])
}

function parseTop(text: string): Parsed<number> {
  if (!/^\d{1,3}$/.test(text)) return reject('malformed')
  const value = Number(text)
  return value >= TOP_LIMITS.min && value <= TOP_LIMITS.max ? accept(value) : reject('out-of-range')
}

function parseYear(text: string, years: readonly number[]): Parsed<number> {
  if (!/^\d{4}$/.test(text)) return reject('malformed')
  return years.includes(Number(text)) ? accept(Number(text)) : reject('unknown')
}

/**
 * Turns any query string into valid settings. Each value is parsed on its own; an invalid one falls
 * back to its default and is reported as `{ key, value, reason }`. Never throws.
 */
export function decodePrioritySettings(search: string, context: PriorityUrlContext): DecodedPrioritySettings {
  const params = new URLSearchParams(search)
  const notices: UrlNotice[] = []
  const { defaults } = context
  const read = <T>(
    key: (typeof PRIORITY_URL_KEYS)[number],
    parse: (text: string) => Parsed<T>,
    fallback: T,
  ): T => {
    const text = params.get(key)
    if (text === null) return fallback
    const parsed = parse(text)
    if (parsed.ok) return parsed.value
    notices.push({ key, value: text, reason: parsed.reason })
    return fallback
  }
  const kecamatan = read(
    'kec',
    (text) => parseOneOf(text, context.kecamatanCodes),
    defaults.filters.kecamatan,
  )
  const jenis = read(
    'jenis',
    (text) => parseOneOf(text, ['desa', 'kelurahan'] as const),
    defaults.filters.jenis,
  )
  const settings: PrioritySettings = {
    tahun: read('t', (text) => parseYear(text, context.years), defaults.tahun),
    weights: read('w', parseWeights, defaults.weights),
    normalisation: read(
      'n',
      (text) => parseOneOf<Normalisation>(text, NORMALISATIONS),
      defaults.normalisation,
    ),
    bivariate: {
      need: read('bn', (text) => parseOneOf<NeedId>(text, NEED_IDS), defaults.bivariate.need),
      coverage: read('bc', (text) => parseOneOf<CoverageId>(text, COVERAGE_IDS), defaults.bivariate.coverage),
    },
    filters: {
      kecamatan,
      idm: read('idm', parseIdm, defaults.filters.idm),
      livelihood: read(
        'mp',
        (text) => parseOneOf<Livelihood>(text, LIVELIHOODS),
        defaults.filters.livelihood,
      ),
      jenis,
    },
    top: read('top', parseTop, defaults.top),
    selected: read('desa', (text) => parseOneOf(text, context.villageCodes), defaults.selected),
  }
  return { settings, notices }
}

/**
 * The query string of the settings: `t`, `w` and `n` always (so a link keeps its meaning when a new
 * year or new default weights are published), the rest only where it differs from `defaults`. Other
 * parameters of `current` (`lang`, `e2e`) are kept. Commas and colons stay literal for readability.
 */
export function encodePrioritySettings(
  settings: PrioritySettings,
  defaults: PrioritySettings,
  current = '',
): string {
  const params = new URLSearchParams(current)
  for (const key of PRIORITY_URL_KEYS) params.delete(key)
  const values: Record<(typeof PRIORITY_URL_KEYS)[number], string | null> = {
    t: String(settings.tahun),
    w: formatWeights(settings.weights),
    n: settings.normalisation,
    bn: settings.bivariate.need === defaults.bivariate.need ? null : settings.bivariate.need,
    bc: settings.bivariate.coverage === defaults.bivariate.coverage ? null : settings.bivariate.coverage,
    kec: settings.filters.kecamatan,
    idm: settings.filters.idm.length === 0 ? null : settings.filters.idm.join(','),
    mp: settings.filters.livelihood,
    jenis: settings.filters.jenis,
    top: settings.top === defaults.top ? null : String(settings.top),
    desa: settings.selected,
  }
  const ordered = new URLSearchParams()
  for (const key of PRIORITY_URL_KEYS) {
    const value = values[key]
    if (value !== null && value !== '') ordered.set(key, value)
  }
  for (const [key, value] of params) ordered.append(key, value)
  const text = ordered.toString().replaceAll('%2C', ',').replaceAll('%3A', ':')
  return text === '' ? '' : `?${text}`
}
