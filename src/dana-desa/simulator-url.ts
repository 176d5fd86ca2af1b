/**
 * The Dana Desa screen's shareable state in the query string: year, map, selected desa and every
 * simulator setting. Only values that differ from the defaults are written; a value that cannot be read
 * falls back to its default and is reported (key and value), so a broken link still opens.
 *
 * Keys: `tahun`, `peta`, `desa`; `bagian` component shares and `bobot` formula weights as percentages in
 * form order (`bagian=65,1,4,30`), `pita` population bands as `max:rupiah` (the open band `:rupiah`),
 * `afirmasi` rupiah per tertinggal and sangat tertinggal desa, `afirmasi_atas` and `kinerja` percentages.
 */
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

/** A parameter that was ignored. */
export interface UrlRejection {
  key: string
  value: string
}

/** Keys this codec owns; other parameters (lang, e2e) pass through untouched. */
export const DANA_DESA_KEYS = [
  'tahun',
  'peta',
  'desa',
  'bagian',
  'bobot',
  'pita',
  'afirmasi',
  'afirmasi_atas',
  'kinerja',
] as const

const percentText = (bp: number): string => String(bp / 100)
const KODE_DESA = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/

/** Writes `state` into `search` (keeping foreign keys), only where it differs from the defaults. */
export function encodeDanaDesaView(state: DanaDesaViewState, search = ''): string {
  const params = new URLSearchParams(search)
  for (const key of DANA_DESA_KEYS) params.delete(key)
  const official = OFFICIAL_SETTINGS
  const { settings } = state
  if (state.tahun !== null) params.set('tahun', String(state.tahun))
  if (state.peta !== DEFAULT_DANA_DESA_VIEW.peta) params.set('peta', state.peta)
  if (state.desa !== null) params.set('desa', state.desa)
  const list = (values: readonly number[]): string => values.map(percentText).join(',')
  const shares = COMPONENTS.map((component) => settings.shares[component])
  if (list(shares) !== list(COMPONENTS.map((component) => official.shares[component])))
    params.set('bagian', list(shares))
  const weights = FORMULA_VARIABLES.map((variable) => settings.weights[variable])
  if (list(weights) !== list(FORMULA_VARIABLES.map((variable) => official.weights[variable])))
    params.set('bobot', list(weights))
  const bands = (value: SimulatorSettings): string =>
    value.bands.map((band) => `${band.max_penduduk ?? ''}:${band.amount}`).join(',')
  if (bands(settings) !== bands(official)) params.set('pita', bands(settings))
  const afirmasi = `${settings.afirmasi.tertinggal},${settings.afirmasi.sangat_tertinggal}`
  if (afirmasi !== `${official.afirmasi.tertinggal},${official.afirmasi.sangat_tertinggal}`)
    params.set('afirmasi', afirmasi)
  if (settings.afirmasiTopBp !== official.afirmasiTopBp)
    params.set('afirmasi_atas', percentText(settings.afirmasiTopBp))
  if (settings.kinerjaBp !== official.kinerjaBp) params.set('kinerja', percentText(settings.kinerjaBp))
  const text = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':')
  return text === '' ? '' : `?${text}`
}

/** Reads the screen's state from a query string; never throws. */
export function decodeDanaDesaView(search: string): { state: DanaDesaViewState; rejected: UrlRejection[] } {
  const params = new URLSearchParams(search)
  const rejected: UrlRejection[] = []
  const read = <T>(key: string, parse: (text: string) => T | null): T | null => {
    const text = params.get(key)
    if (text === null) return null
    const value = parse(text)
    if (value === null) rejected.push({ key, value: text })
    return value
  }
  const official = OFFICIAL_SETTINGS
  const shares = read('bagian', (text) => parseGroup(text, COMPONENTS.length))
  const weights = read('bobot', (text) => parseGroup(text, FORMULA_VARIABLES.length))
  const settings: SimulatorSettings = {
    shares: shares ? zip(COMPONENTS, shares) : official.shares,
    weights: weights ? zip(FORMULA_VARIABLES, weights) : official.weights,
    bands: read('pita', parseBands) ?? official.bands,
    afirmasi: read('afirmasi', parseAfirmasi) ?? official.afirmasi,
    afirmasiTopBp: read('afirmasi_atas', parsePercent) ?? official.afirmasiTopBp,
    kinerjaBp: read('kinerja', parsePercent) ?? official.kinerjaBp,
  }
  const state: DanaDesaViewState = {
    tahun: read('tahun', (text) => (/^\d{4}$/.test(text) ? Number(text) : null)),
    peta:
      read('peta', (text) =>
        (MAP_METRICS as readonly string[]).includes(text) ? (text as MapMetric) : null,
      ) ?? 'dana_desa',
    desa: read('desa', (text) => (KODE_DESA.test(text) ? text : null)),
    settings,
  }
  return { state, rejected }
}

/** A percentage 0–100 with at most 2 decimals, as basis points. */
function parsePercent(text: string): number | null {
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return null
  const bp = Math.round(Number(text) * 100)
  return bp <= FULL_BP ? bp : null
}

/** `count` percentages that sum to exactly 100. */
function parseGroup(text: string, count: number): number[] | null {
  const parts = text.split(',').map(parsePercent)
  if (parts.length !== count || parts.some((part) => part === null)) return null
  const values = parts as number[]
  return values.reduce((total, value) => total + value, 0) === FULL_BP ? values : null
}

function parseBands(text: string): SimulatorSettings['bands'] | null {
  const bands = text.split(',').map((part) => /^(\d*):(\d+)$/.exec(part))
  if (bands.length === 0 || bands.some((match) => match === null)) return null
  const parsed = (bands as RegExpExecArray[]).map(([, max = '', amount = '']) => ({
    max_penduduk: max === '' ? null : Number(max),
    amount: Number(amount),
  }))
  const openBands = parsed.filter((band) => band.max_penduduk === null).length
  return openBands === 1 && parsed[parsed.length - 1]?.max_penduduk === null ? parsed : null
}

function parseAfirmasi(text: string): SimulatorSettings['afirmasi'] | null {
  const match = /^(\d+),(\d+)$/.exec(text)
  return match ? { tertinggal: Number(match[1]), sangat_tertinggal: Number(match[2]) } : null
}

function zip<K extends string>(keys: readonly K[], values: readonly number[]): Record<K, number> {
  return Object.fromEntries(keys.map((key, index) => [key, values[index] ?? 0])) as Record<K, number>
}
