/**
 * The program dictionary (`program_bantuan`, read-only except for service_role) and the combination rules
 * (`kombinasi_program`: everyone reads, planners and admins edit through ubah_aturan_kombinasi() only),
 * with the rules the migration seeds.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { asRole, type Caller, inRollback, TEST_USER_ID } from './as-role.ts'

type Verb = 'insert' | 'update' | 'delete'

const CALLERS: readonly Caller[] = ['anon', 'authenticated', 'planner', 'admin', 'service_role']

/** One write per verb on each table; each returns how many rows it touched (`returning`). */
const WRITES: Record<'program_bantuan' | 'kombinasi_program', Record<Verb, string>> = {
  program_bantuan: {
    insert: `insert into public.program_bantuan values ('PIP', 'Duplikat', 'siswa', 'APBN', 9)
             on conflict (kode) do update set nama = excluded.nama returning 1`,
    update: `update public.program_bantuan set nama = 'Nama Lain' where kode = 'PKH' returning 1`,
    delete: `delete from public.program_bantuan where kode = 'PIP' returning 1`,
  },
  kombinasi_program: {
    insert: `insert into public.kombinasi_program (program_a, program_b, diizinkan) values ('PBI_JKN', 'PIP', false)
             returning 1`,
    update: `update public.kombinasi_program set diizinkan = true where program_a = 'BLT_DD' and program_b = 'PKH'
             returning 1`,
    delete: `delete from public.kombinasi_program where program_a = 'BPNT' and program_b = 'PKH' returning 1`,
  },
}

async function count(client: SqlClient, sql: string): Promise<number> {
  return (await client.query(sql)).rows.length
}

/** A row count when the write goes through, else the message of its 42501 error. */
function expectedOutcome(caller: Caller, table: keyof typeof WRITES, _verb: Verb): number | string {
  if (caller === 'service_role') return 1
  // Planners change rules only through ubah_aturan_kombinasi(), which stamps and records every change.
  return `permission denied for table ${table}`
}

const MATRIX = CALLERS.flatMap((caller) =>
  (['program_bantuan', 'kombinasi_program'] as const).flatMap((table) =>
    (['insert', 'update', 'delete'] as const).map(
      (verb) => [caller, verb, table, expectedOutcome(caller, table, verb)] as const,
    ),
  ),
)

/** Defines the program and combination-rule tests; `db` returns the migrated database. */
export function describeProgramsRls(db: () => SqlClient): void {
  describe('programs and combination rules', () => {
    it.each(['program_bantuan', 'kombinasi_program'])(
      'have row-level security enabled on %s',
      async (table) => {
        const { rows } = await db().query('select relrowsecurity from pg_class where oid = $1::regclass', [
          `public.${table}`,
        ])
        expect(rows).toEqual([{ relrowsecurity: true }])
      },
    )

    it.each(CALLERS)('let %s read the five programs in their order', async (caller) => {
      const { rows } = await asRole(db(), caller, (client) =>
        client.query('select kode from public.program_bantuan order by urutan'),
      )
      expect(rows.map((row) => row.kode)).toEqual(['PKH', 'BPNT', 'BLT_DD', 'PBI_JKN', 'PIP'])
    })

    it.each(CALLERS)(
      'let %s read the seeded rules: BLT_DD with PKH or BPNT disallowed, BPNT + PKH allowed',
      async (caller) => {
        const { rows } = await asRole(db(), caller, (client) =>
          client.query('select program_a, program_b, diizinkan from public.kombinasi_program order by 1, 2'),
        )
        expect(rows).toEqual([
          { program_a: 'BLT_DD', program_b: 'BPNT', diizinkan: false },
          { program_a: 'BLT_DD', program_b: 'PKH', diizinkan: false },
          { program_a: 'BPNT', program_b: 'PKH', diizinkan: true },
        ])
      },
    )

    it.each(MATRIX)('%s: %s on %s gives %s', async (caller, verb, table, outcome) => {
      const result = asRole(db(), caller, (client) => count(client, WRITES[table][verb]))
      if (typeof outcome === 'number') expect(await result).toBe(outcome)
      else await expect(result).rejects.toMatchObject({ code: '42501', message: outcome })
    })

    it('stamp who changed a rule and when', async () => {
      const rows = await asRole(db(), 'planner', async (client) => {
        await client.query(`select public.ubah_aturan_kombinasi('PKH', 'BLT_DD', true, '')`)
        const result = await client.query(
          `select diubah_oleh, diubah_pada = now() as is_now from public.kombinasi_program
           where program_a = 'BLT_DD' and program_b = 'PKH'`,
        )
        return result.rows
      })
      expect(rows).toEqual([{ diubah_oleh: TEST_USER_ID, is_now: true }])
    })

    it.each([
      [
        'a pair out of order',
        `('PKH', 'BPNT', false)`,
        { code: '23514', constraint: 'kombinasi_program_ordered' },
      ],
      [
        'an unknown program',
        `('BPNT', 'ZZZ', false)`,
        { code: '23503', constraint: 'kombinasi_program_program_b_fkey' },
      ],
      [
        'a pair that already has a rule',
        `('BPNT', 'PKH', false)`,
        { code: '23505', constraint: 'kombinasi_program_pkey' },
      ],
    ])('reject %s', async (_label, values, rejection) => {
      const sql = `insert into public.kombinasi_program (program_a, program_b, diizinkan) values ${values}`
      await expect(inRollback(db(), (client) => client.query(sql))).rejects.toMatchObject(rejection)
    })
  })
}
