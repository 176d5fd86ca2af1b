import {
  type Classification,
  DATA_METHODS,
  type DataMethod,
  isValidClassification,
} from '../indicators/classify.ts'
import {
  defineUrlState,
  mapUrlState,
  oneOf,
  optional,
  pattern,
  type UrlField,
  type UrlState,
} from '../lib/define-url-state.ts'
import { fitYear } from './fit-year.ts'
import { URL_MIGRATIONS } from './url-migrations.ts'
import {
  type Camera,
  COMPARE_MODES,
  type CompareMode,
  DISTRICT_CODE,
  LEVELS,
  type Level,
  MAX_LATITUDE,
  MAX_ZOOM,
  roundCamera,
  VILLAGE_CODE,
  type ViewState,
} from './view-state.ts'

/** What the explorer's codec checks values against. */
export interface ViewStateContext {
  /** Ids of the registered indicators. */
  indicatorIds: readonly string[]
  /** Years with data. Decode once they are known: any `tahun` outside this list falls back to the default. */
  years: readonly number[]
  /** What a missing or invalid value falls back to. */
  defaults: ViewState
  /** The years of one indicator; a linked year it lacks falls back (then moves to its latest: `fitYear`). */
  yearsOf?: (indicatorId: string) => readonly number[]
  /**
   * Published indicators: `i` and `tahun` are always written, because the default year is the latest
   * with data and a link without them would change meaning when a new year is published.
   */
  isPublished?: boolean
}

/** The explorer's link as it stands, one field per key (`selected` is `desa` or `kec`). */
interface ExplorerLink {
  i: string
  tahun: number
  vs: number | null
  vm: CompareMode
  c: Classification | null
  lv: Level
  desa: string | null
  kec: string | null
  cam: Camera | null
}

/** Short URL tokens of the methods; decoding also accepts the full method names. */
const METHOD_TOKENS = {
  quantile: 'quantile',
  'equal-interval': 'equal',
  jenks: 'jenks',
  pretty: 'pretty',
  'standard-deviation': 'sd',
} as const satisfies Record<DataMethod, string>

const NUMBER = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/

/** `jenks.5`, `sd.4`, `manual.10_20_30`. */
export function formatClassification(classification: Classification): string {
  if (classification.method === 'manual') return `manual.${classification.breaks.join('_')}`
  return `${METHOD_TOKENS[classification.method]}.${classification.classes}`
}

/** Reads `formatClassification`'s text (or a full method name); undefined when it is not a valid one. */
export function parseClassification(text: string): Classification | undefined {
  const dot = text.indexOf('.')
  const token = dot === -1 ? text : text.slice(0, dot)
  const rest = dot === -1 ? '' : text.slice(dot + 1)
  const method = DATA_METHODS.find((name) => name === token || METHOD_TOKENS[name] === token)
  if (method === undefined && token !== 'manual') return undefined
  const numbers = rest.split('_')
  if (!numbers.every((part) => NUMBER.test(part))) return undefined
  if (method !== undefined && numbers.length !== 1) return undefined
  const classification: Classification =
    method === undefined
      ? { method: 'manual', breaks: numbers.map(Number) }
      : { method, classes: Number(rest) }
  return isValidClassification(classification) ? classification : undefined
}

const CLASSIFICATION: UrlField<Classification> = { parse: parseClassification, format: formatClassification }

/** `117.51,0.52,9.2`: longitude, latitude, zoom, rounded to about a pixel (`roundCamera`). */
const CAMERA: UrlField<Camera> = {
  parse: (text) => {
    const parts = text.split(',')
    if (parts.length !== 3 || !parts.every((part) => NUMBER.test(part))) return undefined
    const [lng = 0, lat = 0, zoom = 0] = parts.map(Number)
    const isInRange = Math.abs(lng) <= 180 && Math.abs(lat) <= MAX_LATITUDE && zoom >= 0 && zoom <= MAX_ZOOM
    return isInRange ? roundCamera({ lng, lat, zoom }) : undefined
  },
  format: (camera) => {
    const { lng, lat, zoom } = roundCamera(camera)
    return `${lng},${lat},${zoom}`
  },
}

/**
 * The explorer's codec: `?i=persen_kk_desil_1_4&tahun=2022&vs=2021&vm=split&c=jenks.5&lv=kecamatan&
 * desa=64.08.04.2011&cam=117.51,0.52,9.2` (`kec` for a selected district). Old links first run through
 * `URL_MIGRATIONS` (`t=2022` reads as `tahun=2022`). Codes are checked for shape only: the villages load
 * later, and an unknown code selects nothing. `lang` and `e2e` belong to the app and are left alone.
 */
export function defineViewState(context: ViewStateContext): UrlState<ViewState> {
  const { defaults } = context
  const link = defineUrlState<ExplorerLink>(
    {
      i: oneOf(context.indicatorIds),
      tahun: oneOf(context.years),
      vs: optional(oneOf(context.years)),
      vm: oneOf(COMPARE_MODES),
      c: optional(CLASSIFICATION),
      lv: oneOf(LEVELS),
      desa: optional(pattern(VILLAGE_CODE)),
      kec: optional(pattern(DISTRICT_CODE)),
      cam: optional(CAMERA),
    },
    toLink(defaults, defaults),
    {
      migrations: URL_MIGRATIONS,
      always: context.isPublished ? ['i', 'tahun'] : [],
      conflicts: (state) => {
        const years = context.yearsOf?.(state.i) ?? []
        return [
          ...(years.length > 0 && !years.includes(state.tahun) ? (['tahun'] as const) : []),
          // A compare year equal to the year compares nothing.
          ...(state.vs !== null && state.vs === state.tahun ? (['vs'] as const) : []),
          // A village wins over a district selected next to it.
          ...(state.desa !== null && state.kec !== null ? (['kec'] as const) : []),
        ]
      },
    },
  )
  return mapUrlState(
    link,
    (state): ViewState =>
      fitYear(
        {
          indicator: state.i,
          tahun: state.tahun,
          compareTahun: state.vs,
          compareMode: state.vm,
          classification: state.c,
          level: state.lv,
          selected: state.desa ?? state.kec,
          camera: state.cam,
        },
        context.yearsOf?.(state.i) ?? [],
      ),
    (state) => toLink(state, defaults),
  )
}

function toLink(state: ViewState, defaults: ViewState): ExplorerLink {
  const { selected } = state
  return {
    i: state.indicator,
    tahun: state.tahun,
    vs: state.compareTahun,
    // The mode only means something next to a compare year.
    vm: state.compareTahun === null ? defaults.compareMode : state.compareMode,
    c: state.classification,
    lv: state.level,
    desa: selected !== null && VILLAGE_CODE.test(selected) ? selected : null,
    kec: selected !== null && DISTRICT_CODE.test(selected) ? selected : null,
    cam: state.camera,
  }
}
