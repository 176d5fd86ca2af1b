/**
 * Constraints, seeded geometry and region_features() of `public.regions`, run on both engines through
 * schema.cases.ts. Each bad row differs from a valid one in one field.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { asRole, inRollback } from './as-role.ts'
import { insertRegion, makeRegion, type RegionInput, SEEDED_KODES } from './make-region.ts'

/** What the engine reports: a SQLSTATE plus the violated constraint, or a message for typmod errors. */
type Rejection = { code: string; constraint: string } | { message: RegExp }

const BAD_REGIONS: readonly [string, Partial<RegionInput>, Rejection][] = [
  // A malformed kode also breaks regions_level_matches_kode; PostgreSQL checks constraints in name order
  // (relcache sorts them), so regions_kode_format is the one reported on every engine.
  ['a kode in the wrong format', { kode: '99.01.02.22' }, check('regions_kode_format')],
  ['a blank nama', { nama: '   ' }, check('regions_nama_not_blank')],
  ['an unknown level', { level: 'provinsi', jenis: null }, check('regions_level_known')],
  ['a desa without jenis', { jenis: null }, check('regions_jenis_iff_desa')],
  [
    'a kecamatan with a jenis',
    { kode: '99.01.03', level: 'kecamatan', parent: '99.01' },
    check('regions_jenis_iff_desa'),
  ],
  ['a jenis other than desa or kelurahan', { jenis: 'kota' }, check('regions_jenis_known')],
  [
    'a level that does not match the kode length',
    { level: 'kecamatan', jenis: null },
    check('regions_level_matches_kode'),
  ],
  ['a parent that is not the kode prefix', { parent: '99.01.01' }, check('regions_parent_is_kode_prefix')],
  [
    'a kabupaten with a parent',
    { kode: '99.02', level: 'kabupaten', jenis: null, parent: '99.01' },
    check('regions_parent_is_kode_prefix'),
  ],
  [
    'a parent that does not exist',
    { kode: '99.01.03.2001', parent: '99.01.03' },
    { code: '23503', constraint: 'regions_parent_fkey' },
  ],
  ['a kode that already exists', { kode: '99.01.02.2001' }, { code: '23505', constraint: 'regions_pkey' }],
  ['a zero luas_km2', { luasKm2: 0 }, check('regions_luas_positive')],
  [
    'a self-intersecting (bow-tie) polygon',
    { geomWkt: 'MULTIPOLYGON(((0.15 0.15,0.2 0.2,0.2 0.15,0.15 0.2,0.15 0.15)))', labelPointWkt: null },
    check('regions_geom_valid'),
  ],
  ['an empty geometry', { geomWkt: 'MULTIPOLYGON EMPTY', labelPointWkt: null }, check('regions_geom_valid')],
  [
    'a label point outside the polygon',
    { labelPointWkt: 'POINT(0.05 0.05)' },
    check('regions_label_point_inside'),
  ],
  [
    'a geometry in another SRID',
    { srid: 3857 },
    { message: /Geometry SRID \(3857\) does not match column SRID \(4326\)/ },
  ],
]

function check(constraint: string): Rejection {
  return { code: '23514', constraint }
}

