/**
 * The demo stage of `npm run data`: generate the synthetic, calibrated dataset for the regions that are in
 * the database, write it as the five import files (a planner can open them: `data/demo/<region>/`), and
 * load each file through `importFile()`, the same code path a planner's real files take.
 */
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { SqlClient } from '../db/sql-client.ts'
import { type CalibrationRow, calibrationReport } from '../demo/calibration-report.ts'
import { POVERTY_P0_PERCENT } from '../demo/calibration-targets.ts'
import { DEMO_FILES, generateDemoDataset, writeDemoDataset } from '../demo/demo-dataset.ts'
import type { GroundTruth } from '../demo/ground-truth.ts'
import type { DemoRegion, DemoYear } from '../demo/types.ts'
import { type ImportFileProgress, importFile } from '../import/import-file.ts'
import type { IndicatorRow } from './export-indicators.ts'
import type { ExportedRegion } from './export-snapshot.ts'
import type { SnapshotManifest } from './snapshot-manifest.ts'

/**
 * A fresh key for the demo's (made-up) NIK and KK numbers, made for one build and thrown away with it. A
 * key written in the repo let anyone reverse the public planner-demo dump by trying the small NIK space
 * (region + birth date + serial): 85 % of head NIKs in 48 s. The pepper the database adds is not shipped
 * in that dump either (write-browser-dump.ts), so nothing left anywhere can undo its pseudonyms.
 */
export function makeDemoPseudonymKey(): string {
  return randomBytes(32).toString('hex')
}

/** The only region the demo is calibrated for (its IDM targets name Kutai Timur's 139 desa). */
export const DEMO_REGION = '64.08'

/** Settings of the demo stage. */
export interface LoadDemoOptions {
  seed: number
  /** Folder for the generated import files and ground-truth.json. */
  demoDir: string
  log?: (line: string) => void
  /** The share of the demo stage done (0–1), after each step of generating and each chunk of an import. */
  onProgress?: (share: number) => void
}

/** Shares of the demo stage's wall time (measured, 2 cores): generate + write, then the imports by rows. */
const GENERATE_SHARE = 0.2

/** Terminal lines during one import: at every quarter of the reading and of the writing. */
function progressLines(log: (line: string) => void, file: string): (progress: ImportFileProgress) => void {
  const printed = new Set<string>()
  const started = performance.now()
  return ({ phase, done, total }) => {
    const quarter = Math.floor((4 * done) / Math.max(total, 1))
    const key = `${phase}${quarter}`
    if (quarter === 0 || printed.has(key)) return
    printed.add(key)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    const what = phase === 'read' ? 'checked' : 'written'
    log(`  import    ${file.padEnd(22)} ${what} ${String(quarter * 25).padStart(3)} % after ${seconds} s`)
  }
}

/** What the demo stage produced, for the manifest and the CLI. */
export interface DemoReport {
  seed: number
  calibration: CalibrationRow[]
  files: Array<{ file: string; rows: number; bytes: number; import_seconds: number }>
  anomalies: Record<string, number>
  /** The planted anomalies, which run-build.ts checks the figures against once it has read them (verify-demo.ts). */
  groundTruth: GroundTruth
  generate_seconds: number
}

/** The generator's view of the regions read back from the database. */
export function toDemoRegions(regions: readonly ExportedRegion[]): DemoRegion[] {
  const kecamatanNames = new Map(
    regions.filter((region) => region.level === 'kecamatan').map((region) => [region.kode, region.nama]),
  )
  return regions
    .filter((region) => region.level === 'desa')
    .map((region) => ({
      kode: region.kode,
      nama: region.nama,
      jenis: region.jenis === 'kelurahan' ? 'kelurahan' : 'desa',
      kecamatan_kode: region.parent ?? '',
      kecamatan_nama: kecamatanNames.get(region.parent ?? '') ?? '',
      luas_km2: region.luas_km2,
      label_lng: region.label_lng,
      label_lat: region.label_lat,
    }))
}

/**
 * Generates, writes and imports the demo dataset; any rejected file stops the build (nothing is
 * published). The duplicate figures are checked against the ground truth when the publish step has read
 * them (run-build.ts, verify-demo.ts).
 */
