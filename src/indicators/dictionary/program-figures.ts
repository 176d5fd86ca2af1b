/**
 * The figures the dictionary declares for each program (recipients and coverage, `penerima_pkh`,
 * `cakupan_pkh`) and what the program screen's map can show: every entry with the role
 * `program-measure`, a figure of each program by the prefix of its ids (`cakupan`), a figure across
 * programs by its id (`galat_inklusi`). A new entry with the role is a new measure without code.
 */
export { PROGRAM_FIGURES, type ProgramFigure, programFigureId } from './entry-builders.ts'

import { PROGRAM_FIGURES, type ProgramFigure, programFigureId } from './entry-builders.ts'
import { INDICATORS } from './indicators.ts'
import { PROGRAMS } from './programs.ts'
import type { IndicatorEntry } from './types.ts'

/** The per-program figure an indicator id is one of, if it is. */
function programFigureOf(id: string): ProgramFigure | undefined {
  return PROGRAM_FIGURES.find((figure) => PROGRAMS.some((program) => programFigureId(figure, program) === id))
}

/**
 * The program measures in the dictionary's order, each once: the prefix of a per-program figure, or the
 * id of a figure across programs.
 */
export function programMeasures(entries: readonly IndicatorEntry[] = INDICATORS): string[] {
  const measures = entries
    .filter((entry) => entry.roles?.includes('program-measure'))
    .map((entry) => programFigureOf(entry.id) ?? entry.id)
  return [...new Set(measures)]
}

/** The indicator a measure maps for the program with `code`: its own figure, or the one across programs. */
export function programMeasureIndicator(measure: string, code: string): string {
  const program = PROGRAMS.find((entry) => entry.code === code)
  const figure = PROGRAM_FIGURES.find((prefix) => prefix === measure)
  return figure && program ? programFigureId(figure, program) : measure
}
