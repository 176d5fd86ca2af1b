/**
 * Builders of dictionary entries, one per family of figures, so that each declaration in indicators.ts
 * and dana-desa-indicators.ts states only what differs from its family: a formula helper says how a
 * figure is computed and withheld, a kind builder (count, percent, rupiah) adds what every figure of
 * that kind shares. They build plain `IndicatorEntry` values; nothing here reads the declarations.
 */
import type { Localized } from '../../lib/language.ts'
import type {
  AppliesTo,
  IndicatorEntry,
  IndicatorRole,
  IndicatorSourceId,
  IndicatorTheme,
  ProgramEntry,
} from './types.ts'

export const PERSEN: Localized = { id: '%', en: '%' }
export const KK: Localized = { id: 'KK', en: 'households' }
export const JIWA: Localized = { id: 'jiwa', en: 'people' }
export const RUPIAH: Localized = { id: 'Rp', en: 'IDR' }

/** How a figure is computed: the IndicatorEntry fields besides its meaning. */
export type Formula = Pick<IndicatorEntry, 'numerator' | 'denominator' | 'scale' | 'basis' | 'appliesTo'>

/** A public statistic (population, area, Dana Desa): no household count behind it, never withheld. */
export const publicFigure = (numerator: string, appliesTo: AppliesTo = 'all'): Formula => ({
  numerator,
  appliesTo,
})

/** A count of households, persons or listings, withheld when its basis is 1–4. */
export const protectedCount = (
  numerator: string,
  basis = numerator,
  appliesTo: AppliesTo = 'all',
): Formula => ({
  numerator,
  basis: { numerator: basis },
  appliesTo,
})

/** A percentage of two household counts, withheld when either basis is 1–4. */
export const share = (
  numerator: string,
  denominator: string,
  basis: Formula['basis'] = { numerator, denominator },
  appliesTo: AppliesTo = 'all',
): Formula => ({ numerator, denominator, scale: 100, basis, appliesTo })

/** A ratio of two public statistics. */
export const ratio = (
  numerator: string,
  denominator: string,
  scale: 1 | 100,
  appliesTo: AppliesTo,
): Formula => ({
  numerator,
  denominator,
  scale,
  appliesTo,
})

const withRoles = (roles: readonly IndicatorRole[] | undefined) => (roles ? { roles } : {})

/** A synthetic figure: `kind` shown in `unit` with `decimals`, its meaning and where it comes from. */
function syntheticFigure(
  id: string,
  formula: Formula,
  shown: Pick<IndicatorEntry, 'unit' | 'kind' | 'decimals'>,
  meaning: Pick<IndicatorEntry, 'theme' | 'label' | 'description' | 'source' | 'direction' | 'roles'>,
): IndicatorEntry {
  const { roles, ...said } = meaning
  return { id, ...formula, ...withRoles(roles), ...said, ...shown, synthetic: true }
}

/** A synthetic count (0 decimals). */
export function count(
  id: string,
  formula: Formula,
  theme: IndicatorTheme,
  label: Localized,
  description: Localized,
  unit: Localized,
  source: IndicatorSourceId,
  direction: IndicatorEntry['direction'] = 'higher-is-worse',
  roles?: readonly IndicatorRole[],
): IndicatorEntry {
  const meaning = { theme, label, description, source, direction, roles }
  return syntheticFigure(id, formula, { unit, kind: 'count', decimals: 0 }, meaning)
}

/** A synthetic percentage (1 decimal). */
export function percent(
  id: string,
  formula: Formula,
  theme: IndicatorTheme,
  label: Localized,
  description: Localized,
  source: IndicatorSourceId,
  direction: IndicatorEntry['direction'] = 'higher-is-worse',
  roles?: readonly IndicatorRole[],
): IndicatorEntry {
  const meaning = { theme, label, description, source, direction, roles }
  return syntheticFigure(id, formula, { unit: PERSEN, kind: 'percent', decimals: 1 }, meaning)
}

/** The figures every program has, by the prefix of their ids (program-figures.ts reads them back). */
export const PROGRAM_FIGURES = ['penerima', 'cakupan'] as const

/** One figure every program has. */
export type ProgramFigure = (typeof PROGRAM_FIGURES)[number]

/** The indicator id of a program's figure: `cakupan` of PBI-JKN is `cakupan_pbi_jkn`. */
export const programFigureId = (figure: ProgramFigure, program: Pick<ProgramEntry, 'id'>): string =>
  `${figure}_${program.id}`

/**
 * A program's two figures: its recipients (distinct identities listed in a desa) and its coverage of
 * decile 1–4 households (a coverage role and priority criterion). BLT-DD applies only where a desa is.
 */
