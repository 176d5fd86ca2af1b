/**
 * Benchmark of the Dana Desa simulator on the published snapshot: how long one recomputation of every
 * desa's allocation takes (what the screen does on each edited parameter), the need fit, and the exports.
 * Prints figures; asserts nothing (timing belongs here, not in unit tests).
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import ExcelJS from 'exceljs'
import { formulaYears, readFormulaYear } from '../../src/dana-desa/formula-inputs.ts'
import { fitNeed } from '../../src/dana-desa/need-fit.ts'
import { simulate } from '../../src/dana-desa/simulate.ts'
import { buildSimulationWorkbook, formatSimulationCsv } from '../../src/dana-desa/simulation-export.ts'
import { OFFICIAL_SETTINGS, toParameters, updateSettings } from '../../src/dana-desa/simulator-settings.ts'
import { buildIndicatorIndex, parseIndicatorCsv } from '../../src/data/indicators.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')

function medianMs(times: readonly number[]): string {
  const sorted = [...times].sort((a, b) => a - b)
  return (sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(2)
}

/** Times `body` `runs` times and returns the median in ms. */
async function time(runs: number, body: () => unknown): Promise<string> {
  const times: number[] = []
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now()
    await body()
    times.push(performance.now() - start)
  }
  return medianMs(times)
}

/** Prints the simulator's timings on `public/data/indicators.csv` (skipped when it is not built). */
export async function benchDanaDesa(runs = 50): Promise<void> {
  const file = path.join(ROOT, 'public/data/indicators.csv')
  if (!existsSync(file)) {
    console.log('Dana Desa simulator: skipped (no public/data/indicators.csv; run npm run data)')
    return
  }
  const rows = parseIndicatorCsv(await readFile(file, 'utf8'))
  const index = buildIndicatorIndex(rows)
  const tahun = formulaYears(index).at(-1)
  if (tahun === undefined) {
    console.log('Dana Desa simulator: skipped (the snapshot has no formula inputs)')
    return
  }
  const kinds = [...new Set(rows.filter((row) => row.level === 'desa').map((row) => row.kode))].map(
    (kode) => ({
      kode,
      jenis:
        index.value(kode, tahun, 'dana_desa')?.status === 'tidak_berlaku'
          ? ('kelurahan' as const)
          : ('desa' as const),
    }),
  )
  const year = readFormulaYear(index, kinds, tahun)
  const settings = updateSettings(OFFICIAL_SETTINGS, {
    type: 'set-weight',
    variable: 'penduduk_miskin',
    bp: 6000,
  })
  const parameters = toParameters(settings)
  const simulated = simulate(year, parameters).simulation
  if (!simulated) throw new Error('the benchmark parameters should simulate')
  const points = year.villages.map((village, position) => ({
    kode: village.kode,
    poorHouseholds: Math.max(1, village.penduduk_miskin),
    perPoorHousehold: (year.published[position]?.pagu ?? 0) / Math.max(1, village.penduduk_miskin),
  }))
  const context = { snapshotId: 'bench', link: 'https://example.org/dana-desa', names: new Map() }
  console.log(`Dana Desa simulator (${year.villages.length} desa, ${tahun}, median of ${runs}):`)
  console.log(
    `  read the year's inputs from the index: ${await time(runs, () => readFormulaYear(index, kinds, tahun))} ms`,
  )
  console.log(
    `  recompute every allocation (one edit): ${await time(runs, () => simulate(year, parameters))} ms`,
  )
  console.log(
    `  need fit (Theil–Sen, ${points.length} points): ${await time(runs, () => fitNeed(points))} ms`,
  )
  console.log(`  CSV export: ${await time(runs, () => formatSimulationCsv(simulated, settings, context))} ms`)
  console.log(
    `  XLSX export: ${await time(Math.min(runs, 10), () => buildSimulationWorkbook(ExcelJS, simulated, settings, context).xlsx.writeBuffer())} ms`,
  )
}
