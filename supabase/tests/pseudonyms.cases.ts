/**
 * Pseudonyms that hold up (migration 20261203120000_pseudonym_pepper.sql): the database refuses anything
 * that is not an importer's pseudonym (a raw or zero-padded NIK above all), refuses rows hashed with
 * another key than the one it first saw, and stores HMAC-SHA256(pepper, hash) with a pepper no API role
 * can read. Each test runs in a rolled-back transaction.
 */
import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import { keyFingerprint, makePseudonymiser } from '../../src/import/pseudonymise.ts'
import { becomeRole, type Caller, inRollback } from './as-role.ts'
import { insertKeluarga, makeKeluarga, pseudonym, TEST_PSEUDONYM_KEY } from './make-household-data.ts'

const RAW_NIK = '6408011809690001'
const FINGERPRINT = keyFingerprint(TEST_PSEUDONYM_KEY)

/** Values the database must refuse as incoming pseudonyms, each with what it is. */
export const NOT_PSEUDONYMS: readonly [string, string][] = [
  ['a raw NIK padded with zeros to 64 hex characters', RAW_NIK.padStart(64, '0')],
  ['the same NIK padded at the end', RAW_NIK.padEnd(64, '0')],
  ['a padded NIK in the pseudonym form', `p1.${FINGERPRINT}.${RAW_NIK.padStart(64, '0')}`],
  ['a NIK repeated four times in the pseudonym form', `p1.${FINGERPRINT}.${RAW_NIK.repeat(4)}`],
  ['a NIK padded with f in the pseudonym form', `p1.${FINGERPRINT}.${RAW_NIK.padEnd(64, 'f')}`],
  ['a pseudonym without its version', pseudonym(1).slice(3)],
  ['an upper-case pseudonym', pseudonym(1).toUpperCase()],
  ['a pseudonym one character short', pseudonym(1).slice(0, -1)],
]

/** The stored id of a household inserted with `id_keluarga` = `incoming`. */
async function storedId(client: SqlClient, incoming: string): Promise<string> {
  await insertKeluarga(client, [makeKeluarga(1, { id_keluarga: incoming })])
  // Ordered by the row id: an output column named `id` would shadow it in ORDER BY.
  const { rows } = await client.query<{ stored: string }>(
    'select k.id_keluarga as stored from public.keluarga as k order by k.id desc limit 1',
  )
  return rows[0]?.stored ?? ''
}

/** Vault's interface as Supabase ships it (names and columns), minus the encryption. */
const STUB_VAULT = `
  create schema vault;
  create table vault.secrets (id uuid primary key default gen_random_uuid(), name text unique,
    description text not null default '', secret text not null);
  create function vault.create_secret(new_secret text, new_name text default null,
    new_description text default '', new_key_id uuid default null) returns uuid
    language sql as $$ insert into vault.secrets (name, description, secret)
      values (new_name, new_description, new_secret) returning id $$;
  create view vault.decrypted_secrets as select id, name, description, secret, secret as decrypted_secret
    from vault.secrets;`

