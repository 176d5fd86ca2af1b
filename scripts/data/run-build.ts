/**
 * The boundary pipeline, step by step: sources → fetch (cache or download, sha256 checked) → parse →
 * names check → mapshaper clean/dissolve/simplify → region rows → load into the database → verify →
 * (demo: generate and import the synthetic dataset) → export the snapshot and the published figures from
 * the database → atomic write. Every input can be injected, so tests build
 * tiny fixtures into temp folders without network.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { openPglite, openPostgres, type SqlClient } from '../db/sql-client.ts'
import { BuildError } from './build-error.ts'
import { formatRoundedCells } from './disclosure/cells.ts'
import type { InformationLoss } from './disclosure/information-loss.ts'
import { publishFigures } from './disclosure/publish-figures.ts'
import { assertDefinitionsMatch, formatIndicatorFiles, type IndicatorRow } from './export-indicators.ts'
import { formatCombinationsCsv, formatProgramsJson, readProgramDictionary } from './export-programs.ts'
import { buildSnapshot, manifestSources, readRegions, type SnapshotFile } from './export-snapshot.ts'
import { type FetchSourceOptions, fetchSource } from './fetch-source.ts'
import { toMultiPolygon } from './geometry.ts'
import { DEMO_REGION, type DemoReport, demoManifest, demoSources, loadDemo } from './load-demo.ts'
import { loadRegions, type RegionStats, readRegionStats } from './load-regions.ts'
import { parseWilayahSql } from './parse-wilayah-sql.ts'
import { assertCodesMatch, checkNames, loadReferenceNames } from './reference-names.ts'
import { buildRegionRecords } from './region-records.ts'
import { shapeBoundaries } from './shape-boundaries.ts'
import type { SnapshotManifest } from './snapshot-manifest.ts'
import { boundarySourceFor, loadSources, type Sources } from './sources.ts'
import { verifyDemo } from './verify-demo.ts'
import { writeAtomic } from './write-atomic.ts'
import { type BrowserDumpInfo, writeBrowserDump } from './write-browser-dump.ts'

/** Inputs of one build. Only `region` and `outDir` are required. */
export interface BuildOptions {
  /** Kabupaten/kota code, e.g. `64.08`. */
  region: string
  /** Output folder (public/data for the app). */
  outDir: string
  /** Sources manifest already loaded (tests); else read from `sourcesFile` or data/sources.json. */
  sources?: Sources
  sourcesFile?: string
  /** Caches, offline mode and an injectable fetch. */
  fetch?: FetchSourceOptions
  /** Folder of the installed names package (tests point it to a fixture). */
  namesPackageDir?: string
  /** Load into this PostgreSQL instead of an embedded PGlite. */
  dbUrl?: string
  /** Opens the database (tests); default PGlite with migrations, or `dbUrl`. */
  openDatabase?: () => Promise<SqlClient>
  /** Percentage of removable vertices to keep (mapshaper -simplify). */
  simplifyPercent?: number
  /** TopoJSON quantization. */
  quantization?: number
  /** Generate and import the synthetic demo dataset (Kutai Timur only) before exporting the figures. */
  demo?: { seed: number; demoDir: string }
  /**
   * Folder for the planner workspace's local-mode database (write-browser-dump.ts); written only when the
   * demo was loaded into the embedded PGlite.
   */
  browserDumpDir?: string
  /**
   * Disclosure key (docs/disclosure-control.md); default the database's own (`terbit.kunci()`). A fresh
   * embedded database has a new key each build, so the CLI keeps one outside the snapshot.
   */
  disclosureKey?: string
  /**
   * Where to write the rounded elementary cells the published counts were summed from (never published;
   * the attack's self-check reads them, docs/disclosure-control.md). Not written when absent.
   */
  cellsFile?: string
  /**
   * Publish a boundaries-only snapshot into `outDir` as soon as the regions are in the database, then go
   * on (npm start serves the map from it while the demo loads; the full snapshot replaces it at the end).
   */
  isEarlySnapshot?: boolean
  /** After the boundaries: the share of the rest of the build that is done (0–1) and its step. */
  onProgress?: (share: number, step: string) => void
  now?: () => Date
  log?: (line: string) => void
}

