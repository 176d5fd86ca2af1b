/**
 * The programs: households per combination (`public.kombinasi_wilayah`, 1–4 withheld, for the publishing
 * role only; the public reads program-combinations.csv),
 * the program dictionary's published details, the planner action `ubah_aturan_kombinasi`, and a scan
 * proving that nothing anon may read has a column for names, NIK, KK numbers or birth dates.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { asRole, becomeRole, type Caller, inRollback } from './as-role.ts'
import { insertKeluarga, insertPenerima, makeKeluarga, makePenerima } from './make-household-data.ts'

const DESA = '99.01.01.2001'

/** Five families with PKH + BPNT, two with BLT-DD + PKH (a disallowed pair), one with PIP only. */
async function insertCombinations(client: SqlClient): Promise<void> {
  const families = [1, 2, 3, 4, 5, 6, 7, 8]
  await insertKeluarga(
    client,
    families.map((n) => makeKeluarga(n, { kode_desa: DESA })),
  )
  await insertPenerima(client, [
    ...[1, 2, 3, 4, 5].flatMap((n) => [makePenerima(n), makePenerima(n, { program: 'BPNT' })]),
    ...[6, 7].flatMap((n) => [makePenerima(n), makePenerima(n, { program: 'BLT_DD' })]),
    makePenerima(8, { program: 'PIP' }),
  ])
}

interface CombinationRow {
  kode: string
  level: string
  kombinasi: string
  jumlah_kk: number | null
  status: string
  terlarang: boolean
}

async function combinationsAs(client: SqlClient, caller: Caller): Promise<CombinationRow[]> {
  return inRollback(client, async () => {
    await insertCombinations(client)
    await becomeRole(client, 'planner')
    await becomeRole(client, caller)
    const { rows } = await client.query<CombinationRow>(
      `select kode, level, kombinasi, jumlah_kk::int, status, terlarang from public.kombinasi_wilayah
       where tahun = 2024 order by level, kode, kombinasi`,
    )
    return rows
  })
}

const RULE =
  'select program_a, program_b, diizinkan, alasan from public.ubah_aturan_kombinasi($1, $2, $3, $4)'

