import type { IndicatorData, IndicatorDefinition, IndicatorValue } from '../../data/indicators.ts'
import { INDICATOR_THEMES } from '../../data/indicators.ts'
import { programFigureId } from '../../indicators/dictionary/program-figures.ts'
import { PROGRAMS } from '../../indicators/dictionary/programs.ts'
import { getRankOrder, type Rank, rankAreas } from '../../indicators/rank.ts'

/** An indicator's theme (the picker's groups). */
export type IndicatorTheme = (typeof INDICATOR_THEMES)[number]

/** One point of a sparkline: the village's value in a year, `null` when it has none. */
export interface SeriesPoint {
  tahun: number
  nilai: number | null
}

/** One indicator on the profile: the village beside its district and the kabupaten, and its place. */
export interface ProfileRow {
  indicator: IndicatorDefinition
  desa: IndicatorValue
  /** The district's published value, or `null` when the indicator is not published for districts. */
  kecamatan: IndicatorValue | null
  /** The kabupaten's published value, or `null` when not published for it. */
  kabupaten: IndicatorValue | null
  /** Place among all villages (1 = most in need; see `rankAreas`). */
  rank: Rank
  /** The village's value in every published year, oldest first. */
  series: SeriesPoint[]
}

/** The indicators of one theme, in the order of `indicators.json`. */
export interface ProfileGroup {
  theme: IndicatorTheme
  rows: ProfileRow[]
}

/** One aid programme at a glance: how many receive it and the coverage of the poorest 40 %. */
export interface ProfileProgram {
  /** The programme's name (a proper noun, the same in both languages). */
  name: string
  recipients: ProfileRow
  coverage: ProfileRow | null
}

/** Everything the village profile shows for one year. */
export interface VillageProfile {
  tahun: number
  groups: ProfileGroup[]
  /** IDM status class (1 sangat tertinggal … 5 mandiri) and score, when published. */
  idm: { status: ProfileRow | null; score: ProfileRow | null }
  programs: ProfileProgram[]
  /** Dana Desa figures in `DANA_DESA_GLANCE` order (those published). */
  danaDesa: ProfileRow[]
  /** Ids of the sources behind the rows shown, in first-use order. */
  sourceIds: string[]
}

/**
 * The programmes of the "at a glance" box, the dictionary's (programs.ts): the recipients count and the
 * coverage indicator of each (names as the programmes call themselves, their short Indonesian names).
 */
export const PROFILE_PROGRAMS = PROGRAMS.map((program) => ({
  name: program.shortName.id,
  recipients: programFigureId('penerima', program),
  coverage: programFigureId('cakupan', program),
}))

/** Dana Desa figures of the "at a glance" box, in the order shown. */
export const DANA_DESA_GLANCE = [
  'dana_desa',
  'dana_desa_per_kk_miskin',
  'pagu_blt_dd',
  'persen_blt_dd',
  'realisasi_dana_desa_persen',
] as const

/** What `buildVillageProfile` reads. */
export interface ProfileInput {
  data: IndicatorData
  village: { kode: string; kecamatan_kode: string }
  /** Every village of the kabupaten (the 141 it is ranked among). */
  villageCodes: readonly string[]
  /** The kabupaten's code (`64.08`). */
  regionKode: string
  tahun: number
}

const MISSING: IndicatorValue = { nilai: null, status: 'tidak_ada' }

/**
 * Assembles the profile of one village for one year from the published figures: every indicator
 * published for villages, grouped by theme, with the district and kabupaten values as published (never
 * recomputed here), its rank among all villages and its series over the years. Pure.
 */
export function buildVillageProfile(input: ProfileInput): VillageProfile {
  const { data, village, villageCodes, regionKode, tahun } = input
  const { index, file } = data
  const rows = new Map<string, ProfileRow>()
  for (const indicator of file.indicators) {
    if (!indicator.levels.includes('desa')) continue
    const getValue = (kode: string): IndicatorValue | undefined => index.value(kode, tahun, indicator.id)
    const ranks = rankAreas(villageCodes, getValue, getRankOrder(indicator.direction))
    rows.set(indicator.id, {
      indicator,
      desa: getValue(village.kode) ?? MISSING,
      kecamatan: indicator.levels.includes('kecamatan')
        ? (getValue(village.kecamatan_kode) ?? MISSING)
        : null,
      kabupaten: indicator.levels.includes('kabupaten') ? (getValue(regionKode) ?? MISSING) : null,
      rank: ranks.get(village.kode) ?? {
        kind: 'not-ranked',
        reason: 'tidak_ada',
        total: villageCodes.length,
      },
      series: file.years.map((year) => {
        const entry = index.value(village.kode, year, indicator.id)
        return { tahun: year, nilai: entry?.status === 'ada' ? entry.nilai : null }
      }),
    })
  }
  const groups = INDICATOR_THEMES.map((theme) => ({
    theme,
    rows: [...rows.values()].filter((row) => row.indicator.theme === theme),
  })).filter((group) => group.rows.length > 0)
  const programs = PROFILE_PROGRAMS.flatMap((program): ProfileProgram[] => {
    const recipients = rows.get(program.recipients)
    return recipients
      ? [{ name: program.name, recipients, coverage: rows.get(program.coverage) ?? null }]
      : []
  })
  return {
    tahun,
    groups,
    idm: { status: rows.get('status_idm') ?? null, score: rows.get('skor_idm') ?? null },
    programs,
    danaDesa: DANA_DESA_GLANCE.flatMap((id) => rows.get(id) ?? []),
    sourceIds: [...new Set([...rows.values()].map((row) => row.indicator.source))],
  }
}
