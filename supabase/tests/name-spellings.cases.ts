/**
 * The spellings dictionary of the fuzzy duplicate check (private.ejaan_nama, migration
 * 20261201140000_duplicate_check_speed.sql): it follows the recipient listings through insert, update,
 * delete and truncate, the check finds a pair that only an update created, and no API role reads it.
 */
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { asRole, becomeRole, type Caller, inRollback, resetRole } from './as-role.ts'
import { insertDuplicateFixture } from './duplicates.cases.ts'

interface Spelling {
  nama: string
  normal: string | null
  ketik: string
}

/** The dictionary, read as the owner (behind RLS), sorted by spelling. */
async function spellings(client: SqlClient): Promise<Spelling[]> {
  const { rows } = await client.query<Spelling>(
    'select nama, normal, ketik from private.ejaan_nama order by nama collate "C"',
  )
  return rows
}

/** Distinct names of the listings, sorted as the dictionary is. */
async function listedNames(client: SqlClient): Promise<string[]> {
  const { rows } = await client.query<{ nama: string }>(
    `select d.nama from (select distinct nama from public.penerima_bantuan where nama is not null) as d
     order by d.nama collate "C"`,
  )
  return rows.map((row) => row.nama)
}

/** Loads the duplicate fixture as the owner (as the import path does). */
async function loadFixture(client: SqlClient): Promise<void> {
  await insertDuplicateFixture(client)
  await becomeRole(client, 'planner')
  await resetRole(client)
}

/** Defines the spellings-dictionary tests; `db` returns the migrated, seeded database. */
export function describeNameSpellings(db: () => SqlClient): void {
  describe('name spellings for the fuzzy check', () => {
    it('holds each listed spelling once, with its normalised and typed forms', async () => {
      await inRollback(db(), async (client) => {
        await loadFixture(client)
        const names = await listedNames(client)
        const dictionary = await spellings(client)
        expect(dictionary.map((row) => row.nama)).toEqual(names)
        expect(dictionary.find((row) => row.nama === 'Hj. Sitti Rahmawaty')).toEqual({
          nama: 'Hj. Sitti Rahmawaty',
          normal: 'siti rahmawati',
          ketik: 'hj sitti rahmawaty',
        })
      })
    })

    it('follows an update: the new spelling comes, the unused old one goes, a kept one stays', async () => {
      await inRollback(db(), async (client) => {
        await loadFixture(client)
        // "Yohanes Lawing" is listed twice: renaming one listing keeps the spelling.
        await client.exec(
          `update public.penerima_bantuan set nama = 'Hamza Tang' where nama = 'Hasan Tang';
           update public.penerima_bantuan set nama = 'Johanes Lawing'
           where id = (select min(id) from public.penerima_bantuan where nama = 'Yohanes Lawing')`,
        )
        const names = (await spellings(client)).map((row) => row.nama)
        expect(names).toEqual(await listedNames(client))
        expect(names).toEqual(expect.arrayContaining(['Hamza Tang', 'Johanes Lawing', 'Yohanes Lawing']))
        expect(names).not.toContain('Hasan Tang')
      })
    })

    it('finds a pair that only an update made ("Hamzah" and "Hamza" born the same day)', async () => {
      await inRollback(db(), async (client) => {
        await loadFixture(client)
        await client.query(`update public.penerima_bantuan set nama = 'Hamza Tang' where nama = 'Hasan Tang'`)
        const { rows } = await client.query<{ alasan: string; jarak_edit: number }>(
          `select p.alasan, p.jarak_edit from private.pasangan_mirip(null) as p
           join public.penerima_bantuan as a on a.id = p.id_a
           join public.penerima_bantuan as b on b.id = p.id_b
           where a.nama in ('Hamzah Tang', 'Hamza Tang') and b.nama in ('Hamzah Tang', 'Hamza Tang')`,
        )
        expect(rows).toEqual([{ alasan: 'salah_ketik', jarak_edit: 1 }])
      })
    })

    it('forgets a spelling when its last listing is deleted, and everything on truncate', async () => {
      await inRollback(db(), async (client) => {
        await loadFixture(client)
        await client.query(
          `delete from public.penerima_bantuan where nama in ('Hamzah Tang', 'Yohanes Lawing')`,
        )
        const names = (await spellings(client)).map((row) => row.nama)
        expect(names).toEqual(await listedNames(client))
        expect(names).not.toContain('Hamzah Tang')
        expect(names).not.toContain('Yohanes Lawing')
        await client.exec('truncate public.penerima_bantuan')
        expect(await spellings(client)).toEqual([])
      })
    })

    it('keeps row-level security on', async () => {
      const { rows } = await db().query(
        `select relrowsecurity from pg_class where oid = 'private.ejaan_nama'::regclass`,
      )
      expect(rows).toEqual([{ relrowsecurity: true }])
    })

    it.each<Caller>(['anon', 'authenticated', 'planner', 'admin'])(
      'refuses the spellings to %s',
      async (caller) => {
        const read = asRole(db(), caller, (client) => client.query('select nama from private.ejaan_nama'))
        await expect(read).rejects.toMatchObject({ code: '42501' })
      },
    )
  })
}
