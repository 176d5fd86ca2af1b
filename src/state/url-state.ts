import {
  type Classification,
  DATA_METHODS,
  type DataMethod,
  isValidClassification,
} from '../indicators/classify.ts'
import {
  type Camera,
  COMPARE_MODES,
  DISTRICT_CODE,
  LEVELS,
  MAX_LATITUDE,
  MAX_ZOOM,
  roundCamera,
  VILLAGE_CODE,
  type ViewState,
} from './view-state.ts'

/** Why a URL value was not used; the value's default took its place. */
export type NoticeReason =
  /** Well-formed but not one we know (an indicator, year, level or method). */
  | 'unknown'
  /** Cannot be read at all (not a number, a code or a known shape). */
  | 'malformed'
  /** Readable but outside the limits (3–9 classes, latitude, a compare year equal to the year). */
  | 'out-of-range'
  /** Contradicts another parameter that won (a district selected next to a village). */
  | 'conflict'

/** One URL value that was ignored, for a "this link was partly out of date" notice. */
export interface UrlNotice {
  key: string
  value: string
  reason: NoticeReason
}

/**
 * One rewrite of old URLs into current ones, run before decoding. Add one whenever a published key or
 * value changes (an indicator id is never renamed without one); never edit or remove an old one.
 */
export interface UrlMigration {
  /** What changed and when, for the reader of this list. */
  description: string
  /** Returns the rewritten parameters; must not change its input. */
  migrate: (params: URLSearchParams) => URLSearchParams
}

/** Migrations in the order they were added; every URL runs through all of them. */
export const URL_MIGRATIONS: readonly UrlMigration[] = []

/** What `decodeViewState` checks values against. */
export interface ViewStateContext {
  /** Ids of the registered indicators. */
  indicatorIds: readonly string[]
  /** Years with data. Decode once they are known: any `t` outside this list falls back to the default. */
  years: readonly number[]
  /** What a missing or invalid value falls back to. */
  defaults: ViewState
  /** Defaults to `URL_MIGRATIONS`; tests pass their own. */
  migrations?: readonly UrlMigration[]
}

/** A decoded URL: always a valid state, plus one notice per ignored value. */
export interface DecodedViewState {
  state: ViewState
  notices: UrlNotice[]
}

/** The URL keys of `ViewState`, in the order they are written. */
const VIEW_KEYS = ['i', 't', 'vs', 'vm', 'c', 'lv', 'desa', 'kec', 'cam'] as const

/** Short URL tokens of the methods; decoding also accepts the full method names. */
const METHOD_TOKENS = {
  quantile: 'quantile',
  'equal-interval': 'equal',
  jenks: 'jenks',
  pretty: 'pretty',
  'standard-deviation': 'sd',
} as const satisfies Record<DataMethod, string>

const NUMBER = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/
const YEAR = /^\d{4}$/

/** `jenks.5`, `sd.4`, `manual.10_20_30`. */
export function formatClassification(classification: Classification): string {
  if (classification.method === 'manual') return `manual.${classification.breaks.join('_')}`
  return `${METHOD_TOKENS[classification.method]}.${classification.classes}`
}

/** A parsed URL value, or why it could not be used. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: NoticeReason }

function accept<T>(value: T): Parsed<T> {
  return { ok: true, value }
}

function reject<T>(reason: NoticeReason): Parsed<T> {
  return { ok: false, reason }
}

/** Reads `formatClassification`'s text. */
export function parseClassification(text: string): Parsed<Classification> {
  const dot = text.indexOf('.')
  const token = dot === -1 ? text : text.slice(0, dot)
  const rest = dot === -1 ? '' : text.slice(dot + 1)
  const method = DATA_METHODS.find((name) => name === token || METHOD_TOKENS[name] === token)
  if (method === undefined && token !== 'manual') return reject('unknown')
  const numbers = rest.split('_')
  if (!numbers.every((part) => NUMBER.test(part))) return reject('malformed')
  if (method !== undefined && numbers.length !== 1) return reject('malformed')
  const classification: Classification =
    method === undefined
      ? { method: 'manual', breaks: numbers.map(Number) }
      : { method, classes: Number(rest) }
  return isValidClassification(classification) ? accept(classification) : reject('out-of-range')
}

function formatCamera(camera: Camera): string {
  const { lng, lat, zoom } = roundCamera(camera)
  return `${lng},${lat},${zoom}`
}

