/**
 * The full pipeline on the real, pinned boundary files, when they are on this machine: in DATA_CACHE
 * (CI: ../shared/data/upstream) or data/cache. Otherwise the tests are skipped with the reason printed;
 * they never download.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPglite, type SqlClient } from '../db/sql-client.ts'
import { LOCAL_CACHE_DIR } from './fetch-source.ts'
import { parseCsv } from './reference-names.ts'
import { type BuildResult, runBuild } from './run-build.ts'
import { cachePathOf, loadSources, type Sources } from './sources.ts'
import { makeTempDir, removeTempDirs } from './testing/fixtures.ts'

const sources: Sources = await loadSources()
const dataCache = process.env.DATA_CACHE ? path.resolve(process.env.DATA_CACHE) : undefined

function isCached(region: string): boolean {
  const source = sources.boundaries[region]
  if (!source) return false
  return [dataCache, LOCAL_CACHE_DIR].some((dir) => dir && existsSync(path.join(dir, cachePathOf(source))))
}

const hasRealFiles = isCached('64.08') && isCached('64.74')
if (!hasRealFiles) {
  console.warn(
    'build-data.real.test.ts skipped: the pinned boundary files of 64.08 and 64.74 are neither in DATA_CACHE ' +
      `(${dataCache ?? 'unset'}) nor in ${LOCAL_CACHE_DIR}. Run with DATA_CACHE=../shared/data/upstream.`,
  )
}

/** idn-area-data rows (code, parent, name) of one kabupaten, read straight from the package CSV. */
async function readOfficial(
  file: 'districts' | 'villages',
  region: string,
): Promise<Array<[string, string]>> {
  const text = await readFile(
    path.resolve(import.meta.dirname, `../../node_modules/idn-area-data/data/${file}.csv`),
    'utf8',
  )
  return parseCsv(text)
    .filter(([code = '']) => code.startsWith(`${region}.`))
    .map(([code = '', , name = '']): [string, string] => [code, name])
    .sort(([a], [b]) => (a < b ? -1 : 1))
}

let database: SqlClient
const builds = new Map<string, { result: BuildResult; outDir: string }>()

async function build(region: string) {
  const outDir = path.join(await makeTempDir(), 'data')
  const result = await runBuild({
    region,
    outDir,
    fetch: { dataCache, isOffline: true },
    openDatabase: async () => ({ ...database, close: async () => undefined }),
  })
  return { result, outDir }
}

async function readTopology(outDir: string): Promise<{ topology: Topology; bytes: Buffer }> {
  const bytes = await readFile(path.join(outDir, 'regions.topojson'))
  return { topology: JSON.parse(bytes.toString('utf8')) as Topology, bytes }
}

function propertiesOf(topology: Topology, name: string): Array<Record<string, unknown>> {
  return feature(topology, topology.objects[name] as GeometryCollection).features.map(
    (item) => item.properties ?? {},
  )
}

describe.skipIf(!hasRealFiles)('npm run data on the real pinned files', () => {
  beforeAll(async () => {
    database = await openPglite()
    builds.set('64.08', await build('64.08'))
    builds.set('64.74', await build('64.74'))
  })

  afterAll(async () => {
    await database?.close()
    await removeTempDirs()
  })

  it('builds Kutai Timur with 141 villages, 2 of them kelurahan, in 18 kecamatan', async () => {
    const { topology } = await readTopology(builds.get('64.08')?.outDir ?? '')
    const desa = propertiesOf(topology, 'desa')
    expect(desa).toHaveLength(141)
    expect(
      desa.filter((village) => village.jenis === 'kelurahan').map((village) => [village.kode, village.nama]),
    ).toEqual([
      ['64.08.04.1010', 'Teluk Lingga'],
      ['64.08.12.1002', 'Singa Geweh'],
    ])
    expect(propertiesOf(topology, 'kecamatan')).toHaveLength(18)
    expect(builds.get('64.08')?.result.manifest.counts).toEqual({ kecamatan: 18, desa: 139, kelurahan: 2 })
  })

  it('publishes exactly the codes and names of idn-area-data', async () => {
    const { topology } = await readTopology(builds.get('64.08')?.outDir ?? '')
    const published = (name: string) =>
      propertiesOf(topology, name)
        .map((item): [string, string] => [String(item.kode), String(item.nama)])
        .sort(([a], [b]) => (a < b ? -1 : 1))
    expect(published('desa')).toEqual(await readOfficial('villages', '64.08'))
    expect(published('kecamatan')).toEqual(await readOfficial('districts', '64.08'))
  })

  it('measures a total area of 31,744 km² ± 1%', () => {
    const total = builds.get('64.08')?.result.manifest.luas_km2 ?? 0
    expect(Math.abs(total / 31_744 - 1)).toBeLessThan(0.01)
  })

  it('finds every geometry valid and every label inside, in the database before export', async () => {
    expect(builds.get('64.08')?.result.stats).toMatchObject({ invalid: [], labelOutside: [] })
    const { rows } = await database.query<{ invalid: number }>(
      `select count(*)::int as invalid from public.regions where not extensions.st_isvalid(geom)`,
    )
    expect(rows[0]?.invalid).toBe(0)
  })

  it('keeps regions.topojson at or under 60 KB gzipped', async () => {
    const { bytes } = await readTopology(builds.get('64.08')?.outDir ?? '')
    expect(gzipSync(bytes).length).toBeLessThanOrEqual(60 * 1024)
  })

  it('builds Kota Bontang (64.74) with 3 kecamatan and 15 kelurahan', () => {
    expect(builds.get('64.74')?.result.manifest.counts).toEqual({ kecamatan: 3, desa: 0, kelurahan: 15 })
    expect(builds.get('64.74')?.result.manifest.region).toEqual({ kode: '64.74', nama: 'Kota Bontang' })
  })
})
