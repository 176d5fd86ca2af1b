/**
 * The SQL behind the planner workspace's duplicate review and combination-rule editor
 * (src/data/planner/duplicate-pairs.ts, decide-duplicate.ts, combination-rules.ts,
 * disallowed-combinations.ts), run exactly as the local engine runs it (`requestSql`, rows through
 * `toJsonRow`) and parsed by the same query functions the screen calls, so a row shape one engine returns
 * and the schema refuses fails here: pairs listed with masked names, a decision read back in the next
 * listing, anon refused, a rule change moving households into `terlarang`.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { changeCombinationRule, fetchProgramPairs } from '../../src/data/planner/combination-rules.ts'
import { decideDuplicate } from '../../src/data/planner/decide-duplicate.ts'
import { fetchDisallowedCombinations } from '../../src/data/planner/disallowed-combinations.ts'
import { fetchDuplicatePairs } from '../../src/data/planner/duplicate-pairs.ts'
import type { PlannerEngine } from '../../src/data/planner/planner-request.ts'
import { requestSql, toJsonRow } from '../../src/data/planner/request-sql.ts'
import { becomeRole, type Caller, inRollback } from './as-role.ts'
import { insertDuplicateFixture } from './duplicates.cases.ts'
import { insertKeluarga, insertPenerima, makeKeluarga, makePenerima } from './make-household-data.ts'

const YEAR = 2024
const DESA = '99.01.01.2001'

/** An engine over `client` as the local one: each request's SQL, rows as JSON values. */
function engineOver(client: SqlClient): PlannerEngine {
  return {
    kind: 'local',
    async run(request) {
      const { sql, params } = requestSql(request)
      const { rows } = await client.query<Record<string, unknown>>(sql, params)
      return rows.map(toJsonRow)
    },
  }
}

/** Runs `body` as `caller` over the duplicate fixture (loaded as a planner), then rolls back. */
function withDuplicates<T>(db: SqlClient, caller: Caller, body: (engine: PlannerEngine) => Promise<T>) {
  return inRollback(db, async (client) => {
    await insertDuplicateFixture(client)
    await becomeRole(client, 'planner')
    await becomeRole(client, caller)
    return body(engineOver(client))
  })
}

/** Six families with PBI-JKN + PIP (allowed while no rule names the pair), in DESA. */
async function insertPbiPipFamilies(client: SqlClient): Promise<void> {
  const families = [31, 32, 33, 34, 35, 36]
  await insertKeluarga(
    client,
    families.map((n) => makeKeluarga(n, { kode_desa: DESA })),
  )
  await insertPenerima(
    client,
    families.flatMap((n) => [
      makePenerima(n, { program: 'PBI_JKN', kode_desa: DESA }),
      makePenerima(n, { program: 'PIP', kode_desa: DESA }),
    ]),
  )
}

