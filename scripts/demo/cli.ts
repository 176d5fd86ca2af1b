/**
 * `tsx scripts/demo/cli.ts --regions public/data/regions.topojson --out .tmp/demo --seed 42 [--scale 1]
 *  [--years 2019-2025] [--detect]`
 * Generates the five import files (penduduk, idm, dana_desa, keluarga, penerima_bantuan) and
 * ground-truth.json, then prints the
 * calibration report, file sizes and timings; with `--detect` also the planted anomalies found again by
 * the reference detectors (about as long again as the generation at full scale).
 */
import { parseArgs } from 'node:util'
import { calibrationReport, formatCalibrationReport, kecamatanAnchors } from './calibration-report'
import { generateDemoDataset, writeDemoDataset } from './demo-dataset'
import { detectAnomalies } from './detect-anomalies'
import { readRegions } from './read-regions'
import { DEMO_YEARS } from './types'

const { values } = parseArgs({
  options: {
    regions: { type: 'string', default: 'public/data/regions.topojson' },
    out: { type: 'string', default: '.tmp/demo' },
    seed: { type: 'string', default: '42' },
    scale: { type: 'string', default: '1' },
    years: { type: 'string', default: '2019-2025' },
    detect: { type: 'boolean', default: false },
  },
})
const seed = Number(values.seed)
const scale = Number(values.scale)
if (!Number.isInteger(seed) || !(scale > 0)) throw new Error('--seed must be an integer and --scale positive')
const [first = Number.NaN, last = first] = values.years.split('-').map(Number)
const years = DEMO_YEARS.filter((year) => year >= first && year <= last)
if (years.length === 0) throw new Error(`--years must be a range within 2019-2025, e.g. 2023-2025`)

const started = performance.now()
const regions = await readRegions(values.regions)
const dataset = generateDemoDataset({ regions, seed, scale, years })
const result = dataset.demo
const generated = performance.now()
const files = await writeDemoDataset(values.out, dataset)
const written = performance.now()

const report = calibrationReport(result)
const detected = values.detect ? detectAnomalies(result) : null
const checked = performance.now()

console.log(`Demo for ${regions.length} villages, seed ${seed}, scale ${scale} → ${values.out}\n`)
console.log(formatCalibrationReport(report))
console.log(`\nExtreme-poverty line: ${(100 * result.extremeLineRatio).toFixed(1)}% of the poverty line`)
for (const anchor of years.includes(2023) ? kecamatanAnchors(result) : []) {
  console.log(`Kecamatan ${anchor.kecamatan_kode} in 2023: ${anchor.demo} (BPS ${anchor.bps})`)
}
console.log(`\nAnomalies planted${detected ? ' / detected' : ''}:`)
for (const [kind, count] of Object.entries(result.groundTruth.counts)) {
  const found = detected ? ` / ${detected[kind as keyof typeof detected].length}` : ''
  console.log(`  ${kind}: ${count}${found}`)
}
console.log('\nFiles:')
for (const file of files)
  console.log(`  ${file.file}: ${file.rows} rows, ${(file.bytes / 1e6).toFixed(1)} MB`)
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`
const steps = Object.entries(result.timings).map(([step, ms]) => `${step} ${seconds(ms)}`)
console.log(
  `\nTimings: generate ${seconds(generated - started)} (${steps.join(', ')}), write ${seconds(written - generated)}`,
)
console.log(`Report${detected ? ' and anomaly detection' : ''}: ${seconds(checked - written)}`)
console.log(`Heap used at the end: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`)
