/**
 * Who reads which figures: the public reads the published snapshot, so no API caller reads the live
 * `public.indikator_wilayah` (only the publishing role `penerbit` and the service role do); only planners
 * and admins get the unsuppressed `public.indikator_lengkap()`, and nobody on the API reaches `private`.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { asRole, becomeRole, type Caller, inRollback } from './as-role.ts'
import { loadFiguresFixture } from './figures-fixture.ts'
import { cellOf, type Figure, readFigures, readUnsuppressedFigures } from './read-figures.ts'
import { loadSmallCells, SMALL_DESA } from './small-cells-fixture.ts'

const PRIVATE_VIEWS = [
  'bantuan_keluarga',
  'penerima_per_identitas',
  'tahun_data',
  'wilayah_induk',
  'wilayah_tahun',
  'hitungan_sel',
  'hitungan_lain',
  'hitungan',
  'indikator_bagian',
  'indikator_semua',
] as const

/** One figure as [indikator, cell], for compact comparisons. */
function cells(figures: readonly Figure[], kode: string, indicators: readonly string[]): [string, unknown][] {
  return figures
    .filter((figure) => figure.kode === kode && indicators.includes(figure.indikator))
    .map((figure) => [figure.indikator, cellOf(figure)])
}

/** Defines the access tests of the figures; `db` returns the migrated and seeded database. */
export function describeFiguresAccess(db: () => SqlClient): void {
  describe('access to the figures', () => {
    it('shows service_role the same suppressed figures as the publishing role', async () => {
      const { publisher, service } = await inRollback(db(), async (client) => {
        await loadSmallCells(client)
        await becomeRole(client, 'penerbit')
        const figures = await readFigures(client)
        await becomeRole(client, 'service_role')
        return { publisher: figures, service: await readFigures(client) }
      })
      expect(publisher.some((figure) => figure.status === 'ditahan')).toBe(true)
      expect(service).toEqual(publisher)
    })

    it.each(['anon', 'authenticated', 'planner', 'admin'] as const)(
      'refuses %s the live view indikator_wilayah: "permission denied for view indikator_wilayah"',
      async (caller) => {
        const attempt = asRole(db(), caller, (client) => readFigures(client))
        await expect(attempt).rejects.toMatchObject({
          code: '42501',
          message: 'permission denied for view indikator_wilayah',
        })
      },
    )

    it.each(['planner', 'admin'] as const)(
      'gives %s the withheld figures through indikator_lengkap()',
      async (caller) => {
        const figures = await inRollback(db(), async (client) => {
          await loadSmallCells(client)
          await becomeRole(client, caller)
          return readUnsuppressedFigures(client, 2024)
        })
        expect(cells(figures, SMALL_DESA, ['kk_desil_1', 'persen_kk_desil_1', 'penerima_pkh'])).toEqual([
          ['kk_desil_1', 3],
          ['penerima_pkh', 3],
          ['persen_kk_desil_1', 13.0435],
        ])
      },
    )

    it('makes indikator_lengkap() agree with the view wherever nothing is withheld', async () => {
      const { published, unsuppressed } = await inRollback(db(), async (client) => {
        await loadFiguresFixture(client)
        await becomeRole(client, 'penerbit')
        const all = await readFigures(client)
        await becomeRole(client, 'planner')
        return {
          published: all.filter((figure) => figure.tahun === 2024),
          unsuppressed: await readUnsuppressedFigures(client, 2024),
        }
      })
      expect(published.length).toBeGreaterThan(300)
      expect(published.some((figure) => figure.status === 'ditahan')).toBe(false)
      expect(unsuppressed).toEqual(published)
    })

    it('lets indikator_lengkap(null) return every year', async () => {
      const years = await inRollback(db(), async (client) => {
        await loadFiguresFixture(client)
        await becomeRole(client, 'planner')
        const { rows } = await client.query<{ tahun: number }>(
          'select distinct tahun::integer as tahun from public.indikator_lengkap(null) order by 1',
        )
        return rows.map((row) => row.tahun)
      })
      expect(years).toEqual([2022, 2023, 2024])
    })

    it.each([
      ['authenticated', 'indikator_lengkap is for planners only'],
      ['service_role', 'indikator_lengkap is for planners only'],
      ['anon', 'permission denied for function indikator_lengkap'],
    ] as const)('refuses indikator_lengkap() to %s: "%s"', async (caller: Caller, message) => {
      const attempt = asRole(db(), caller, (client) => readUnsuppressedFigures(client, 2024))
      await expect(attempt).rejects.toMatchObject({ code: '42501', message })
    })

    it.each(
      (['anon', 'authenticated', 'planner', 'service_role'] as const).flatMap((caller) =>
        PRIVATE_VIEWS.map((view) => [caller, view] as const),
      ),
    )('refuses %s the view private.%s: "permission denied for schema private"', async (caller, view) => {
      const attempt = asRole(db(), caller, (client) => client.query(`select 1 from private.${view} limit 1`))
      await expect(attempt).rejects.toMatchObject({
        code: '42501',
        message: 'permission denied for schema private',
      })
    })

    // Not only the schema: the views themselves grant nothing to an API role, so a later grant of usage
    // on private would still not open the unsuppressed parts (private.indikator_bagian) to anyone.
    it.each(['anon', 'authenticated', 'service_role'] as const)(
      'grants %s no privilege on any figure view of private',
      async (role) => {
        const { rows } = await db().query<{ view: string }>(
          `select v as view from unnest($1::text[]) as v
           where has_table_privilege($2, 'private.' || v,
             'select, insert, update, delete, truncate, references, trigger')`,
          [PRIVATE_VIEWS, role],
        )
        expect(rows).toEqual([])
      },
    )
  })
}