/** Defines the review-workspace SQL tests; `db` returns the migrated, seeded database. */
export function describeReviewWorkspace(db: () => SqlClient): void {
  describe('planner workspace: duplicate review and combination rules', () => {
    it('lists the pairs of a year to a planner with names masked and no birth dates', async () => {
      const pairs = await withDuplicates(db(), 'planner', (engine) => fetchDuplicatePairs(engine, YEAR, null))
      expect(pairs.map((pair) => `${pair.jenis} ${pair.alasan}`).sort()).toEqual([
        'mirip ejaan_berbeda',
        'mirip huruf_tertukar',
        'mirip huruf_tertukar',
        'persis dua_kali_dalam_program',
        'persis kepala_lintas_desa',
        'persis nik_sama_lintas_desa',
      ])
      // Masked: every word is its initial and "***" (a listing without a name stays null).
      const isMasked = (name: string | null) => name === null || !/[a-z]{2}/i.test(name)
      for (const pair of pairs) {
        expect([pair.nama_a, pair.nama_b].every(isMasked)).toBe(true)
        expect([pair.tanggal_lahir_a, pair.tanggal_lahir_b]).toEqual([null, null])
        expect(pair.keputusan).toBeNull()
      }
      expect(pairs.find((pair) => pair.alasan === 'ejaan_berbeda')).toMatchObject({
        nama_a: 'S*** R***',
        skor: 1,
        program: 'PBI_JKN',
      })
    })

    it('filters by kind and shows an admin the names and birth dates', async () => {
      const pairs = await withDuplicates(db(), 'admin', (engine) =>
        fetchDuplicatePairs(engine, YEAR, 'mirip'),
      )
      expect(pairs.map((pair) => pair.jenis)).toEqual(['mirip', 'mirip', 'mirip'])
      expect(pairs.find((pair) => pair.alasan === 'ejaan_berbeda')).toMatchObject({
        nama_a: 'Siti Rahmawati',
        tanggal_lahir_a: '1980-05-01',
      })
    })

    it('lists nothing for a year without data', async () => {
      expect(
        await withDuplicates(db(), 'planner', (engine) => fetchDuplicatePairs(engine, YEAR - 1, null)),
      ).toEqual([])
    })

    it('stores a decision and shows it with its time in the next listing', async () => {
      const { saved, after } = await withDuplicates(db(), 'planner', async (engine) => {
        const [first] = await fetchDuplicatePairs(engine, YEAR, 'persis')
        if (!first) throw new Error('the fixture produced no exact pair')
        const saved = await decideDuplicate(engine, first.kunci, 'orang_sama', ' dicek di lapangan ')
        const after = await fetchDuplicatePairs(engine, YEAR, 'persis')
        return { saved, after: after.find((pair) => pair.kunci === first.kunci) }
      })
      expect(saved).toMatchObject({ keputusan: 'orang_sama', catatan: 'dicek di lapangan' })
      expect(after).toMatchObject({
        keputusan: 'orang_sama',
        catatan: 'dicek di lapangan',
        diputuskan_pada: saved.diputuskan_pada,
      })
    })

    it.each<[Caller, string]>([
      ['anon', 'permission denied for function pasangan_duplikat'],
      ['authenticated', 'pasangan_duplikat is for planners only'],
    ])('refuses the list to %s', async (caller, message) => {
      const result = withDuplicates(db(), caller, (engine) => fetchDuplicatePairs(engine, YEAR, null))
      await expect(result).rejects.toMatchObject({ code: '42501', message })
    })

    it.each<[Caller, string]>([
      ['anon', 'permission denied for function tetapkan_keputusan_duplikat'],
      ['authenticated', 'tetapkan_keputusan_duplikat is for planners only'],
    ])('refuses a decision from %s', async (caller, message) => {
      const result = withDuplicates(db(), caller, (engine) =>
        decideDuplicate(engine, 'a'.repeat(32), 'berbeda', ''),
      )
      await expect(result).rejects.toMatchObject({ code: '42501', message })
    })

    it('gives every caller the ten program pairs with the seeded rules', async () => {
      for (const caller of ['anon', 'planner'] as const) {
        const pairs = await inRollback(db(), async (client) => {
          await becomeRole(client, caller)
          return fetchProgramPairs(engineOver(client))
        })
        expect(pairs).toHaveLength(10)
        expect(pairs.filter((pair) => !pair.diizinkan).map((pair) => pair.programs.join('+'))).toEqual([
          'BLT_DD+PKH',
          'BLT_DD+BPNT',
        ])
      }
    })

    it.each<[Caller, string]>([
      ['anon', 'permission denied for function ubah_aturan_kombinasi'],
      ['authenticated', 'ubah_aturan_kombinasi is for planners only'],
    ])('refuses a rule change from %s', async (caller, message) => {
      const result = inRollback(db(), async (client) => {
        await becomeRole(client, caller)
        return changeCombinationRule(engineOver(client), ['PBI_JKN', 'PIP'], false, 'uji')
      })
      await expect(result).rejects.toMatchObject({ code: '42501', message })
    })

    it('a rule change moves households into the disallowed counts, and back', async () => {
      const steps = await inRollback(db(), async (client) => {
        await insertPbiPipFamilies(client)
        await becomeRole(client, 'planner')
        const engine = engineOver(client)
        const inDesa = async () =>
          (await fetchDisallowedCombinations(engine, YEAR)).filter((village) => village.kode === DESA)
        const before = await inDesa()
        const saved = await changeCombinationRule(engine, ['PIP', 'PBI_JKN'], false, 'uji: tidak bersamaan')
        const pairs = await fetchProgramPairs(engine)
        const disallowed = await inDesa()
        await changeCombinationRule(engine, ['PBI_JKN', 'PIP'], true, '')
        return { before, saved, pairs, disallowed, after: await inDesa() }
      })
      expect(steps.before).toEqual([])
      expect(steps.saved).toMatchObject({ program_a: 'PBI_JKN', program_b: 'PIP', diizinkan: false })
      expect(steps.pairs.find((pair) => pair.programs.join('+') === 'PBI_JKN+PIP')).toMatchObject({
        diizinkan: false,
        alasan: 'uji: tidak bersamaan',
      })
      expect(steps.disallowed).toEqual([
        { kode: DESA, combinations: [{ programs: ['PBI_JKN', 'PIP'], jumlah_kk: 6 }], shown: 6, withheld: 0 },
      ])
      expect(steps.after).toEqual([])
    })
  })
}
