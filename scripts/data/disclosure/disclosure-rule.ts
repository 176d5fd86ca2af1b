/**
 * The disclosure rule as published in indicators.json (`disclosure`), so anyone reading the files knows
 * what a value may differ by. Everything here is public by design: the protection rests on the secret
 * key, not on hiding the method (docs/disclosure-control.md).
 */
import type { Localized } from '../../../src/lib/language.ts'
import { MAX_PERTURBATION, ROUNDING_BASE } from './block-rounding.ts'
import { MIN_DENOMINATOR } from './protect-figures.ts'

/** The `disclosure` section of indicators.json. */
export interface DisclosureRule {
  method: 'pembulatan_blok_berkunci'
  description: Localized
  base: number
  max_perturbation: number
  min_denominator: number
  documentation: string
}

/** The rule of this build. */
export function disclosureRule(): DisclosureRule {
  return {
    method: 'pembulatan_blok_berkunci',
    description: {
      id: `Setiap jumlah KK/jiwa desa dibulatkan ke tengah blok ${ROUNDING_BASE} nilai (berubah paling banyak ±${MAX_PERTURBATION}; 0 tetap 0) dengan pergeseran rahasia per desa dan tahun; kecamatan dan kabupaten adalah jumlah desa yang sudah dibulatkan; persentase dihitung dari jumlah yang sudah dibulatkan.`,
      en: `Each household/person count of a village is rounded to the middle of a block of ${ROUNDING_BASE} values (changed by at most ±${MAX_PERTURBATION}; 0 stays 0) with a secret offset per village and year; kecamatan and kabupaten are sums of the rounded village counts; shares are computed from the rounded counts.`,
    },
    base: ROUNDING_BASE,
    max_perturbation: MAX_PERTURBATION,
    min_denominator: MIN_DENOMINATOR,
    documentation: 'docs/disclosure-control.md',
  }
}
