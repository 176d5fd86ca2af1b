import type { ProgramCode } from '../data/programs.ts'

/** Short program names for chart rows and rules: "BLT-DD", "PBI-JKN". */
export function programShortName(program: ProgramCode): string {
  return program.replace('_', '-')
}
