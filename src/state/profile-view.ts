import { defineUrlState, oneOf, optional, type UrlState } from '../lib/define-url-state.ts'
import { URL_MIGRATIONS } from './url-migrations.ts'

/** What a village profile's link holds besides its code: the year. */
export interface ProfileView {
  /** A published year; `null` when nothing is published. */
  tahun: number | null
}

/**
 * The year of a village profile in its link (`/desa/64.08.04.2011?tahun=2024`; old links wrote `t`):
 * a published year, else the latest one, the ignored value named. Always written, so the link keeps
 * its year when a new one is published.
 */
export function defineProfileView(years: readonly number[]): UrlState<ProfileView> {
  const latest = years.length === 0 ? null : Math.max(...years)
  return defineUrlState<ProfileView>(
    { tahun: optional(oneOf(years)) },
    { tahun: latest },
    { migrations: URL_MIGRATIONS, always: ['tahun'] },
  )
}
