/**
 * A screen's shareable state in the query string, declared once: one field per key with how to read and
 * write it, and the defaults. `decode` reads a search string (an unreadable value falls back to its
 * default and is reported as a rejection, so an old or broken link still opens); `encode` writes only the
 * values that differ from the defaults and keeps every parameter it does not own (`lang`, `e2e`).
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

/** The codec of one screen. */
export interface UrlState<S> {
  /** The keys it owns, in declaration order. */
  keys: readonly string[]
  defaults: S
  decode: (search: string) => { state: S; rejected: UrlRejection[] }
  encode: (state: S, search?: string) => string
}

type Fields<S> = { [K in keyof S & string]: UrlField<S[K]> }

/**
 * The codec of `fields` (the query key is the field's name) with `defaults`. A field whose value is
 * null is left out of the URL; so is one equal to its default.
 */
export function defineUrlState<S extends object>(fields: Fields<S>, defaults: S): UrlState<S> {
  const keys = Object.keys(fields) as (keyof S & string)[]
  const field = <K extends keyof S & string>(key: K): UrlField<S[K]> => fields[key]
  return {
    keys,
    defaults,
    decode(search) {
      const params = new URLSearchParams(search)
      const state = { ...defaults }
      const rejected: UrlRejection[] = []
      for (const key of keys) {
        const text = params.get(key)
        if (text === null) continue
        const value = field(key).parse(text)
        if (value === undefined) rejected.push({ key, value: text })
        else state[key] = value
      }
      return { state, rejected }
    },
    encode(state, search = '') {
      const params = new URLSearchParams(search)
      for (const key of keys) {
        params.delete(key)
        const value = state[key]
        if (value === null || value === undefined) continue
        const text = field(key).format(value)
        const fallback = defaults[key]
        if (fallback !== null && fallback !== undefined && text === field(key).format(fallback)) continue
        params.set(key, text)
      }
      // Commas stay readable in a shared link (`kombinasi=BPNT,PKH`); URLSearchParams would escape them.
      const text = params.toString().replaceAll('%2C', ',')
      return text === '' ? '' : `?${text}`
    },
  }
}

/** One of `values`, written as itself. */
export function oneOf<const T extends string>(values: readonly T[]): UrlField<T> {
  return {
    parse: (text) => ((values as readonly string[]).includes(text) ? (text as T) : undefined),
    format: (value) => value,
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

/** The field `inner`, or null when absent (null is never written). */
export function optional<T>(inner: UrlField<T>): UrlField<T | null> {
  return {
    parse: (text) => inner.parse(text),
    format: (value) => (value === null ? '' : inner.format(value)),
  }
}

/** A set of `values` written comma-separated in the order of `values`, none repeated; at least one. */
export function setOf<const T extends string>(values: readonly T[]): UrlField<T[]> {
  return {
    parse: (text) => {
      const parts = text.split(',')
      if (parts.some((part) => !(values as readonly string[]).includes(part))) return undefined
      if (new Set(parts).size !== parts.length) return undefined
      return values.filter((value) => parts.includes(value))
    },
    format: (value) => values.filter((item) => value.includes(item)).join(','),
  }
}
