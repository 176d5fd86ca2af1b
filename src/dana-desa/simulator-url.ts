/**
 * The Dana Desa screen's shareable state in the query string: year, map, selected desa and every
 * simulator setting, declared with `defineUrlState`. Only values that differ from the defaults are
 * written (the year always, once years are known); a value that cannot be read falls back to its
 * default and is reported (key and value), so a broken link still opens.
 *
 * Keys: `tahun`, `peta`, `desa`; `bagian` component shares and `bobot` formula weights as percentages in
 * form order (`bagian=65,1,4,30`), `pita` population bands as `max:rupiah` (the open band `:rupiah`),
 * `afirmasi` rupiah per tertinggal and sangat tertinggal desa, `afirmasi_atas` and `kinerja` percentages.
 */
import {
  convert,
  decimal,
  defineUrlState,
  integer,
  listOf,
  mapUrlState,
  oneOf,
  optional,
  pattern,
  refine,
  type UrlField,
  type UrlState,
} from '../lib/define-url-state.ts'
import { URL_MIGRATIONS } from '../state/url-migrations.ts'
import {
  COMPONENTS,
  FORMULA_VARIABLES,
  FULL_BP,
  OFFICIAL_SETTINGS,
  type SimulatorSettings,
} from './simulator-settings.ts'

/** The maps of the screen: published figures by indicator id, and the simulated change. */
export const MAP_METRICS = [
  'dana_desa',
  'dana_desa_per_kapita',
  'dana_desa_per_kk_miskin',
  'persen_blt_dd_terhadap_batas',
  'realisasi_dana_desa_persen',
  'perubahan',
] as const

/** One map of the screen. */
export type MapMetric = (typeof MAP_METRICS)[number]

/** What a link to the screen reproduces. */
export interface DanaDesaViewState {
  /** `null`: the latest year with formula inputs. */
  tahun: number | null
  peta: MapMetric
  desa: string | null
  settings: SimulatorSettings
}

/** The state of a link without parameters. */
export const DEFAULT_DANA_DESA_VIEW: DanaDesaViewState = {
  tahun: null,
  peta: 'dana_desa',
  desa: null,
  settings: OFFICIAL_SETTINGS,
}

/** The screen's link as it stands, one field per key. */
interface DanaDesaLink {
  tahun: number | null
  peta: MapMetric
  desa: string | null
  bagian: number[]
  bobot: number[]
  pita: SimulatorSettings['bands'][number][]
  afirmasi: SimulatorSettings['afirmasi']
  afirmasi_atas: number
  kinerja: number
}

/** A percentage 0–100 with at most 2 decimals (`6.67`), held as basis points. */
const PERCENT = convert(
  decimal(0, 100, 2),
  (percent) => Math.round(percent * 100),
  (bp) => bp / 100,
)

/** `count` percentages that sum to exactly 100, in form order. */
function percentGroup(count: number): UrlField<number[]> {
  return refine(listOf(PERCENT, count), (values) => values.reduce((sum, bp) => sum + bp, 0) === FULL_BP)
}

/** `max:rupiah` per band, the last one open (`:rupiah`) and only that one. */
const BAND: UrlField<SimulatorSettings['bands'][number]> = {
  parse: (text) => {
    const match = /^(\d*):(\d+)$/.exec(text)
    if (!match) return undefined
    const [, max = '', amount = ''] = match
    return { max_penduduk: max === '' ? null : Number(max), amount: Number(amount) }
  },
  format: (band) => `${band.max_penduduk ?? ''}:${band.amount}`,
}
const BANDS = refine(listOf(BAND), (bands) => {
  const open = bands.filter((band) => band.max_penduduk === null).length
  return open === 1 && bands[bands.length - 1]?.max_penduduk === null
})

/** Rupiah per tertinggal and sangat tertinggal desa. */
const AFIRMASI = convert(
  listOf(integer(0, Number.MAX_SAFE_INTEGER), 2),
  ([tertinggal = 0, sangat_tertinggal = 0]) => ({ tertinggal, sangat_tertinggal }),
  (afirmasi) => [afirmasi.tertinggal, afirmasi.sangat_tertinggal],
)

const KODE_DESA = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/

/**
 * The screen's codec, the year checked against `years` (those with formula inputs): a link without
 * one, or with one not among them, opens the latest. Old links first run through `URL_MIGRATIONS`.
 */
export function defineDanaDesaView(years: readonly number[]): UrlState<DanaDesaViewState> {
  const link = defineUrlState<DanaDesaLink>(
    {
      tahun: optional(oneOf(years)),
      peta: oneOf(MAP_METRICS),
      desa: optional(pattern(KODE_DESA)),
      bagian: percentGroup(COMPONENTS.length),
      bobot: percentGroup(FORMULA_VARIABLES.length),
      pita: BANDS,
      afirmasi: AFIRMASI,
      afirmasi_atas: PERCENT,
      kinerja: PERCENT,
    },
    toLink(DEFAULT_DANA_DESA_VIEW),
    { migrations: URL_MIGRATIONS },
  )
  const latest = years.at(-1) ?? null
  return mapUrlState(
    link,
    (state): DanaDesaViewState => ({
      tahun: state.tahun ?? latest,
      peta: state.peta,
      desa: state.desa,
      settings: {
        shares: zip(COMPONENTS, state.bagian),
        weights: zip(FORMULA_VARIABLES, state.bobot),
        bands: state.pita,
        afirmasi: state.afirmasi,
        afirmasiTopBp: state.afirmasi_atas,
        kinerjaBp: state.kinerja,
      },
    }),
    toLink,
  )
}

function toLink(state: DanaDesaViewState): DanaDesaLink {
  const { settings } = state
  return {
    tahun: state.tahun,
    peta: state.peta,
    desa: state.desa,
    bagian: COMPONENTS.map((component) => settings.shares[component]),
    bobot: FORMULA_VARIABLES.map((variable) => settings.weights[variable]),
    pita: [...settings.bands],
    afirmasi: settings.afirmasi,
    afirmasi_atas: settings.afirmasiTopBp,
    kinerja: settings.kinerjaBp,
  }
}

function zip<K extends string>(keys: readonly K[], values: readonly number[]): Record<K, number> {
  return Object.fromEntries(keys.map((key, index) => [key, values[index] ?? 0])) as Record<K, number>
}