/** Defines the pseudonym tests; `db` returns the seeded database. */
export function describePseudonyms(db: () => SqlClient): void {
  describe('pseudonyms in the database', () => {
    it.each(NOT_PSEUDONYMS)('refuse %s', async (_, value) => {
      for (const column of ['id_keluarga', 'nik_kepala'] as const) {
        const attempt = inRollback(db(), (client) =>
          insertKeluarga(client, [makeKeluarga(1, { [column]: value })]),
        )
        const constraint =
          column === 'id_keluarga' ? 'keluarga_id_pseudonymised' : 'keluarga_nik_pseudonymised'
        await expect(attempt).rejects.toMatchObject({ code: '23514', constraint })
      }
    })

    it('refuse rows hashed with another key than the first import used, in both languages', async () => {
      const other = makePseudonymiser('another-key-not-secret-02')
      const attempt = inRollback(db(), async (client) => {
        await insertKeluarga(client, [makeKeluarga(1)])
        await insertKeluarga(client, [makeKeluarga(2, { id_keluarga: other('2'), nik_kepala: other('3') })])
      })
      await expect(attempt).rejects.toMatchObject({ code: '23514', constraint: 'pseudonym_key_fingerprint' })
      await expect(attempt).rejects.toThrow(/kunci lain.*another key/)
    })

    it('store HMAC-SHA256(pepper, hash), not the hash the importer sent', async () => {
      await inRollback(db(), async (client) => {
        const incoming = pseudonym(7)
        const stored = await storedId(client, incoming)
        const { rows } = await client.query<{ pads: string }>(
          `select encode(pads, 'hex') as pads from private.pseudonym_secret`,
        )
        const pepper = hexToBytes(rows[0]?.pads.slice(0, 64) ?? '').map((byte) => byte ^ 0x36)
        const expected = bytesToHex(hmac(sha256, pepper, hexToBytes(incoming.slice(20))))
        expect(stored).toMatch(/^[0-9a-f]{64}$/)
        expect(stored).not.toBe(incoming.slice(20))
        expect(stored).toBe(expected)
        // Equal numbers still meet: the same incoming pseudonym is stored the same way again.
        expect(await storedId(client, incoming)).toBe(stored)
      })
    })

    it('give each database its own pepper: a new one differs from the one it replaces', async () => {
      await inRollback(db(), async (client) => {
        const read = async () =>
          (
            await client.query<{ pads: string }>(
              `select encode(pads, 'hex') as pads from private.pseudonym_secret`,
            )
          ).rows[0]?.pads
        const before = await read()
        await client.exec('delete from private.pseudonym_secret')
        await client.query('select private.ensure_pseudonym_secret()')
        const after = await read()
        expect(after).toMatch(/^[0-9a-f]{256}$/)
        expect(after).not.toBe(before)
      })
    })

    it('make the pepper when a restored copy has none (the public demo dump ships none)', async () => {
      await inRollback(db(), async (client) => {
        await client.exec('delete from private.pseudonym_secret; delete from private.pseudonym_key')
        expect(await storedId(client, pseudonym(8))).toMatch(/^[0-9a-f]{64}$/)
        const { rows } = await client.query<{ count: number }>(
          'select count(*)::int as count from private.pseudonym_secret',
        )
        expect(rows[0]?.count).toBe(1)
      })
    })

    it('keep the pepper in Supabase Vault when the vault schema exists, and none in the table', async () => {
      await inRollback(db(), async (client) => {
        const before = await storedId(client, pseudonym(9))
        await client.exec(`${STUB_VAULT}; delete from private.pseudonym_secret`)
        await client.query('select private.ensure_pseudonym_secret()')
        const { rows } = await client.query<{ in_vault: boolean; pads: string | null; secrets: number }>(
          `select in_vault, pads, (select count(*)::int from vault.secrets where name = 'ppd_pseudonym_pepper')
             as secrets from private.pseudonym_secret`,
        )
        expect(rows).toEqual([{ in_vault: true, pads: null, secrets: 1 }])
        const after = await storedId(client, pseudonym(9))
        expect(after).toMatch(/^[0-9a-f]{64}$/)
        expect(after).not.toBe(before)
      })
    })

    it.each(['anon', 'authenticated', 'planner', 'admin', 'service_role'] as const)(
      'hide the pepper and the key fingerprint from %s',
      async (caller: Caller) => {
        for (const sql of [
          'select * from private.pseudonym_secret',
          'select * from private.pseudonym_key',
          'select private.pseudonym_pads()',
        ]) {
          const attempt = inRollback(db(), async (client) => {
            await becomeRole(client, caller)
            await client.query(sql)
          })
          await expect(attempt).rejects.toMatchObject({ code: '42501' })
        }
      },
    )

    it.each([
      ['anon', '42501'],
      ['authenticated', '42501'],
    ] as const)('refuse the key check to %s', async (caller, code) => {
      const attempt = inRollback(db(), async (client) => {
        await becomeRole(client, caller)
        await client.query('select public.claim_pseudonym_key($1)', [FINGERPRINT])
      })
      await expect(attempt).rejects.toMatchObject({ code })
    })

    it.each(['planner', 'admin'] as const)(
      'let a %s check the key: new, then match or mismatch',
      async (caller) => {
        const answers = await inRollback(db(), async (client) => {
          await client.exec('delete from private.pseudonym_key')
          await becomeRole(client, caller)
          const claim = async (fingerprint: string) =>
            (
              await client.query<{ status: string }>('select public.claim_pseudonym_key($1) as status', [
                fingerprint,
              ])
            ).rows[0]?.status
          return [
            await claim(FINGERPRINT),
            await claim(FINGERPRINT),
            await claim('0123456789abcdef'),
            await claim('x'),
          ]
        })
        expect(answers).toEqual(['new', 'match', 'mismatch', 'invalid'])
      },
    )
  })
}