export function programEntries(program: ProgramEntry): IndicatorEntry[] {
  const appliesTo: AppliesTo = program.code === 'BLT_DD' ? 'with-desa' : 'all'
  const { id: name, en } = program.shortName
  return [
    count(
      programFigureId('penerima', program),
      protectedCount(`penerima_${program.id}`, `penerima_${program.id}`, appliesTo),
      'bantuan_sosial',
      { id: `Penerima ${name}`, en: `${en} recipients` },
      {
        id: `Jumlah penerima ${name} yang terdaftar di desa pada tahun itu (identitas unik).`,
        en: `Number of ${en} recipients listed in the village that year (distinct identities).`,
      },
      program.lists,
      'demo_penerima_bantuan',
      'neutral',
      ['program-measure'],
    ),
    percent(
      programFigureId('cakupan', program),
      share(`kk_desil_1_4_${program.id}`, 'kk_desil_1_4', undefined, appliesTo),
      'bantuan_sosial',
      { id: `Cakupan ${name} pada KK desil 1–4`, en: `${en} coverage of decile 1–4` },
      {
        id: `Persentase KK desil 1–4 (DTSEN) yang menerima ${name}, dicocokkan lewat nomor KK atau NIK kepala keluarga.`,
        en: `Share of DTSEN decile 1–4 households that receive ${en}, matched by family card number or the head's NIK.`,
      },
      'demo_penerima_bantuan',
      'higher-is-better',
      ['coverage', 'criterion', 'program-measure'],
    ),
  ]
}

/**
 * A DTSEN household count and its share of all DTSEN households (`persen_<id>`), both withheld when
 * small; the share's label and description say the count's own words.
 */
export function dtsenCountAndShare(
  id: string,
  label: Localized,
  description: Localized,
  shareRoles?: readonly IndicatorRole[],
): IndicatorEntry[] {
  const lowerLabel = `${label.en.charAt(0).toLowerCase()}${label.en.slice(1)}`
  return [
    count(id, protectedCount(id), 'kemiskinan', label, description, KK, 'demo_dtsen'),
    percent(
      `persen_${id}`,
      share(id, 'kk_dtsen'),
      'kemiskinan',
      { id: `Persentase ${label.id}`, en: `Share of ${lowerLabel}` },
      { id: `${label.id} dibagi seluruh KK DTSEN.`, en: `${label.en} over all DTSEN households.` },
      'demo_dtsen',
      'higher-is-worse',
      shareRoles,
    ),
  ]
}

/**
 * The share of poor households living mainly from `livelihood` (`persen_<livelihood>_miskin`);
 * `who` names them in the label, `work` says the livelihood in the description.
 */
export function poorLivelihoodShare(livelihood: string, who: Localized, work: Localized): IndicatorEntry {
  return percent(
    `persen_${livelihood}_miskin`,
    share(`kk_miskin_${livelihood}`, 'kk_miskin'),
    'mata_pencaharian',
    { id: `KK miskin: ${who.id}`, en: `Poor households: ${who.en}` },
    {
      id: `Persentase KK miskin yang mata pencaharian utamanya ${work.id}.`,
      en: `Share of poor households whose main livelihood is ${work.en}.`,
    },
    'demo_dtsen',
    'neutral',
  )
}

/**
 * A Dana Desa figure in rupiah (0 decimals), by default a desa's own value summed to each kecamatan and
 * the kabupaten (a kelurahan has none).
 */
export function danaDesaRupiah(
  id: string,
  label: Localized,
  description: Localized,
  formula: Formula = publicFigure(id, 'with-desa'),
  direction: IndicatorEntry['direction'] = 'neutral',
  roles?: readonly IndicatorRole[],
): IndicatorEntry {
  const meaning = {
    theme: 'dana_desa',
    label,
    description,
    source: 'demo_dana_desa',
    direction,
    roles,
  } as const
  return syntheticFigure(id, formula, { unit: RUPIAH, kind: 'rupiah', decimals: 0 }, meaning)
}

/** One data dasar figure: a desa's own input to the formula, not aggregated (applies to a desa alone). */
export function formulaInput(
  id: string,
  label: Localized,
  description: Localized,
  unit: Localized,
  kind: IndicatorEntry['kind'],
  decimals: number,
  basis?: IndicatorEntry['basis'],
): IndicatorEntry {
  const formula = { ...publicFigure(id, 'desa'), ...(basis ? { basis } : {}) }
  const meaning = {
    theme: 'dana_desa',
    label,
    description,
    source: 'demo_dana_desa',
    direction: 'neutral',
  } as const
  return syntheticFigure(id, formula, { unit, kind, decimals }, meaning)
}

/** A Dana Desa percentage of two public figures (`numerator` × 100 / `denominator`) where a desa is. */
export const danaDesaShare = (
  id: string,
  numerator: string,
  denominator: string,
  label: Localized,
  description: Localized,
  direction: IndicatorEntry['direction'] = 'neutral',
): IndicatorEntry =>
  percent(
    id,
    ratio(numerator, denominator, 100, 'with-desa'),
    'dana_desa',
    label,
    description,
    'demo_dana_desa',
    direction,
  )