/** Defines the constraint, geometry and region_features() tests; `db` returns the seeded database. */
export function describeRegionsConstraints(db: () => SqlClient): void {
  describe('public.regions constraints', () => {
    it('accept a well-formed new desa', async () => {
      expect(await inRollback(db(), (client) => insertRegion(client, makeRegion()))).toEqual([
        '99.01.02.2002',
      ])
    })

    it.each(BAD_REGIONS)('reject %s', async (_label, overrides, rejection) => {
      const attempt = inRollback(db(), (client) => insertRegion(client, makeRegion(overrides)))
      await expect(attempt).rejects.toMatchObject(rejection)
    })

    // PostGIS 3.4 started promoting singletons into multi typmod columns (postgis/postgis#720): PGlite
    // (PostGIS 3.6) stores the MultiPolygon, Debian's PostGIS 3.3 rejects the Polygon. Never a Polygon.
    it('reject a Polygon before PostGIS 3.4 and store it as a MultiPolygon from 3.4 on', async () => {
      const polygon = makeRegion({ geomWkt: 'POLYGON((0.15 0.15,0.2 0.15,0.2 0.2,0.15 0.2,0.15 0.15))' })
      const { rows } = await db().query<{ version: string }>(
        'select extensions.postgis_lib_version() as version',
      )
      const [major = 0, minor = 0] = (rows[0]?.version ?? '').split('.').map(Number)
      const attempt = inRollback(db(), async (client) => {
        await insertRegion(client, polygon)
        const stored = await client.query(
          `select extensions.geometrytype(geom) as type from public.regions where kode = $1`,
          [polygon.kode],
        )
        return stored.rows
      })
      if (major > 3 || (major === 3 && minor >= 4)) {
        expect(await attempt).toEqual([{ type: 'MULTIPOLYGON' }])
      } else {
        await expect(attempt).rejects.toThrow(
          'Geometry type (Polygon) does not match column type (MultiPolygon)',
        )
      }
    })

    it('hold for every seeded row: valid geometry, label inside, luas_km2 within 0.01% of the spheroid area', async () => {
      const { rows } = await db().query(
        `select kode,
                extensions.st_isvalid(geom) as is_valid,
                label_point is null or extensions.st_covers(geom, label_point) as label_inside,
                abs(luas_km2 / (extensions.st_area(geom::extensions.geography) / 1e6) - 1) < 1e-4 as area_matches
         from public.regions order by kode collate "C"`,
      )
      expect(rows).toEqual(
        SEEDED_KODES.map((kode) => ({ kode, is_valid: true, label_inside: true, area_matches: true })),
      )
    })
  })

  describe('public.region_features()', () => {
    it.each(['anon', 'authenticated'] as const)(
      'gives %s every region of kabupaten 99.01 as GeoJSON MultiPolygons, ordered by kode',
      async (role) => {
        const rows = await asRole(db(), role, async (client) => {
          const result = await client.query<{ kode: string; geometry: unknown }>(
            `select kode, geometry from public.region_features('99.01')`,
          )
          return result.rows
        })
        expect(rows.map((row) => row.kode)).toEqual([...SEEDED_KODES])
        for (const row of rows) expect(parseJson(row.geometry)).toMatchObject({ type: 'MultiPolygon' })
      },
    )

    it('returns the stored label point, or a point on the surface when none is stored', async () => {
      const { rows } = await db().query(
        `select kode, label_lng, label_lat from public.region_features('99.01')
         where kode in ('99.01.01.1001', '99.01.01.2001')`,
      )
      expect(rows).toEqual([
        { kode: '99.01.01.1001', label_lng: 0.05, label_lat: 0.15 },
        { kode: '99.01.01.2001', label_lng: 0.05, label_lat: 0.05 },
      ])
    })

    it('writes GeoJSON coordinates as [lng, lat] with at most 6 decimals', async () => {
      const { rows } = await db().query<{ geometry: unknown }>(
        `select geometry from public.region_features('99.01') where kode = '99.01.01.1001'`,
      )
      expect(parseJson(rows[0]?.geometry)).toEqual({
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0.1],
              [0.1, 0.1],
              [0.1, 0.2],
              [0, 0.2],
              [0, 0.1],
            ],
          ],
        ],
      })
    })

    it.each(['99.0', '99.02', '99.01.'])(
      'returns no row for the code %s, which names no kabupaten',
      async (code) => {
        const { rows } = await db().query('select kode from public.region_features($1)', [code])
        expect(rows).toEqual([])
      },
    )
  })
}

/** `json` columns arrive parsed from `pg` and PGlite alike; accept a string too, to fail readably. */
function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value
}
