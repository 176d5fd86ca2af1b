import { readdirSync, readFileSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPglite, type SqlClient } from '../db/sql-client.ts'
import { type BuildOptions, runBuild } from './run-build.ts'
import { sha256Hex } from './sha256.ts'
import { snapshotManifestSchema } from './snapshot-manifest.ts'
import { cachePathOf } from './sources.ts'
import {
  FIXTURE_BOUNDARY_FILE,
  FIXTURE_NAMES_DIR,
  FIXTURE_REGION,
  makeFixtureCache,
  makeFixtureSources,
  makeTempDir,
  removeTempDirs,
} from './testing/fixtures.ts'

let database: SqlClient

beforeAll(async () => {
  database = await openPglite()
})

afterAll(async () => {
  await database?.close()
  await removeTempDirs()
})

const refusingFetch = (async () => {
  throw new Error('no network in tests')
}) as typeof fetch

/**
 * Build options over temp folders: a DATA_CACHE holding the fixture (or `boundaryText`), an empty
 * data/cache, an output folder that already holds an "old" snapshot, and the shared test database.
 */
async function makeBuild(options: { boundaryText?: string; isCacheEmpty?: boolean } = {}) {
  const root = await makeTempDir()
  const dataCache = path.join(root, 'shared')
  const text = options.boundaryText
  const sources = makeFixtureSources(text === undefined ? {} : { boundarySha256: sha256Hex(text) })
  if (!options.isCacheEmpty) await makeFixtureCache(dataCache, sources, text)
  const outDir = path.join(root, 'public', 'data')
  await mkdir(outDir, { recursive: true })
  await writeFile(path.join(outDir, 'manifest.json'), 'old manifest')
  const buildOptions: BuildOptions = {
    region: FIXTURE_REGION,
    outDir,
    sources,
    namesPackageDir: FIXTURE_NAMES_DIR,
    fetch: { dataCache, localCache: path.join(root, 'cache'), isOffline: true, fetch: refusingFetch },
    openDatabase: async () => ({ ...database, close: async () => undefined }),
    now: () => new Date('2025-06-01T00:00:00Z'),
  }
  return { root, outDir, sources, buildOptions }
}

/** The fixture dump with one line replaced (1-based). */
function makeFixtureText(line: number, replacement: string): string {
  const lines = readFileSync(FIXTURE_BOUNDARY_FILE, 'utf8').split('\n')
  lines[line - 1] = replacement
  return lines.join('\n')
}