/** Defines the program-combination tests; `db` returns the migrated, seeded database. */
export function describeProgramCombinations(db: () => SqlClient): void {
  describe('program combinations', () => {
    it.each<Caller>(['anon', 'authenticated', 'planner'])(
      'refuse %s the live view kombinasi_wilayah',
      async (caller) => {
        await expect(combinationsAs(db(), caller)).rejects.toMatchObject({
          code: '42501',
          message: 'permission denied for view kombinasi_wilayah',
        })
      },
    )

    it.each<Caller>(['penerbit', 'service_role'])(
      'show %s the households per combination with 1–4 withheld and disallowed pairs marked',
      async (caller) => {
        const rows = await combinationsAs(db(), caller)
        const desa = rows.filter((row) => row.level === 'desa')
        expect(desa).toEqual([
          {
            kode: DESA,
            level: 'desa',
            kombinasi: 'BLT_DD+PKH',
            jumlah_kk: null,
            status: 'ditahan',
            terlarang: true,
          },
          { kode: DESA, level: 'desa', kombinasi: 'BPNT+PKH', jumlah_kk: 5, status: 'ada', terlarang: false },
          {
            kode: DESA,
            level: 'desa',
            kombinasi: 'PIP',
            jumlah_kk: null,
            status: 'ditahan',
            terlarang: false,
          },
        ])
        expect(rows.filter((row) => row.level === 'kabupaten').map((row) => row.kode)).toEqual([
          '99.01',
          '99.01',
          '99.01',
        ])
      },
    )

    it.each<Caller>(['anon', 'planner'])(
      'publish every program with its eligibility and benefit to %s',
      async (caller) => {
        const { rows } = await asRole(db(), caller, (client) =>
          client.query(
            `select kode from public.program_bantuan
           where nama_en <> '' and syarat <> '' and syarat_en <> '' and manfaat <> '' and manfaat_en <> ''
             and manfaat_min_rp > 0 and manfaat_maks_rp >= manfaat_min_rp order by urutan`,
          ),
        )
        expect(rows.map((row) => row.kode)).toEqual(['PKH', 'BPNT', 'BLT_DD', 'PBI_JKN', 'PIP'])
      },
    )

    it.each<[Caller, boolean]>([
      ['planner', false],
      ['admin', true],
    ])('let a %s set a rule, given in either order', async (caller, diizinkan) => {
      const { rows } = await asRole(db(), caller, (client) =>
        client.query(RULE, ['PIP', 'PBI_JKN', diizinkan, 'uji']),
      )
      expect(rows).toEqual([{ program_a: 'PBI_JKN', program_b: 'PIP', diizinkan, alasan: 'uji' }])
    })

    it.each<[Caller, string]>([
      ['anon', 'permission denied for function kombinasi_terlarang_desa'],
      ['authenticated', 'kombinasi_terlarang_desa is for planners only'],
    ])('refuse %s kombinasi_terlarang_desa: "%s"', async (caller, message) => {
      const call = asRole(db(), caller, (client) =>
        client.query('select * from public.kombinasi_terlarang_desa(2024)'),
      )
      await expect(call).rejects.toMatchObject({ code: '42501', message })
    })

    it.each<Caller>(['planner', 'admin'])(
      'give %s the disallowed village rows of one year from kombinasi_terlarang_desa, as the view has them',
      async (caller) => {
        const { fromFunction, fromView, otherYear } = await inRollback(db(), async (client) => {
          await insertCombinations(client)
          await becomeRole(client, 'planner')
          await client.query(RULE, ['BPNT', 'PKH', false, 'uji'])
          await becomeRole(client, 'penerbit')
          const view = await client.query(
            `select kode, kombinasi, jumlah_kk::int, status from public.kombinasi_wilayah
             where level = 'desa' and tahun = 2024 and terlarang order by kode, kombinasi`,
          )
          await becomeRole(client, caller)
          const call = (tahun: number) =>
            client.query(
              'select kode, kombinasi, jumlah_kk::int, status from public.kombinasi_terlarang_desa($1)',
              [tahun],
            )
          return {
            fromFunction: (await call(2024)).rows,
            fromView: view.rows,
            otherYear: (await call(2023)).rows,
          }
        })
        expect(fromFunction).toEqual([
          { kode: DESA, kombinasi: 'BLT_DD+PKH', jumlah_kk: null, status: 'ditahan' },
          { kode: DESA, kombinasi: 'BPNT+PKH', jumlah_kk: 5, status: 'ada' },
        ])
        expect(fromFunction).toEqual(fromView)
        expect(otherYear).toEqual([])
      },
    )

    it('refuse kombinasi_terlarang_desa without a year, saying so', async () => {
      const call = asRole(db(), 'planner', (client) =>
        client.query('select * from public.kombinasi_terlarang_desa(null)'),
      )
      await expect(call).rejects.toMatchObject({ message: 'kombinasi_terlarang_desa needs a year (p_tahun)' })
    })

    it('count a household under a rule the planners just added', async () => {
      const rows = await inRollback(db(), async (client) => {
        await insertCombinations(client)
        await becomeRole(client, 'planner')
        await client.query(RULE, ['BPNT', 'PKH', false, 'uji'])
        await becomeRole(client, 'penerbit')
        const result = await client.query(
          `select terlarang from public.kombinasi_wilayah where kode = $1 and kombinasi = 'BPNT+PKH' and tahun = 2024`,
          [DESA],
        )
        return result.rows
      })
      expect(rows).toEqual([{ terlarang: true }])
    })

    it.each<[Caller, string, string]>([
      ['anon', '42501', 'permission denied for function ubah_aturan_kombinasi'],
      ['authenticated', '42501', 'ubah_aturan_kombinasi is for planners only'],
    ])('refuse a rule change from %s', async (caller, code, message) => {
      const call = asRole(db(), caller, (client) => client.query(RULE, ['PKH', 'PIP', false, '']))
      await expect(call).rejects.toMatchObject({ code, message })
    })

    it.each([
      ['the same program twice', 'PKH', 'PKH', 'a rule needs two different programs, got PKH and PKH'],
      [
        'an unknown program',
        'PKH',
        'KIS',
        'unknown program in PKH + KIS (known: PKH, BPNT, BLT_DD, PBI_JKN, PIP)',
      ],
    ])('reject %s with a message naming it', async (_label, first, second, message) => {
      const call = asRole(db(), 'planner', (client) => client.query(RULE, [first, second, false, '']))
      await expect(call).rejects.toMatchObject({ code: '22023', message })
    })

    it('give anon no column that holds names, NIK, KK numbers or birth dates', async () => {
      const { rows } = await db().query(
        `select c.table_schema || '.' || c.table_name || '.' || c.column_name as name
         from information_schema.columns as c
         where c.table_schema not in ('pg_catalog', 'information_schema')
           and c.column_name ~ '(^|_)(nama|nik|kk|keluarga|lahir|identitas)($|_)'
           -- a count of households (jumlah_kk) is not a KK number
           and c.column_name !~ '^jumlah_'
           and has_column_privilege('anon', quote_ident(c.table_schema) || '.' || quote_ident(c.table_name),
             c.column_name, 'select')
           and has_schema_privilege('anon', c.table_schema, 'usage')
         order by 1`,
      )
      // Region and program names are place and program names, not people's.
      expect(rows.map((row) => row.name)).toEqual([
        'public.program_bantuan.nama',
        'public.program_bantuan.nama_en',
        'public.regions.nama',
      ])
    })
  })
}