function parseCamera(text: string): Parsed<Camera> {
  const parts = text.split(',')
  if (parts.length !== 3 || !parts.every((part) => NUMBER.test(part))) return reject('malformed')
  const [lng = 0, lat = 0, zoom = 0] = parts.map(Number)
  const isInRange = Math.abs(lng) <= 180 && Math.abs(lat) <= MAX_LATITUDE && zoom >= 0 && zoom <= MAX_ZOOM
  return isInRange ? accept(roundCamera({ lng, lat, zoom })) : reject('out-of-range')
}

/** Each key's text for a state, or `null` when the key is not written. */
function getViewParams(state: ViewState): Record<(typeof VIEW_KEYS)[number], string | null> {
  const selected = state.selected
  return {
    i: state.indicator,
    t: String(state.tahun),
    vs: state.compareTahun === null ? null : String(state.compareTahun),
    // The mode only means something next to a compare year.
    vm: state.compareTahun === null ? null : state.compareMode,
    c: state.classification === null ? null : formatClassification(state.classification),
    lv: state.level,
    desa: selected !== null && VILLAGE_CODE.test(selected) ? selected : null,
    kec: selected !== null && DISTRICT_CODE.test(selected) ? selected : null,
    cam: state.camera === null ? null : formatCamera(state.camera),
  }
}

/**
 * Writes the view into a query string, only where it differs from `defaults`; other parameters of
 * `baseSearch` (e.g. `e2e`) are kept. Commas stay literal (RFC 3986 allows them in a query) so
 * `cam=117.51,0.52,9.2` stays readable. Returns `''` or a string starting with `?`.
 */
export function encodeViewState(state: ViewState, defaults: ViewState, baseSearch = ''): string {
  const params = new URLSearchParams(baseSearch)
  for (const key of VIEW_KEYS) params.delete(key)
  const values = getViewParams(state)
  // The default mode is not written, whether or not the defaults compare.
  const fallbacks = { ...getViewParams(defaults), vm: defaults.compareMode }
  for (const key of VIEW_KEYS) {
    const value = values[key]
    if (value !== null && value !== fallbacks[key]) params.set(key, value)
  }
  const text = params.toString().replaceAll('%2C', ',')
  return text === '' ? '' : `?${text}`
}

/** Reads a year that must have data. */
function parseYear(text: string, years: readonly number[]): Parsed<number> {
  if (!YEAR.test(text)) return reject('malformed')
  return years.includes(Number(text)) ? accept(Number(text)) : reject('unknown')
}

/** Reads a value that must be one of a list. */
function parseMember<T extends string>(text: string, members: readonly T[]): Parsed<T> {
  const member = members.find((candidate) => candidate === text)
  return member === undefined ? reject('unknown') : accept(member)
}

/**
 * Turns any query string into a valid view and never throws. Old URLs first run through the
 * migrations; then each invalid or unknown value falls back to its default and yields a notice.
 * Codes are checked for shape only: the villages load later, and an unknown code selects nothing.
 */
export function decodeViewState(search: string, context: ViewStateContext): DecodedViewState {
  const { defaults, years } = context
  const params = (context.migrations ?? URL_MIGRATIONS).reduce(
    (current, migration) => migration.migrate(current),
    new URLSearchParams(search),
  )
  const notices: UrlNotice[] = []
  /** One key's value: `undefined` when absent or rejected (with a notice). */
  function read<T>(key: string, parse: (text: string) => Parsed<T>): T | undefined {
    const text = params.get(key)
    if (text === null) return undefined
    const parsed = parse(text)
    if (parsed.ok) return parsed.value
    notices.push({ key, value: text, reason: parsed.reason })
    return undefined
  }
  const tahun = read('t', (text) => parseYear(text, years)) ?? defaults.tahun
  const compareTahun = read('vs', (text) => {
    const parsed = parseYear(text, years)
    return parsed.ok && parsed.value === tahun ? reject<number>('out-of-range') : parsed
  })
  const village = read('desa', (text) =>
    VILLAGE_CODE.test(text) ? accept(text) : reject<string>('malformed'),
  )
  const district = read('kec', (text) => {
    if (!DISTRICT_CODE.test(text)) return reject<string>('malformed')
    return village === undefined ? accept(text) : reject<string>('conflict')
  })
  return {
    state: {
      indicator: read('i', (text) => parseMember(text, context.indicatorIds)) ?? defaults.indicator,
      tahun,
      compareTahun: compareTahun ?? defaults.compareTahun,
      compareMode: read('vm', (text) => parseMember(text, COMPARE_MODES)) ?? defaults.compareMode,
      classification: read('c', parseClassification) ?? defaults.classification,
      level: read('lv', (text) => parseMember(text, LEVELS)) ?? defaults.level,
      selected: village ?? district ?? defaults.selected,
      camera: read('cam', parseCamera) ?? defaults.camera,
    },
    notices,
  }
}