describe('runBuild()', () => {
  it('publishes the boundaries first with isEarlySnapshot, before the steps after them run', async () => {
    const { outDir, buildOptions } = await makeBuild()
    const seen: Array<{ step: string; files: string[]; manifest: string }> = []
    const record = (step: string) => {
      seen.push({
        step,
        files: readdirSync(outDir).sort(),
        manifest: readFileSync(path.join(outDir, 'manifest.json'), 'utf8'),
      })
    }
    const result = await runBuild({
      ...buildOptions,
      isEarlySnapshot: true,
      onProgress: (_, step) => record(step),
    })
    const early = seen.find((entry) => entry.step === 'early')
    expect(early?.files).toEqual(['LICENSE-wilayah_boundaries.txt', 'manifest.json', 'regions.topojson'])
    const manifest = snapshotManifestSchema.parse(JSON.parse(early?.manifest ?? ''))
    expect(manifest.counts).toEqual(result.manifest.counts)
    expect(seen.map((entry) => entry.step)).toEqual(['early', 'figures', 'programs', 'write'])
    expect(readdirSync(outDir)).toContain('programs.json')
  })

  it('builds the fixture kabupaten from DATA_CACHE into the output folder, through the database', async () => {
    const { outDir, buildOptions } = await makeBuild()
    const result = await runBuild(buildOptions)
    expect(result.stats).toEqual({ kecamatan: 2, desa: 4, kelurahan: 1, invalid: [], labelOutside: [] })
    const manifest = snapshotManifestSchema.parse(
      JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')),
    )
    expect(manifest).toEqual(result.manifest)
    expect(manifest.snapshot_id).toMatch(/^99\.01-20250601T000000Z-[0-9a-f]{8}$/)
    expect(manifest.counts).toEqual({ kecamatan: 2, desa: 4, kelurahan: 1 })
    expect(manifest.name_check.warnings).toEqual([
      { kode: '99.01.01.2002', boundary_nama: 'Bukit Contoh', reference_nama: 'Bukit Contoh Baru' },
    ])
    for (const file of manifest.files) {
      expect(sha256Hex(await readFile(path.join(outDir, file.path)))).toBe(file.sha256)
    }
    expect(result.timings.map((timing) => timing.step)).toContain('mapshaper')
  })

  it.each([
    [
      'a wrong checksum',
      async () => {
        const build = await makeBuild()
        const boundary = build.sources.boundaries[FIXTURE_REGION]
        if (boundary) boundary.sha256 = 'c'.repeat(64)
        return build
      },
      [
        /wilayah_boundaries_kel_99\.01\.sql: sha256 is [0-9a-f]{64} but data\/sources\.json pins c{64}/,
        /replace it/,
      ],
    ],
    [
      'a missing file while offline',
      () => makeBuild({ isCacheEmpty: true }),
      [
        /wilayah_boundaries_kel_99\.01\.sql: not found in/,
        /set DATA_CACHE to a folder containing <owner>\/<repo>\/<commit>\/<path>/,
      ],
    ],
    [
      'a corrupted row',
      () =>
        makeBuild({
          boundaryText: makeFixtureText(
            13,
            "\t('99.01.02.2001','Pulau Dua',0.05,117.15,'[[[[0,117.1],[0,117.2]",
          ),
        }),
      [/wilayah_boundaries_kel_99\.01\.sql:13: malformed row/, /delete it from the cache/],
    ],
    [
      'a village code unknown to the names source',
      () =>
        makeBuild({
          boundaryText: makeFixtureText(
            14,
            "\t('99.01.02.2009','Baru',0.125,117.15,'[[[0.1,117.1],[0.15,117.1],[0.15,117.2],[0.1,117.2],[0.1,117.1]]]');",
          ),
        }),
      [/not in idn-area-data: 99\.01\.02\.2009; no boundary for: 99\.01\.02\.2002/],
    ],
  ])(
    'stops on %s with a clear message and leaves the output untouched',
    async (_case, makeFailingBuild, messages) => {
      const { root, outDir, buildOptions } = await makeFailingBuild()
      const build = runBuild(buildOptions)
      for (const message of messages) await expect(build).rejects.toThrow(message)
      expect(await readdir(outDir)).toEqual(['manifest.json'])
      expect(await readFile(path.join(outDir, 'manifest.json'), 'utf8')).toBe('old manifest')
      expect((await readdir(path.join(root, 'public'))).sort()).toEqual(['data'])
    },
  )

  it('stops when the database holds a village this build did not load, and keeps the last snapshot', async () => {
    const { outDir, buildOptions } = await makeBuild()
    await runBuild(buildOptions)
    const manifestBefore = await readFile(path.join(outDir, 'manifest.json'), 'utf8')
    await database.query(
      `insert into public.regions (kode, nama, level, jenis, parent, geom, luas_km2)
       select '99.01.02.2099', 'Hilang', 'desa', 'desa', '99.01.02', geom, 1 from public.regions where kode = '99.01.02.2002'`,
    )
    try {
      await expect(runBuild(buildOptions)).rejects.toThrow(/rows this build did not load: 99\.01\.02\.2099/)
    } finally {
      await database.query(`delete from public.regions where kode = '99.01.02.2099'`)
    }
    expect(await readFile(path.join(outDir, 'manifest.json'), 'utf8')).toBe(manifestBefore)
  })

  it('stops on an unknown region before reading any file', async () => {
    const { buildOptions } = await makeBuild()
    await expect(runBuild({ ...buildOptions, region: '99.02' })).rejects.toThrow(/unknown region 99\.02/)
  })

  it('reads from data/cache when DATA_CACHE is not set', async () => {
    const { root, buildOptions, sources } = await makeBuild({ isCacheEmpty: true })
    const localCache = path.join(root, 'cache')
    await makeFixtureCache(localCache, sources)
    const lines: string[] = []
    await runBuild({
      ...buildOptions,
      fetch: { localCache, isOffline: true },
      log: (line) => lines.push(line),
    })
    const boundary = sources.boundaries[FIXTURE_REGION]
    expect(lines).toContain(
      `  boundary file from data/cache: ${path.join(localCache, boundary ? cachePathOf(boundary) : '')}`,
    )
  })
})
