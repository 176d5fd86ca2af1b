/**
 * A screen's shareable state in the query string, declared once: one field per key with how to read and
 * write it, and the defaults. `decode` first runs the migrations (old links keep opening), then reads
 * each key (an unreadable value falls back to its default and is reported as a rejection, so an old or
 * broken link still opens); `encode` writes only the values that differ from the defaults and keeps
 * every parameter it does not own (`lang`, `e2e`). The field helpers below cover what links hold.
 */

/** How one value travels in the URL. `parse` returns undefined for text it cannot read. */
export interface UrlField<T> {
  parse: (text: string) => T | undefined
  format: (value: T) => string
}

/** A parameter that was ignored, as it stood in the link. */
export interface UrlRejection {
  key: string
  value: string
}

/**
 * One rewrite of old links into current ones, run before decoding. Add one whenever a published key or
 * value changes; never edit or remove an old one.
 */
export interface UrlMigration {
  /** What changed and when, for the reader of the list. */
  description: string
  /** Returns the rewritten parameters; must not change its input. */
  migrate: (params: URLSearchParams) => URLSearchParams
}

/** The codec of one screen. */
export interface UrlState<S> {
  /** The keys it owns, in declaration order. */
  keys: readonly string[]
  defaults: S
  decode: (search: string) => { state: S; rejected: UrlRejection[] }
  encode: (state: S, search?: string) => string
}

type Fields<S> = { [K in keyof S & string]: UrlField<S[K]> }

/** What a codec adds to its fields. */
export interface UrlStateOptions<S> {
  /** Run in order on every link before it is read. */
  migrations?: readonly UrlMigration[]
  /** Keys written even when equal to their default (so a link keeps its meaning when the default moves). */
  always?: readonly (keyof S & string)[]
  /**
   * Keys whose readable value contradicts another (a compare year equal to the year): each falls back
   * to its default and, when the link held it, is reported like an unreadable one.
   */
  conflicts?: (state: S) => readonly (keyof S & string)[]
}

/** Runs `migrations` in order over a query string. */
export function migrateSearch(search: string, migrations: readonly UrlMigration[]): URLSearchParams {
  return migrations.reduce((params, migration) => migration.migrate(params), new URLSearchParams(search))
}

/** A migration that reads the old key `from` as `to` (when the link does not also hold `to`). */
export function renameKey(from: string, to: string, description: string): UrlMigration {
  return {
    description,
    migrate: (params) => {
      const next = new URLSearchParams(params)
      const value = next.get(from)
      if (value === null) return next
      next.delete(from)
      if (!next.has(to)) next.set(to, value)
      return next
    },
  }
}

/** The query string of `params` (or `''`), with commas and colons left readable. */
export function toSearch(params: URLSearchParams): string {
  // `kombinasi=BPNT,PKH`, `w=cakupan_pkh:30`: URLSearchParams would escape both; RFC 3986 allows them.
  const text = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':')
  return text === '' ? '' : `?${text}`
}

/**
 * The codec of `fields` (the query key is the field's name) with `defaults`. A field whose value is
 * null (or written as nothing) is left out of the URL; so is one equal to its default, unless it is
 * listed in `always`.
 */
export function defineUrlState<S extends object>(
  fields: Fields<S>,
  defaults: S,
  options: UrlStateOptions<S> = {},
): UrlState<S> {
  const keys = Object.keys(fields) as (keyof S & string)[]
  const field = <K extends keyof S & string>(key: K): UrlField<S[K]> => fields[key]
  const always = new Set(options.always ?? [])
  return {
    keys,
    defaults,
    decode(search) {
      const params = migrateSearch(search, options.migrations ?? [])
      const state = { ...defaults }
      const rejected: UrlRejection[] = []
      for (const key of keys) {
        const text = params.get(key)
        if (text === null) continue
        const value = field(key).parse(text)
        if (value === undefined) rejected.push({ key, value: text })
        else state[key] = value
      }
      for (const key of options.conflicts?.(state) ?? []) {
        const text = params.get(key)
        if (text !== null) rejected.push({ key, value: text })
        state[key] = defaults[key]
      }
      return { state, rejected }
    },
    encode(state, search = '') {
      // Written over the migrated link, so an old key (`t`) does not linger next to its new one.
      const params = migrateSearch(search, options.migrations ?? [])
      for (const key of keys) {
        params.delete(key)
        const value = state[key]
        if (value === null || value === undefined) continue
        const text = field(key).format(value)
        if (text === '') continue
        const fallback = defaults[key]
        const isDefault = fallback !== null && fallback !== undefined && text === field(key).format(fallback)
        if (!isDefault || always.has(key)) params.set(key, text)
      }
      return toSearch(params)
    },
  }
}

