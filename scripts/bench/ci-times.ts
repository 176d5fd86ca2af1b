/**
 * CI's own wall time: `.ci/run` appends one line per finished step to `.tmp/ci-times.tsv` (seconds, tab,
 * step). Printed by the bench (the last CI step, so it sees every step before it); `.ci/run` prints the
 * full table with the total when it ends.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')
/** Written by .ci/run. */
export const CI_TIMES_FILE = path.join(ROOT, '.tmp', 'ci-times.tsv')
/** The budget for one CI run. */
const BUDGET_SECONDS = 600

/** Prints CI's step times so far, when this runs inside `.ci/run`. */
export async function printCiTimes(): Promise<void> {
  const text = await readFile(CI_TIMES_FILE, 'utf8').catch(() => undefined)
  if (!text) {
    console.log('CI step times: not inside .ci/run (no .tmp/ci-times.tsv)')
    return
  }
  const steps = text
    .trim()
    .split('\n')
    .map((line) => line.split('\t'))
  console.log('CI step times so far (wall, .ci/run):')
  for (const [seconds, name] of steps) console.log(`  ${String(seconds).padStart(5)} s  ${name}`)
  const elapsed = steps.find(([, name]) => name === 'elapsed before bench')?.[0]
  if (elapsed)
    console.log(`  CI wall time before the bench: ${elapsed} s (budget ${BUDGET_SECONDS} s for the run)`)
}
