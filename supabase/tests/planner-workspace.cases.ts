/**
 * The SQL behind every request of the planner workspace (src/data/planner/*), run exactly as the local
 * engine runs it (`requestSql`) under each caller: anon, a signed-in user without the planner role,
 * planner, admin and service_role. Also the rules of the follow-up log itself: append-only, signed and
 * dated by the database, villages only, and its "latest" view.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { addVillageFollowUpRequest, type NewFollowUp } from '../../src/data/planner/add-village-follow-up.ts'
import { latestFollowUpsRequest } from '../../src/data/planner/latest-follow-ups.ts'
import type { PlannerRequest } from '../../src/data/planner/planner-request.ts'
import { publishedVillageFiguresRequest } from '../../src/data/planner/published-village-figures.ts'
import { requestSql, toJsonRow } from '../../src/data/planner/request-sql.ts'
import { villageFollowUpsRequest } from '../../src/data/planner/village-follow-ups.ts'
import { villageHouseholdCountsRequest } from '../../src/data/planner/village-household-counts.ts'
import {
  becomeRole,
  becomeRoleWithClaims,
  type Caller,
  inRollback,
  resetRole,
  TEST_USER_ID,
} from './as-role.ts'
import { insertKeluarga, makeKeluarga } from './make-household-data.ts'

const VILLAGE = '99.01.01.2001'
const OTHER_VILLAGE = '99.01.02.2001'

/** A planner signed in with `email`, as PostgREST would see them. */
async function becomePlanner(client: SqlClient, email: string): Promise<void> {
  await becomeRoleWithClaims(client, 'authenticated', {
    role: 'authenticated',
    sub: TEST_USER_ID,
    email,
    app_metadata: { role: 'planner' },
  })
}

/** Households in VILLAGE (two periods, as the owner) and two follow-ups of it by two planners, in order. */
async function setUp(client: SqlClient): Promise<void> {
  await insertKeluarga(client, [
    makeKeluarga(1, { jumlah_anggota: 4 }),
    makeKeluarga(2, { jumlah_anggota: 3, miskin: false }),
    makeKeluarga(3, { jumlah_anggota: 6, miskin_ekstrem: true }),
    makeKeluarga(4, { periode: 2023, jumlah_anggota: 2 }),
    makeKeluarga(5, { kode_desa: OTHER_VILLAGE }),
  ])
  const add = `select public.tambah_tindak_lanjut($1, $2, $3)`
  await becomePlanner(client, 'a@contoh.id')
  await client.query(add, [VILLAGE, 'perlu_verifikasi', 'Cek ulang desil'])
  await becomePlanner(client, 'b@contoh.id')
  await client.query(add, [VILLAGE, 'sudah_diverifikasi', 'Sudah dicek'])
  await resetRole(client)
}

async function run(client: SqlClient, request: PlannerRequest): Promise<Record<string, unknown>[]> {
  const { sql, params } = requestSql(request)
  const { rows } = await client.query<Record<string, unknown>>(sql, params)
  return rows.map(toJsonRow)
}

/** Runs `request` as `caller` on top of setUp(), then rolls back. */
async function attempt(
  db: SqlClient,
  caller: Caller,
  request: PlannerRequest,
): Promise<Record<string, unknown>[]> {
  return inRollback(db, async (client) => {
    await setUp(client)
    await becomeRole(client, caller)
    return run(client, request)
  })
}

const NEW_FOLLOW_UP_INPUT: NewFollowUp = {
  kode_desa: VILLAGE,
  status: 'perlu_verifikasi',
  catatan: 'Kunjungi dusun 3',
}
const NEW_FOLLOW_UP = addVillageFollowUpRequest(NEW_FOLLOW_UP_INPUT)

const REQUESTS: Record<string, PlannerRequest> = {
  ringkasan_keluarga_desa: villageHouseholdCountsRequest(VILLAGE),
  'tindak_lanjut_desa log': villageFollowUpsRequest(VILLAGE),
  tindak_lanjut_terkini: latestFollowUpsRequest(),
  tambah_tindak_lanjut: NEW_FOLLOW_UP,
}

/** Rows each caller gets (a number) or the 42501 message it is refused with. */
const EXPECTED: Record<string, Partial<Record<Caller, number | string>>> = {
  ringkasan_keluarga_desa: {
    anon: 'permission denied for function ringkasan_keluarga_desa',
    authenticated: 0,
    planner: 2,
    admin: 2,
    service_role: 2,
  },
  'tindak_lanjut_desa log': {
    anon: 'permission denied for table tindak_lanjut_desa',
    authenticated: 0,
    planner: 2,
    admin: 2,
    service_role: 2,
  },
  tindak_lanjut_terkini: {
    anon: 'permission denied for view tindak_lanjut_terkini',
    authenticated: 0,
    planner: 1,
    admin: 1,
    service_role: 1,
  },
  tambah_tindak_lanjut: {
    anon: 'permission denied for function tambah_tindak_lanjut',
    authenticated: 'tambah_tindak_lanjut is for planners only',
    planner: 1,
    admin: 1,
    service_role: 'tambah_tindak_lanjut is for planners only',
  },
}

const CALLERS: readonly Caller[] = ['anon', 'authenticated', 'planner', 'admin', 'service_role']
const MATRIX = Object.entries(REQUESTS).flatMap(([name, request]) =>
  CALLERS.map((caller) => [caller, name, EXPECTED[name]?.[caller] ?? 'missing', request] as const),
)

