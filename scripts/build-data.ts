/**
 * `npm run data`: builds the boundary snapshot (public/data/regions.topojson + manifest.json) for one
 * kabupaten. Flags: see USAGE in scripts/data/cli-options.ts and scripts/README.md.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { BuildError } from './data/build-error.ts'
import { makeProgressWriter, writeBuildRecord } from './data/build-record.ts'
import { parseCliOptions, USAGE } from './data/cli-options.ts'
import { localDisclosureKey, ROUNDED_CELLS_FILE } from './data/disclosure/local-key.ts'
import { isSnapshotCurrent } from './data/is-snapshot-current.ts'
import { runBuild } from './data/run-build.ts'
import { boundarySourceFor, loadSources } from './data/sources.ts'
import { BROWSER_DUMP_INFO_FILE } from './data/write-browser-dump.ts'

async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2), process.env, process.cwd())
  if (options.isHelp) {
    console.log(USAGE)
    return
  }
  const started = performance.now()
  // The local-mode database of the planner workspace goes beside the snapshot folder (public/local).
  const browserDumpDir = path.resolve(path.dirname(options.outDir), 'local')
  if (options.isIfMissing) {
    const sources = await loadSources(options.sourcesFile)
    const pinned = boundarySourceFor(sources, options.region)
    const status = await isSnapshotCurrent(options.outDir, options.region, pinned.sha256)
    // A snapshot from before local mode existed has no browser database: build it too.
    const isDumpMissing =
      options.demo !== undefined && !existsSync(path.join(browserDumpDir, BROWSER_DUMP_INFO_FILE))
    if (status.isCurrent && !isDumpMissing) {
      console.log(`data: ${status.reason}; nothing to do`)
      return
    }
    const reason = status.isCurrent ? 'the local-mode database (public/local) is missing' : status.reason
    console.log(`data: building (${reason})`)
  }
  console.log(
    `data: building region ${options.region} into ${path.relative(process.cwd(), options.outDir) || '.'}`,
  )
  const cpuStarted = process.cpuUsage()
  const progress = options.isEarlySnapshot ? makeProgressWriter() : undefined
  const result = await runBuild({
    region: options.region,
    outDir: options.outDir,
    sourcesFile: options.sourcesFile,
    dbUrl: options.dbUrl,
    demo: options.demo,
    browserDumpDir,
    // A real database keeps its own key (terbit.kunci()); the embedded one is new each build.
    disclosureKey: options.dbUrl
      ? undefined
      : await localDisclosureKey(path.resolve(import.meta.dirname, '..'), process.env),
    cellsFile: path.resolve(import.meta.dirname, '..', ROUNDED_CELLS_FILE),
    fetch: { dataCache: options.dataCache, isOffline: options.isOffline },
    isEarlySnapshot: options.isEarlySnapshot,
    onProgress: progress?.report,
    log: (line) => console.log(line),
  }).finally(() => progress?.clear())
  const cpu = process.cpuUsage(cpuStarted)
  await writeBuildRecord({
    finished_at: new Date().toISOString(),
    region: options.region,
    wall_seconds: (performance.now() - started) / 1000,
    cpu_seconds: (cpu.user + cpu.system) / 1e6,
    timings: result.timings,
    demo: result.demo && { generate_seconds: result.demo.generate_seconds, files: result.demo.files },
  })
  const { manifest } = result
  console.log(`data: ${manifest.snapshot_id} — ${manifest.region.nama}`)
  console.log(
    `  ${manifest.counts.kecamatan} kecamatan, ${manifest.counts.desa} desa, ${manifest.counts.kelurahan} kelurahan, ` +
      `${manifest.luas_km2.toLocaleString('en-US')} km², ${manifest.name_check.warnings.length} name warning(s)`,
  )
  for (const row of manifest.demo?.calibration ?? []) {
    console.log(
      `  demo ${row.tahun}: penduduk ${row.penduduk} (BPS ${row.penduduk_bps ?? '—'}), miskin ${row.persen_penduduk_miskin}% (BPS ${row.persen_penduduk_miskin_bps}%)`,
    )
  }
  for (const file of manifest.files)
    console.log(`  ${file.path}: ${file.bytes} bytes, ${file.gzip_bytes} gzip`)
  const loss = result.disclosure
  console.log(
    `  disclosure control: ${loss.counts.changed} of ${loss.counts.cells} counts and ${loss.combinations.changed} of ${loss.combinations.cells} combination cells rounded (mean |change| ${loss.counts.mean_abs.toFixed(2)}), ${loss.shares.withheld} shares withheld`,
  )
  const dump = result.browserDump
  if (dump) {
    console.log(
      `  local/${dump.file}: ${dump.bytes} bytes (periode ${dump.periode}: ${dump.rows.keluarga} keluarga)`,
    )
  }
  console.log(
    `  done in ${((performance.now() - started) / 1000).toFixed(1)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)`,
  )
}

main().catch((error: unknown) => {
  if (error instanceof BuildError) console.error(`data: ✖ ${error.message}`)
  else console.error('data: ✖ unexpected error (a bug in the data build):', error)
  process.exitCode = 1
})
