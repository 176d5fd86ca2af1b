import {
  defineUrlState,
  entriesOf,
  integer,
  mapUrlState,
  oneOf,
  optional,
  refine,
  setOf,
  type UrlState,
} from '../lib/define-url-state.ts'
import { URL_MIGRATIONS } from '../state/url-migrations.ts'
import {
  COVERAGE_IDS,
  type CoverageId,
  CRITERION_IDS,
  IDM_STATUSES,
  type IdmStatus,
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

/** The screen's link as it stands, one field per key. */
interface PriorityLink {
  tahun: number
  w: Weights
  n: Normalisation
  bn: NeedId
  bc: CoverageId
  kec: string | null
  idm: IdmStatus[] | null
  mp: Livelihood | null
  jenis: 'desa' | 'kelurahan' | null
  top: number
  desa: string | null
}

/**
 * `w=persen_kk_desil_1_4:40,cakupan_pkh:30`: whole weights 0–100 of known criteria, in the order of the
 * published definitions, none repeated, at least one above 0 (zero weights are not written).
 */
export const WEIGHTS = refine(entriesOf(CRITERION_IDS, integer(0, MAX_WEIGHT)), (weights) =>
  Object.values(weights).some((weight) => (weight ?? 0) > 0),
)

/**
 * The priority screen's codec: `?tahun=2024&w=…&n=min-max&bn=kk_miskin&bc=…&kec=64.08.02&idm=1,2&
 * mp=nelayan&jenis=desa&top=20&desa=64.08.02.2003`. `tahun`, `w` and `n` are always written (so a link
 * keeps its meaning when a new year or new default weights are published), the rest only where it
 * differs from the defaults. Old links first run through `URL_MIGRATIONS` (`t=2024` reads as `tahun`).
 */
export function definePrioritySettings(context: PriorityUrlContext): UrlState<PrioritySettings> {
  const link = defineUrlState<PriorityLink>(
    {
      tahun: oneOf(context.years),
      w: WEIGHTS,
      n: oneOf(NORMALISATIONS),
      bn: oneOf(NEED_IDS),
      bc: oneOf(COVERAGE_IDS),
      kec: optional(oneOf(context.kecamatanCodes)),
      idm: optional(setOf(IDM_STATUSES)),
      mp: optional(oneOf(LIVELIHOODS)),
      jenis: optional(oneOf(['desa', 'kelurahan'])),
      top: integer(TOP_LIMITS.min, TOP_LIMITS.max),
      desa: optional(oneOf(context.villageCodes)),
    },
    toLink(context.defaults),
    { migrations: URL_MIGRATIONS, always: ['tahun', 'w', 'n'] },
  )
  return mapUrlState(
    link,
    ({ tahun, w, n, bn, bc, kec, idm, mp, jenis, top, desa }): PrioritySettings => ({
      tahun,
      weights: w,
      normalisation: n,
      bivariate: { need: bn, coverage: bc },
      filters: { kecamatan: kec, idm: idm ?? [], livelihood: mp, jenis },
      top,
      selected: desa,
    }),
    toLink,
  )
}

function toLink(settings: PrioritySettings): PriorityLink {
  const { filters } = settings
  return {
    tahun: settings.tahun,
    // Zero weights are left out: the link names only the criteria that count.
    w: Object.fromEntries(Object.entries(settings.weights).filter(([, weight]) => (weight ?? 0) > 0)),
    n: settings.normalisation,
    bn: settings.bivariate.need,
    bc: settings.bivariate.coverage,
    kec: filters.kecamatan,
    idm: filters.idm.length === 0 ? null : [...filters.idm],
    mp: filters.livelihood,
    jenis: filters.jenis,
    top: settings.top,
    desa: settings.selected,
  }
}
