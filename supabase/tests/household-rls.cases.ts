/**
 * Row-level security of the personal data (`keluarga`, `penerima_bantuan`) and of the import log
 * (`import_batches`): anon has no privilege at all, a signed-in user without the planner role sees and
 * changes nothing, planners and admins read and write, service_role does everything.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { becomeRole, type Caller, inRollback, TEST_USER_ID } from './as-role.ts'
import {
  insertBatch,
  insertKeluarga,
  insertPenerima,
  makeKeluarga,
  makePenerima,
} from './make-household-data.ts'

type Table = 'keluarga' | 'penerima_bantuan' | 'import_batches'
type Verb = 'select' | 'insert' | 'update' | 'delete'

/** What setUp() leaves behind: a batch holding one household and one listing, and an empty batch. */
interface Existing {
  fullBatch: number
  emptyBatch: number
}

/** One operation per table and verb; each returns the rows it saw or touched (`returning`). */
const OPERATIONS: Record<
  Table,
  Record<Verb, (client: SqlClient, existing: Existing) => Promise<unknown[]>>
> = {
  keluarga: {
    select: (client) => rows(client, 'select id from public.keluarga'),
    insert: async (client, { fullBatch }) => [await insertKeluarga(client, [makeKeluarga(2)], fullBatch)],
    update: (client) => rows(client, 'update public.keluarga set desil = 2 returning id'),
    delete: (client) => rows(client, 'delete from public.keluarga returning id'),
  },
  penerima_bantuan: {
    select: (client) => rows(client, 'select id from public.penerima_bantuan'),
    insert: async (client, { fullBatch }) => [await insertPenerima(client, [makePenerima(2)], fullBatch)],
    update: (client) => rows(client, 'update public.penerima_bantuan set nilai_rp = 1 returning id'),
    delete: (client) => rows(client, 'delete from public.penerima_bantuan returning id'),
  },
  import_batches: {
    select: (client, { fullBatch }) =>
      rows(client, 'select id from public.import_batches where id = $1', [fullBatch]),
    insert: async (client) => [await insertBatch(client, 'keluarga')],
    update: (client, { emptyBatch }) =>
      rows(client, `update public.import_batches set nama_file = 'lain.csv' where id = $1 returning id`, [
        emptyBatch,
      ]),
    delete: (client, { emptyBatch }) =>
      rows(client, 'delete from public.import_batches where id = $1 returning id', [emptyBatch]),
  },
}

const TABLES = Object.keys(OPERATIONS) as Table[]
const VERBS: readonly Verb[] = ['select', 'insert', 'update', 'delete']

async function rows(client: SqlClient, sql: string, params: unknown[] = []): Promise<unknown[]> {
  return (await client.query(sql, params)).rows
}

/** As the connecting superuser: one household and one listing under one batch, plus an empty batch. */
async function setUp(client: SqlClient): Promise<Existing> {
  const fullBatch = await insertBatch(client, 'keluarga')
  await insertKeluarga(client, [makeKeluarga(1)], fullBatch)
  await insertPenerima(client, [makePenerima(1)], fullBatch)
  return { fullBatch, emptyBatch: await insertBatch(client, 'penerima_bantuan') }
}

/** Runs one operation as `caller` on top of setUp(), then rolls back; resolves to the row count. */
async function attempt(db: SqlClient, caller: Caller, table: Table, verb: Verb): Promise<number> {
  return inRollback(db, async (client) => {
    const existing = await setUp(client)
    await becomeRole(client, caller)
    return (await OPERATIONS[table][verb](client, existing)).length
  })
}

/** A row count when the operation goes through, else the message of its 42501 error. */
type Outcome = number | string

/** What each caller may do: the policies and grants of the household, import-log and audit migrations. */
function expectedOutcome(caller: Caller, table: Table, verb: Verb): Outcome {
  const denied = `permission denied for table ${table}`
  if (caller === 'service_role') return 1
  // Nobody else writes: planners' writes go through audited functions, imports through the owner (CLI).
  if (caller === 'anon' || verb !== 'select') return denied
  return caller === 'authenticated' ? 0 : 1
}

const CALLERS: readonly Caller[] = ['anon', 'authenticated', 'planner', 'admin', 'service_role']

const MATRIX = CALLERS.flatMap((caller) =>
  TABLES.flatMap((table) =>
    VERBS.map((verb) => [caller, verb, table, expectedOutcome(caller, table, verb)] as const),
  ),
)

/** Defines the RLS tests of the household tables and the import log; `db` returns the seeded database. */
export function describeHouseholdRls(db: () => SqlClient): void {
  describe('personal data and import log row-level security', () => {
    it.each(TABLES)('is enabled on public.%s', async (table) => {
      const { rows: flags } = await db().query(
        'select relrowsecurity from pg_class where oid = $1::regclass',
        [`public.${table}`],
      )
      expect(flags).toEqual([{ relrowsecurity: true }])
    })

    it.each(MATRIX)('%s: %s on %s gives %s', async (caller, verb, table, outcome) => {
      const result = attempt(db(), caller, table, verb)
      if (typeof outcome === 'number') expect(await result).toBe(outcome)
      else await expect(result).rejects.toMatchObject({ code: '42501', message: outcome })
    })

    it('stamps an import batch with the CLI as its author and the server clock, whatever it claims', async () => {
      const stamped = await inRollback(db(), async (client) => {
        await client.query(
          `insert into public.import_batches (jenis, nama_file, jumlah_baris, diimpor_oleh, diimpor_pada)
           values ('penduduk', 'penduduk.csv', 0, $1, '2001-01-01')`,
          [TEST_USER_ID],
        )
        const { rows } = await client.query(
          `select diimpor_oleh, diimpor_oleh_nama = 'cli:' || session_user as by_cli, diimpor_pada = now() as is_now
           from public.import_batches where nama_file = 'penduduk.csv'`,
        )
        return rows
      })
      expect(stamped).toEqual([{ diimpor_oleh: null, by_cli: true, is_now: true }])
    })
  })
}