export async function loadDemo(
  client: SqlClient,
  regions: readonly ExportedRegion[],
  options: LoadDemoOptions,
): Promise<DemoReport> {
  const log = options.log ?? (() => undefined)
  const share = options.onProgress ?? (() => undefined)
  const started = performance.now()
  log('  demo      generating the synthetic dataset')
  const dataset = generateDemoDataset({ regions: toDemoRegions(regions), seed: options.seed })
  const written = await writeDemoDataset(options.demoDir, dataset)
  const generateSeconds = (performance.now() - started) / 1000
  log(`  demo      generated and written in ${generateSeconds.toFixed(1)} s`)
  share(GENERATE_SHARE)
  const bytesOf = new Map(written.map((file) => [file.file, file.bytes]))
  const rowsOf = new Map(written.map((file) => [file.file, file.rows]))
  const totalRows = [...rowsOf.values()].reduce((sum, rows) => sum + rows, 0)
  let rowsBefore = 0
  const files: DemoReport['files'] = []
  const pseudonymKey = makeDemoPseudonymKey()
  for (const { kind, file } of DEMO_FILES) {
    const text = await readFile(path.join(options.demoDir, file), 'utf8')
    const fileRows = rowsOf.get(file) ?? 0
    const printProgress = progressLines(log, file)
    // bulkLoad: the build owns this fresh database, so indexes and constraints are restored once at the end.
    const report = await importFile(client, {
      kind,
      fileName: file,
      text,
      pseudonymKey,
      source: 'demo',
      bulkLoad: true,
      onProgress: (progress) => {
        printProgress(progress)
        // Reading and checking takes about a third of an import, writing the rest.
        const fraction =
          progress.phase === 'read'
            ? progress.done / progress.total / 3
            : 1 / 3 + (2 * progress.done) / progress.total / 3
        share(
          GENERATE_SHARE +
            ((1 - GENERATE_SHARE) * (rowsBefore + fraction * fileRows)) / Math.max(totalRows, 1),
        )
      },
    })
    rowsBefore += fileRows
    files.push({ file, rows: report.rows, bytes: bytesOf.get(file) ?? 0, import_seconds: report.seconds })
    const { chunks, insert, restore } = report.writeSeconds
    log(
      `  import    ${file.padEnd(22)} ${String(report.rows).padStart(9)} rows in ${report.seconds.toFixed(1)} s ` +
        `(read ${report.readSeconds.toFixed(1)}, copy ${chunks.toFixed(1)}, insert ${insert.toFixed(1)}, restore ${restore.toFixed(1)})`,
    )
  }
  return {
    seed: options.seed,
    calibration: calibrationReport(dataset.demo),
    files,
    anomalies: dataset.demo.groundTruth.counts,
    groundTruth: dataset.demo.groundTruth,
    generate_seconds: generateSeconds,
  }
}

const DEMO_ATTRIBUTION =
  'Data kemiskinan, bantuan sosial, IDM dan Dana Desa per desa: SINTETIS (demo), bukan data nyata; total kabupaten dikalibrasi ke angka resmi BPS, DPMD dan DJPb.'

/** The demo's files as manifest sources, one per indicator source id of the dictionary (src/indicators/dictionary/types.ts). */
export function demoSources(seed: number): SnapshotManifest['sources'] {
  const entries = [
    ['demo_dtsen', 'keluarga.csv', 'DTSEN households'],
    ['demo_penerima_bantuan', 'penerima_bantuan.csv', 'aid recipients'],
    ['demo_penduduk', 'penduduk.csv', 'population'],
    ['demo_idm', 'idm.csv', 'Indeks Desa Membangun'],
    ['demo_dana_desa', 'dana_desa.csv', 'Dana Desa'],
  ] as const
  return entries.map(([id, file, what]) => ({
    id,
    name: `Data demo sintetis: ${what}, ${file} (scripts/demo, seed ${seed})`,
    url: null,
    commit: null,
    version: null,
    sha256: null,
    licence: 'CC0-1.0 (synthetic data)',
    attribution: DEMO_ATTRIBUTION,
  }))
}

/** The manifest's `demo` section: what is synthetic, and the calibration as computed by the SQL views. */
export function demoManifest(
  report: DemoReport,
  indicators: readonly IndicatorRow[],
): NonNullable<SnapshotManifest['demo']> {
  const kabupaten = (indikator: string, tahun: number): number | null =>
    indicators.find((row) => row.level === 'kabupaten' && row.indikator === indikator && row.tahun === tahun)
      ?.nilai ?? null
  return {
    synthetic: true,
    seed: report.seed,
    note: {
      id: 'Nilai per desa adalah data demo sintetis (bukan data nyata). Total kabupaten mereproduksi angka resmi: penduduk BPS 2020/2023/2024, persentase penduduk miskin BPS 2019–2025, total Dana Desa 2022–2025, sebaran status IDM 2019.',
      en: 'Village values are synthetic demo data (not real). Regency totals reproduce official figures: BPS population 2020/2023/2024, BPS poverty rate 2019–2025, Dana Desa totals 2022–2025, IDM status counts 2019.',
    },
    calibration: report.calibration.map((row) => ({
      tahun: row.tahun,
      penduduk: kabupaten('penduduk', row.tahun) ?? row.penduduk,
      penduduk_bps: row.penduduk_bps,
      persen_penduduk_miskin: kabupaten('persen_penduduk_miskin', row.tahun) ?? row.p0,
      persen_penduduk_miskin_bps: POVERTY_P0_PERCENT[row.tahun as DemoYear],
    })),
    anomalies: report.anomalies,
  }
}