/** Shares of the build after the boundaries, at the end of each step (wall time on 2 cores, measured). */
const PROGRESS_AFTER = { demo: 0.7, figures: 0.88, programs: 0.93, write: 0.95, dump: 1 } as const

/** What a build produced, for the CLI and the tests. */
export interface BuildResult {
  manifest: SnapshotManifest
  /** Counts and validity read from the database before export. */
  stats: RegionStats
  /** What the demo stage generated and loaded, when it ran. */
  demo?: DemoReport
  /** The local-mode database dump, when one was written. */
  browserDump?: BrowserDumpInfo
  /** What disclosure control changed in the published figures. */
  disclosure: InformationLoss
  timings: Array<{ step: string; ms: number }>
}

/** Runs the whole pipeline; throws a {@link BuildError} (and writes nothing) on any problem. */
export async function runBuild(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? (() => undefined)
  const progress = options.onProgress ?? (() => undefined)
  const timings: BuildResult['timings'] = []
  const step = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    const start = performance.now()
    const result = await work()
    const ms = Math.round(performance.now() - start)
    timings.push({ step: name, ms })
    log(`  ${name.padEnd(10)} ${String(ms).padStart(6)} ms`)
    const share = PROGRESS_AFTER[name as keyof typeof PROGRESS_AFTER]
    if (share !== undefined) progress(share, name)
    return result
  }
  const simplifyPercent = options.simplifyPercent ?? 10
  const quantization = options.quantization ?? 1e5
  const sources = await step('sources', () => options.sources ?? loadSources(options.sourcesFile))
  const boundarySource = boundarySourceFor(sources, options.region)
  const [boundary, licence] = await step('fetch', () =>
    Promise.all([
      fetchSource(boundarySource, options.fetch),
      fetchSource(sources.boundary_licence, options.fetch),
    ]),
  )
  log(`  boundary file from ${boundary.origin}: ${boundary.file}`)
  const rows = await step('parse', () =>
    parseWilayahSql(boundary.bytes.toString('utf8'), boundary.file, options.region),
  )
  const reference = await step('names', () =>
    loadReferenceNames(sources.names, options.region, options.namesPackageDir),
  )
  const nameCheck = checkNames(rows, reference)
  assertCodesMatch(nameCheck, boundary.file)
  for (const warning of nameCheck.warnings) {
    log(
      `  warning: ${warning.kode} is "${warning.boundary_nama}" in the boundary file, "${warning.reference_nama}" in idn-area-data (used)`,
    )
  }
  const villages = rows.map((row) => ({ kode: row.kode, geometry: toMultiPolygon(row.polygons) }))
  const shaped = await step('mapshaper', () => shapeBoundaries(villages, { simplifyPercent }))
  const records = await step('records', () => buildRegionRecords(reference, shaped))
  const client = await step('database', () => openDatabase(options))
  try {
    const geometryWarnings = await step('load', () => loadRegions(client, records))
    for (const warning of geometryWarnings) log(`  warning: ${warning.kode}: ${warning.reason}`)
    const stats = await step('verify', () => readRegionStats(client, options.region))
    if (stats.invalid.length > 0) {
      throw new BuildError(`invalid geometry in the database for ${stats.invalid.join(', ')}`, {
        hint: 'the table should reject these (CHECK ST_IsValid): check the migration',
      })
    }
    const exported = await step('export', () => readRegions(client, options.region))
    const built = new Set(records.map((record) => record.kode))
    const stale = exported.filter((region) => !built.has(region.kode)).map((region) => region.kode)
    if (stale.length > 0) {
      throw new BuildError(`the database holds rows this build did not load: ${stale.join(', ')}`, {
        hint: 'they are gone from the pinned boundary file: delete them from public.regions (and what references them), then run again',
      })
    }
    if (options.demo && options.region !== DEMO_REGION) {
      throw new BuildError(`the demo dataset is calibrated for ${DEMO_REGION} only, not ${options.region}`, {
        hint: 'build this region without the demo (npm run data -- --region <kode> --no-demo)',
      })
    }
    const publish = (
      extraFiles: SnapshotFile[],
      demo: DemoReport | undefined,
      indicators: IndicatorRow[],
    ) => {
      const { files, manifest } = buildSnapshot({
        regions: exported,
        extraFiles,
        demo: demo ? demoManifest(demo, indicators) : undefined,
        sources: [...manifestSources(sources, options.region), ...(demo ? demoSources(demo.seed) : [])],
        nameWarnings: nameCheck.warnings,
        geometryWarnings,
        licenceText: licence.bytes.toString('utf8'),
        createdAt: (options.now ?? (() => new Date()))(),
        simplifyPercent,
        quantization,
      })
      const manifestFile = { path: 'manifest.json', content: `${JSON.stringify(manifest, null, 2)}\n` }
      return { files: [...files, manifestFile], manifest }
    }
    if (options.isEarlySnapshot) {
      await step('early', () => writeAtomic(options.outDir, publish([], undefined, []).files))
      log('  early     boundaries published: the map can be served while the rest builds')
      progress(0, 'early')
    }
    const demoSettings = options.demo
    const demo = demoSettings
      ? await step('demo', () =>
          loadDemo(client, exported, {
            ...demoSettings,
            log,
            onProgress: (share) => progress(share * PROGRESS_AFTER.demo, 'demo'),
          }),
        )
      : undefined
    // Disclosure control: the figures are read as the publishing role and protected before formatting.
    const figures = await step('figures', () => publishFigures(client, options.region, options.disclosureKey))
    // The demo's planted duplicates against the figures just read (one evaluation of the counts, not two).
    if (demo) {
      verifyDemo(figures.raw, options.region, demo.groundTruth)
      log('  verified  the duplicate figures find exactly the planted exact duplicates')
    }
    if (options.cellsFile) await writeRoundedCells(options.cellsFile, figures.cells)
    const indicators = figures.indicators
    const extraFiles: SnapshotFile[] = []
    if (indicators.length > 0) {
      assertDefinitionsMatch(indicators)
      extraFiles.push(...formatIndicatorFiles(indicators, figures.loss))
    }
    const dictionary = await step('programs', () => readProgramDictionary(client))
    const programs = { ...dictionary, combinations: figures.combinations }
    extraFiles.push(
      { path: 'programs.json', content: Buffer.from(formatProgramsJson(programs)) },
      {
        path: 'program-combinations.csv',
        content: Buffer.from(formatCombinationsCsv(programs.combinations)),
      },
    )
    const { files, manifest } = publish(extraFiles, demo, indicators)
    await step('write', () => writeAtomic(options.outDir, files))
    // Last: it cuts the database down to the browser subset.
    const dumpDir = options.browserDumpDir
    const browserDump =
      dumpDir && demo && client.dumpDataDir
        ? await step('dump', () => writeBrowserDump(client, dumpDir, (options.now ?? (() => new Date()))()))
        : undefined
    return { manifest, stats, timings, demo, browserDump, disclosure: figures.loss }
  } finally {
    await client.close()
  }
}

async function openDatabase(options: BuildOptions): Promise<SqlClient> {
  try {
    if (options.openDatabase) return await options.openDatabase()
    if (options.dbUrl) return await openPostgres(options.dbUrl)
    return await openPglite()
  } catch (error) {
    throw new BuildError(`cannot open the database: ${(error as Error).message}`, {
      hint: options.dbUrl
        ? 'check --db-url (server running, database exists, migrations applied there)'
        : 'the embedded PGlite failed to start or a migration in supabase/migrations failed',
    })
  }
}

/** Writes the rounded cells (git-ignored, beside the disclosure key), replacing the file whole. */
async function writeRoundedCells(
  file: string,
  cells: Parameters<typeof formatRoundedCells>[0],
): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const partial = `${file}.partial`
  await writeFile(partial, formatRoundedCells(cells))
  await rename(partial, file)
}
