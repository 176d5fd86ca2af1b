/**
 * `npm run bench`, disclosure control: what rounding changed in the published figures (read from
 * indicators.json, where the build wrote it) and the differencing attack on the snapshot's public files
 * (scripts/data/disclosure/attack.ts). Needs `npm run data` first.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { type AttackReport, attackPublishedFiles } from '../data/disclosure/attack.ts'
import { parseRoundedCells } from '../data/disclosure/cells.ts'
import type { CellChange, InformationLoss } from '../data/disclosure/information-loss.ts'

function describeChange(label: string, change: CellChange): string {
  const share = change.cells === 0 ? 0 : (100 * change.changed) / change.cells
  return `  ${label.padEnd(26)} ${String(change.changed).padStart(6)} of ${String(change.cells).padStart(6)} changed (${share.toFixed(1)}%), mean |change| ${change.mean_abs.toFixed(2)}, max ${change.max_abs}, max relative (true ≥ 5) ${(100 * change.max_relative_ge5).toFixed(1)}%`
}

function describeAttack(label: string, report: AttackReport, seconds: number): string {
  const byCount = new Map<string, number>()
  for (const narrowing of report.narrowings) {
    const name = narrowing.cell.split('|')[0] ?? ''
    byCount.set(name, (byCount.get(name) ?? 0) + 1)
  }
  return (
    `${label} (${report.rule} rule, ${seconds.toFixed(1)} s): ` +
    `${report.exact} of ${report.protectedCells} protected cells recovered exactly, ${report.narrowed} narrowed ` +
    `below the rule${byCount.size > 0 ? ` (${[...byCount].map(([name, n]) => `${name} ${n}`).join(', ')})` : ''}, ${report.contradictions} contradictions`
  )
}

/**
 * Prints the information loss and the attack's result on the snapshot in `snapshotDir`, and, when the
 * build left its rounded cells in `cellsFile`, the attack of someone who knows them too.
 */
export async function benchDisclosure(snapshotDir: string, cellsFile?: string): Promise<void> {
  const read = (file: string): string => readFileSync(path.join(snapshotDir, file), 'utf8')
  if (!existsSync(path.join(snapshotDir, 'indicators.json'))) {
    console.log('disclosure control: skipped, no snapshot (run npm run data)')
    return
  }
  const definitions = JSON.parse(read('indicators.json')) as {
    disclosure?: { information_loss?: InformationLoss }
  }
  const loss = definitions.disclosure?.information_loss
  if (loss) {
    console.log(
      'disclosure control (cells rounded to base 5 with a keyed offset per cell, counts summed from them):',
    )
    console.log(describeChange('household/person counts', loss.counts))
    console.log(describeChange('combination cells', loss.combinations))
    console.log(describeChange('percentages (points)', loss.shares))
    console.log(`  shares withheld (published denominator below 5): ${loss.shares.withheld}`)
  } else console.log('disclosure control: none in this snapshot (1–4 withheld)')
  const files = {
    indicatorsCsv: read('indicators.csv'),
    combinationsCsv: read('program-combinations.csv'),
    indicatorsJson: read('indicators.json'),
    programsJson: read('programs.json'),
  }
  let started = performance.now()
  const report = attackPublishedFiles(files)
  console.log(
    describeAttack('differencing attack on the public files', report, (performance.now() - started) / 1000),
  )
  if (!cellsFile || !existsSync(cellsFile)) return
  const cells = parseRoundedCells(readFileSync(cellsFile, 'utf8'))
  started = performance.now()
  const withCells = attackPublishedFiles(files, cells)
  console.log(
    describeAttack(
      `the same, knowing all ${cells.length} rounded cells`,
      withCells,
      (performance.now() - started) / 1000,
    ),
  )
}
