/**
 * `npm run data -- --db-url <url>` on PostgreSQL 15 + PostGIS 3.3 (`npm run test:pg`): the build connects
 * by URL itself, into a throwaway database made from DATABASE_URL, migrated and dropped afterwards.
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireDatabaseUrl, withDatabase } from '../../supabase/tests/fresh-postgres.ts'
import { applyMigrations, openPostgres, type SqlClient } from '../db/sql-client.ts'
import { LOCAL_CACHE_DIR } from './fetch-source.ts'
import { runBuild } from './run-build.ts'
import { cachePathOf, loadSources } from './sources.ts'
import {
  FIXTURE_NAMES_DIR,
  FIXTURE_REGION,
  makeFixtureCache,
  makeFixtureSources,
  makeTempDir,
  removeTempDirs,
} from './testing/fixtures.ts'

const database = `ppd_test_${randomBytes(6).toString('hex')}`
let admin: SqlClient
let client: SqlClient
let databaseUrl: string

beforeAll(async () => {
  const serverUrl = requireDatabaseUrl()
  admin = await openPostgres(serverUrl)
  await admin.exec(`create database ${database}`)
  databaseUrl = withDatabase(serverUrl, database)
  client = await openPostgres(databaseUrl)
  await applyMigrations(client)
})

afterAll(async () => {
  await client?.close()
  await admin?.exec(`drop database if exists ${database} with (force)`)
  await admin?.close()
  await removeTempDirs()
})

async function buildFixture(now: string) {
  const root = await makeTempDir()
  const sources = makeFixtureSources()
  await makeFixtureCache(path.join(root, 'shared'), sources)
  return runBuild({
    region: FIXTURE_REGION,
    outDir: path.join(root, 'out'),
    sources,
    namesPackageDir: FIXTURE_NAMES_DIR,
    fetch: { dataCache: path.join(root, 'shared'), localCache: path.join(root, 'cache'), isOffline: true },
    dbUrl: databaseUrl,
    now: () => new Date(now),
  })
}

describe('runBuild() with --db-url on PostgreSQL', () => {
  it('loads, verifies and exports the fixture kabupaten', async () => {
    const result = await buildFixture('2025-06-01T00:00:00Z')
    expect(result.stats).toEqual({ kecamatan: 2, desa: 4, kelurahan: 1, invalid: [], labelOutside: [] })
    expect(result.manifest.counts).toEqual({ kecamatan: 2, desa: 4, kelurahan: 1 })
  })

  it('upserts on a second run: same rows, same topology', async () => {
    const first = await buildFixture('2025-06-01T00:00:00Z')
    const second = await buildFixture('2025-06-02T00:00:00Z')
    const { rows } = await client.query<{ count: number }>(
      'select count(*)::int as count from public.regions',
    )
    expect(rows[0]?.count).toBe(8)
    expect(second.manifest.files[0]?.sha256).toBe(first.manifest.files[0]?.sha256)
  })

  it('builds the real Kutai Timur file when it is cached', async (context) => {
    const sources = await loadSources()
    const source = sources.boundaries['64.08']
    const dataCache = process.env.DATA_CACHE ? path.resolve(process.env.DATA_CACHE) : undefined
    const isCached = [dataCache, LOCAL_CACHE_DIR].some(
      (dir) => dir && source && existsSync(path.join(dir, cachePathOf(source))),
    )
    if (!isCached) context.skip('the pinned 64.08 file is not in DATA_CACHE or data/cache')
    const outDir = path.join(await makeTempDir(), 'out')
    const result = await runBuild({
      region: '64.08',
      outDir,
      dbUrl: databaseUrl,
      fetch: { dataCache, isOffline: true },
    })
    expect(result.manifest.counts).toEqual({ kecamatan: 18, desa: 139, kelurahan: 2 })
    expect(result.stats.invalid).toEqual([])
  })
})