/**
 * A codec of a flat URL record `F` seen as the screen's own state `S` (nested settings, one selection
 * written under two keys). `toState(fromState(s))` must equal `s` for every state the screen makes.
 */
export function mapUrlState<F, S>(
  codec: UrlState<F>,
  toState: (flat: F) => S,
  fromState: (state: S) => F,
): UrlState<S> {
  return {
    keys: codec.keys,
    defaults: toState(codec.defaults),
    decode(search) {
      const { state, rejected } = codec.decode(search)
      return { state: toState(state), rejected }
    },
    encode: (state, search) => codec.encode(fromState(state), search),
  }
}

/** One of `values`, written as itself (text or numbers, e.g. the years with data). */
export function oneOf<const T extends string | number>(values: readonly T[]): UrlField<T> {
  return {
    parse: (text) => values.find((value) => String(value) === text),
    format: String,
  }
}

/** A whole number in [min, max]. */
export function integer(min: number, max: number): UrlField<number> {
  return {
    parse: (text) => {
      if (!/^-?\d+$/.test(text)) return undefined
      const value = Number(text)
      return value >= min && value <= max ? value : undefined
    },
    format: String,
  }
}

/** A number in [min, max] with at most `decimals` decimals (`6.67`; no exponent, no `Infinity`). */
export function decimal(min: number, max: number, decimals: number): UrlField<number> {
  const shape = new RegExp(`^-?\\d+(\\.\\d{1,${decimals}})?$`)
  return {
    parse: (text) => {
      if (!shape.test(text)) return undefined
      const value = Number(text)
      return value >= min && value <= max ? value : undefined
    },
    format: String,
  }
}

/** A code of a given shape, e.g. a village code `64.08.04.2011`. */
export function pattern(shape: RegExp): UrlField<string> {
  return { parse: (text) => (shape.test(text) ? text : undefined), format: (value) => value }
}

/** The field `inner`, or null when absent (null is never written). */
export function optional<T>(inner: UrlField<T>): UrlField<T | null> {
  return {
    parse: (text) => inner.parse(text),
    format: (value) => (value === null ? '' : inner.format(value)),
  }
}

/** A set of `values` written comma-separated in the order of `values`, none repeated; at least one. */
export function setOf<const T extends string | number>(values: readonly T[]): UrlField<T[]> {
  const member = oneOf(values)
  return {
    parse: (text) => {
      const parts = text.split(',')
      if (new Set(parts).size !== parts.length) return undefined
      const found = parts.map(member.parse)
      if (found.some((value) => value === undefined)) return undefined
      return values.filter((value) => found.includes(value))
    },
    format: (value) => values.filter((item) => value.includes(item)).join(','),
  }
}

/** A comma-separated list of `inner` values in the written order; exactly `length` of them when given. */
export function listOf<T>(inner: UrlField<T>, length?: number): UrlField<T[]> {
  return {
    parse: (text) => {
      const found = text.split(',').map(inner.parse)
      if (length !== undefined && found.length !== length) return undefined
      return found.some((value) => value === undefined) ? undefined : (found as T[])
    },
    format: (value) => value.map(inner.format).join(','),
  }
}

/** `a:1,b:2`: values of `inner` by key, keys among `names` and none repeated, written in their order. */
export function entriesOf<const K extends string, T>(
  names: readonly K[],
  inner: UrlField<T>,
): UrlField<Partial<Record<K, T>>> {
  const name = oneOf(names)
  return {
    parse: (text) => {
      const entries: Partial<Record<K, T>> = {}
      for (const part of text.split(',')) {
        const colon = part.indexOf(':')
        const key = name.parse(part.slice(0, colon))
        const value = colon === -1 ? undefined : inner.parse(part.slice(colon + 1))
        if (key === undefined || value === undefined || key in entries) return undefined
        entries[key] = value
      }
      return entries
    },
    format: (value) =>
      names
        .flatMap((key) => {
          const item = value[key]
          return item === undefined ? [] : [`${key}:${inner.format(item)}`]
        })
        .join(','),
  }
}

/** `inner` limited to the values `isValid` accepts (a group of shares that must sum to 100). */
export function refine<T>(inner: UrlField<T>, isValid: (value: T) => boolean): UrlField<T> {
  return {
    parse: (text) => {
      const value = inner.parse(text)
      return value !== undefined && isValid(value) ? value : undefined
    },
    format: inner.format,
  }
}

/** `inner` read as another type (percent as basis points, a pair as an object); `to` and `from` invert. */
export function convert<T, U>(inner: UrlField<T>, to: (value: T) => U, from: (value: U) => T): UrlField<U> {
  return {
    parse: (text) => {
      const value = inner.parse(text)
      return value === undefined ? undefined : to(value)
    },
    format: (value) => inner.format(from(value)),
  }
}
