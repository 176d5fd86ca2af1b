/**
 * The disclosure rule as published in indicators.json (`disclosure`), so anyone reading the files knows
 * what a value may differ by. Everything here is public by design: the protection rests on the secret
 * key, not on hiding the method (docs/disclosure-control.md).
 */
import type { Localized } from '../../../src/lib/language.ts'
import { MAX_PERTURBATION, ROUNDING_BASE } from './block-rounding.ts'
import { CELL_COUNTS } from './cells.ts'
import { MIN_DENOMINATOR } from './protect-figures.ts'

/** The `disclosure` section of indicators.json. */
export interface DisclosureRule {
  method: 'pembulatan_sel_berkunci'
  description: Localized
  base: number
  max_perturbation: number
  min_denominator: number
  /** Counts published as sums of rounded elementary cells (`kombinasi`: every combination row). */
  cell_sums: string[]
  documentation: string
}

/** The rule of this build. */
export function disclosureRule(): DisclosureRule {
  return {
    method: 'pembulatan_sel_berkunci',
    description: {
      id: `Rumah tangga setiap desa dikelompokkan ke sel kecil menurut semua ciri yang dihitung (desil, miskin, miskin ekstrem, mata pencaharian, kombinasi program, lintas desa); jumlah KK dan jiwa setiap sel dibulatkan ke tengah blok ${ROUNDING_BASE} nilai (berubah paling banyak ±${MAX_PERTURBATION}; 0 tetap 0) dengan pergeseran rahasia per sel. Setiap jumlah KK/jiwa desa adalah jumlah sel-selnya yang sudah dibulatkan, sehingga bagian tidak pernah melebihi keseluruhannya; jumlah lain (penerima per program, duplikat) dibulatkan sendiri. Kecamatan dan kabupaten adalah jumlah desa yang sudah dibulatkan; persentase dihitung dari jumlah yang sudah dibulatkan.`,
      en: `The households of each village are grouped into small cells by every attribute that is counted (desil, poor, extremely poor, livelihood, combination of programs, listed in another village); the households and members of each cell are rounded to the middle of a block of ${ROUNDING_BASE} values (changed by at most ±${MAX_PERTURBATION}; 0 stays 0) with a secret offset per cell. Every household/person count of a village is the sum of its rounded cells, so a part never exceeds its whole; the other counts (recipients per program, duplicates) are rounded on their own. Kecamatan and kabupaten are sums of the rounded village counts; shares are computed from the rounded counts.`,
    },
    base: ROUNDING_BASE,
    max_perturbation: MAX_PERTURBATION,
    min_denominator: MIN_DENOMINATOR,
    cell_sums: [...Object.keys(CELL_COUNTS), 'kombinasi'],
    documentation: 'docs/disclosure-control.md',
  }
}
