import { readFileSync } from 'node:fs'
import type { MultiPolygon } from 'geojson'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openPglite, type SqlClient } from '../db/sql-client.ts'
import { readRegions } from './export-snapshot.ts'
import { signedArea, toMultiPolygon } from './geometry.ts'
import { loadRegions, readRegionStats } from './load-regions.ts'
import { parseWilayahSql } from './parse-wilayah-sql.ts'
import { loadReferenceNames } from './reference-names.ts'
import { buildRegionRecords, type RegionRecord } from './region-records.ts'
import { shapeBoundaries } from './shape-boundaries.ts'
import {
  FIXTURE_BOUNDARY_FILE,
  FIXTURE_NAMES_DIR,
  FIXTURE_REGION,
  makeFixtureSources,
} from './testing/fixtures.ts'

let client: SqlClient
let fixtureRecords: RegionRecord[]

/** The fixture kabupaten as region rows, through the same steps as the build. */
async function makeFixtureRecords(): Promise<RegionRecord[]> {
  const rows = parseWilayahSql(readFileSync(FIXTURE_BOUNDARY_FILE, 'utf8'), 'fixture.sql', FIXTURE_REGION)
  const shaped = await shapeBoundaries(
    rows.map((row) => ({ kode: row.kode, geometry: toMultiPolygon(row.polygons) })),
  )
  const reference = await loadReferenceNames(makeFixtureSources().names, FIXTURE_REGION, FIXTURE_NAMES_DIR)
  return buildRegionRecords(reference, shaped)
}

/** A copy of the fixture rows with one village changed. */
function withVillage(kode: string, change: Partial<RegionRecord>): RegionRecord[] {
  return fixtureRecords.map((record) => (record.kode === kode ? { ...record, ...change } : record))
}

async function countRows(): Promise<number> {
  const { rows } = await client.query<{ count: number }>('select count(*)::int as count from public.regions')
  return rows[0]?.count ?? -1
}

beforeAll(async () => {
  // The real migrations (supabase/migrations) create public.regions and region_features().
  client = await openPglite()
  fixtureRecords = await makeFixtureRecords()
})

afterAll(async () => {
  await client?.close()
})

beforeEach(async () => {
  await client.exec('delete from public.regions')
})

describe('loadRegions()', () => {
  it('loads every row and the database finds all geometry valid with labels inside', async () => {
    expect(await loadRegions(client, fixtureRecords)).toEqual([])
    expect(await readRegionStats(client, FIXTURE_REGION)).toEqual({
      kecamatan: 2,
      desa: 4,
      kelurahan: 1,
      invalid: [],
      labelOutside: [],
    })
  })

  it('upserts: loading again updates rows instead of duplicating them', async () => {
    await loadRegions(client, fixtureRecords)
    await loadRegions(client, withVillage('99.01.01.2001', { nama: 'Nama Baru' }))
    const { rows } = await client.query<{ nama: string }>(
      `select nama from public.regions where kode = '99.01.01.2001'`,
    )
    expect([await countRows(), rows[0]?.nama]).toEqual([fixtureRecords.length, 'Nama Baru'])
  })

  it('repairs a self-intersecting polygon with ST_MakeValid and warns with its kode', async () => {
    const bowTie: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [117, 0],
            [117.05, 0.1],
            [117.05, 0],
            [117, 0.1],
            [117, 0],
          ],
        ],
      ],
    }
    const warnings = await loadRegions(
      client,
      withVillage('99.01.01.2001', { geometry: bowTie, label: [117.01, 0.05] }),
    )
    expect(warnings).toEqual([
      {
        kode: '99.01.01.2001',
        reason: expect.stringMatching(/Self-intersection.*repaired with ST_MakeValid/),
      },
    ])
    expect((await readRegionStats(client, FIXTURE_REGION)).invalid).toEqual([])
  })

  it.each([
    ['a zero area', { luas_km2: 0 }, /regions_luas_positive/],
    [
      'a label point outside the polygon',
      { label: [100, 0] as [number, number] },
      /regions_label_point_inside/,
    ],
  ])('stops on %s, naming the kode, and writes nothing', async (_case, change, constraint) => {
    const load = loadRegions(client, withVillage('99.01.02.2002', change))
    await expect(load).rejects.toThrow(/loading desa 99\.01\.02\.2002 into public\.regions failed/)
    await expect(load).rejects.toThrow(constraint)
    expect(await countRows()).toBe(0)
  })

  it('stops with advice when the migrations have not created public.regions', async () => {
    const empty: SqlClient = { ...client, query: async <T>() => ({ rows: [{ name: null }] as T[] }) }
    await expect(loadRegions(empty, fixtureRecords)).rejects.toThrow(
      /public\.regions does not exist.*\n.*supabase\/migrations/,
    )
  })
})

describe('readRegions()', () => {
  it('reads the kabupaten back through region_features() with village counts and RFC 7946 winding', async () => {
    await loadRegions(client, fixtureRecords)
    const regions = await readRegions(client, FIXTURE_REGION)
    expect(regions.map((region) => [region.kode, region.level, region.jumlah_desa])).toEqual([
      ['99.01', 'kabupaten', 0],
      ['99.01.01', 'kecamatan', 3],
      ['99.01.01.1003', 'desa', 0],
      ['99.01.01.2001', 'desa', 0],
      ['99.01.01.2002', 'desa', 0],
      ['99.01.02', 'kecamatan', 2],
      ['99.01.02.2001', 'desa', 0],
      ['99.01.02.2002', 'desa', 0],
    ])
    const exteriors = regions.flatMap((region) =>
      region.geometry.coordinates.map((polygon) => polygon[0] ?? []),
    )
    expect(exteriors.every((ring) => signedArea(ring) > 0)).toBe(true)
  })
})