/** Defines the planner-workspace SQL tests; `db` returns the seeded database. */
export function describePlannerWorkspace(db: () => SqlClient): void {
  describe('planner workspace requests', () => {
    it.each(MATRIX)('%s: %s gives %s', async (caller, _name, outcome, request) => {
      const result = attempt(db(), caller, request)
      if (typeof outcome === 'number') expect(await result).toHaveLength(outcome)
      else await expect(result).rejects.toMatchObject({ code: '42501', message: outcome })
    })

    // The planner screen reads the published figures from the snapshot (snapshot-engine.ts), never live.
    it.each(CALLERS.filter((caller) => caller !== 'service_role'))(
      'indikator_wilayah is refused to %s: the published figures come from the snapshot',
      async (caller) => {
        await expect(attempt(db(), caller, publishedVillageFiguresRequest(VILLAGE))).rejects.toMatchObject({
          code: '42501',
          message: 'permission denied for view indikator_wilayah',
        })
      },
    )

    it('ringkasan_keluarga_desa counts households, poor, extremely poor and people per period', async () => {
      expect(await attempt(db(), 'planner', villageHouseholdCountsRequest(VILLAGE))).toEqual([
        { periode: 2024, jumlah_keluarga: 3, jumlah_miskin: 2, jumlah_miskin_ekstrem: 1, jumlah_jiwa: 13 },
        { periode: 2023, jumlah_keluarga: 1, jumlah_miskin: 1, jumlah_miskin_ekstrem: 0, jumlah_jiwa: 2 },
      ])
    })

    it('the follow-up log lists a village newest first', async () => {
      const rows = await attempt(db(), 'planner', villageFollowUpsRequest(VILLAGE))
      expect(rows.map((row) => [row.status, row.penulis])).toEqual([
        ['sudah_diverifikasi', 'b@contoh.id'],
        ['perlu_verifikasi', 'a@contoh.id'],
      ])
      // One transaction, one server time: the id orders notes written in the same instant.
      expect(rows[0]?.dibuat_pada).toBe(rows[1]?.dibuat_pada)
    })

    it('tindak_lanjut_terkini holds the latest follow-up of each village only', async () => {
      const rows = await attempt(db(), 'planner', latestFollowUpsRequest())
      expect(rows.map((row) => [row.kode_desa, row.status, row.catatan])).toEqual([
        [VILLAGE, 'sudah_diverifikasi', 'Sudah dicek'],
      ])
    })

    it('a new follow-up is signed with the planner user id and becomes the latest', async () => {
      const result = await inRollback(db(), async (client) => {
        await setUp(client)
        await becomeRole(client, 'planner')
        const [saved] = await run(client, NEW_FOLLOW_UP)
        const latest = await run(client, latestFollowUpsRequest())
        const { rows } = await client.query(
          'select dibuat_oleh from public.tindak_lanjut_desa where id = $1',
          [saved?.id],
        )
        return { saved, latest, rows }
      })
      expect(result.saved).toMatchObject({
        kode_desa: VILLAGE,
        status: 'perlu_verifikasi',
        catatan: 'Kunjungi dusun 3',
      })
      expect(result.latest.map((row) => row.catatan)).toEqual(['Kunjungi dusun 3'])
      expect(result.rows).toEqual([{ dibuat_oleh: TEST_USER_ID }])
    })

    it.each([
      ['update', `update public.tindak_lanjut_desa set catatan = 'diubah' returning id`],
      ['delete', 'delete from public.tindak_lanjut_desa returning id'],
    ])('a planner cannot %s history (the log is append-only)', async (_verb, sql) => {
      const result = inRollback(db(), async (client) => {
        await setUp(client)
        await becomeRole(client, 'planner')
        return client.query(sql)
      })
      await expect(result).rejects.toMatchObject({
        code: '42501',
        message: 'permission denied for table tindak_lanjut_desa',
      })
    })

    it('a planner cannot sign or date a follow-up: the database writes who and when', async () => {
      const result = inRollback(db(), async (client) => {
        await becomePlanner(client, 'perencana@contoh.id')
        return client.query(
          `insert into public.tindak_lanjut_desa (kode_desa, status, penulis, dibuat_oleh, dibuat_pada)
           values ($1, 'perlu_verifikasi', 'orang.lain@contoh.id', '00000000-0000-4000-8000-000000000009',
             '2099-01-01')`,
          [VILLAGE],
        )
      })
      await expect(result).rejects.toMatchObject({
        code: '42501',
        message: 'permission denied for table tindak_lanjut_desa',
      })
      const saved = await inRollback(db(), async (client) => {
        await becomePlanner(client, 'perencana@contoh.id')
        const [row] = await run(client, NEW_FOLLOW_UP)
        const { rows } = await client.query('select now() as now')
        return { row, now: toJsonRow(rows[0] ?? {}).now }
      })
      expect(saved.row).toMatchObject({ penulis: 'perencana@contoh.id', dibuat_pada: saved.now })
    })

    it.each([
      ['a kecamatan code', { kode_desa: '99.01.01' }, '23514'],
      ['an unknown status', { status: 'selesai' }, '23514'],
      ['an unknown village', { kode_desa: '99.01.01.9999' }, '23514'],
    ])('rejects a follow-up for %s', async (_label, change, code) => {
      const request = addVillageFollowUpRequest({ ...NEW_FOLLOW_UP_INPUT, ...change } as NewFollowUp)
      await expect(attempt(db(), 'planner', request)).rejects.toMatchObject({ code })
    })
  })
}
