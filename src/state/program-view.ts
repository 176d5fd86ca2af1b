/**
 * What a link to `/program` reproduces: the program, what the map shows, the year and the highlighted
 * combination of programs. `?program=BPNT&ukuran=penerima&tahun=2023&kombinasi=BPNT,PKH`.
 */
import { PROGRAM_CODES, type ProgramCode } from '../data/programs.ts'
import { programMeasures } from '../indicators/dictionary/program-figures.ts'
import { defineUrlState, integer, oneOf, optional, setOf } from '../lib/define-url-state.ts'
import { URL_MIGRATIONS } from './url-migrations.ts'

/**
 * What the map can show: a figure of the chosen program (`cakupan`, `penerima`) or one across programs
 * (`galat_inklusi`), the dictionary's role `program-measure`. A measure is its name in the link (`ukuran`).
 */
export type Measure = string

/** The measure a link without `ukuran` opens: the program's coverage of decile 1–4 households. */
const DEFAULT_MEASURE: Measure = 'cakupan'

/** The measures in the order the screen offers them: the default first, then the dictionary's order. */
export const MEASURES: readonly Measure[] = [
  DEFAULT_MEASURE,
  ...programMeasures().filter((measure) => measure !== DEFAULT_MEASURE),
]

/** The program screen's shareable state. */
export interface ProgramView {
  program: ProgramCode
  ukuran: Measure
  /** `null`: the latest year with data (so a link without a year follows new publications). */
  tahun: number | null
  /** The combination highlighted on the map, or `null`. */
  kombinasi: ProgramCode[] | null
}

export const PROGRAM_VIEW = defineUrlState<ProgramView>(
  {
    program: oneOf(PROGRAM_CODES),
    ukuran: oneOf(MEASURES),
    tahun: optional(integer(2000, 2100)),
    kombinasi: optional(setOf(PROGRAM_CODES)),
  },
  { program: 'PKH', ukuran: DEFAULT_MEASURE, tahun: null, kombinasi: null },
  { migrations: URL_MIGRATIONS },
)

/** The key of the combination (as the data writes it, e.g. `BLT_DD+BPNT`) holding exactly `programs`. */
export function combinationKey(keys: Iterable<string>, programs: readonly ProgramCode[]): string | null {
  for (const key of keys) {
    const parts = key.split('+')
    if (parts.length === programs.length && programs.every((program) => parts.includes(program))) return key
  }
  return null
}
