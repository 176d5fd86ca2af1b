/**
 * migrateCopy() on the real migrations (PGlite + PostGIS in Node): re-applying every migration to a
 * copy keeps a planner's follow-ups, duplicate decisions and rule changes, and stores the build's
 * fingerprint; a migration that fails leaves the copy exactly as it was. This is the proof that the
 * migrations re-apply safely, so it fails as soon as a new migration does not.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applySeed } from '../../../scripts/db/apply-seed.ts'
import { listMigrations, openPglite, type SqlClient } from '../../../scripts/db/sql-client.ts'
import { LocalDatabaseError } from './local-error.ts'
import { compareSchema, migrateCopy, storedFingerprint } from './migrate-copy.ts'
import { type MigrationFile, schemaFingerprint } from './schema-fingerprint.ts'

let client: SqlClient
let files: MigrationFile[]
let fingerprint: string

const PLANNER_WRITES = `
  insert into public.tindak_lanjut_desa (kode_desa, status, catatan, penulis)
    values ('99.01.01.2001', 'sudah_diverifikasi', 'dicek sebelum pembaruan', 'Perencana Uji');
  insert into public.keputusan_duplikat (kunci_pasangan, keputusan, catatan)
    values (md5('pasangan 1'), 'berbeda', 'orang lain');
  update public.kombinasi_program set diizinkan = true, alasan = 'diubah perencana'
    where program_a = 'BLT_DD' and program_b = 'PKH';
`

async function plannerRows(): Promise<unknown[]> {
  const { rows } = await client.query(
    `select (select json_agg(t order by id) from (select id, kode_desa, status, catatan, penulis, dibuat_pada
               from public.tindak_lanjut_desa) t) as follow_ups,
            (select json_agg(d) from public.keputusan_duplikat d) as decisions,
            (select json_agg(k order by program_a, program_b) from (select program_a, program_b, diizinkan, alasan
               from public.kombinasi_program) k) as rules`,
  )
  return rows
}

beforeAll(async () => {
  client = await openPglite()
  await applySeed(client)
  await client.exec(PLANNER_WRITES)
  files = await Promise.all(
    (await listMigrations()).map(async (file) => ({
      name: path.basename(file),
      sql: await readFile(file, 'utf8'),
    })),
  )
  fingerprint = await schemaFingerprint(files)
}, 120_000)

afterAll(async () => {
  await client?.close()
})

describe('migrateCopy()', () => {
  it('re-applies every migration, keeps the planner’s writes and stores the fingerprint', async () => {
    const before = await plannerRows()
    expect(compareSchema(await storedFingerprint(client), fingerprint)).toBe('older')
    await migrateCopy(client, files, fingerprint)
    expect(await plannerRows()).toEqual(before)
    expect(JSON.stringify(before)).toContain('diubah perencana')
    expect(await storedFingerprint(client)).toBe(fingerprint)
    expect(compareSchema(await storedFingerprint(client), fingerprint)).toBe('current')
  }, 120_000)

  it('leaves the copy as it was when a migration fails', async () => {
    const before = await plannerRows()
    const broken = [
      ...files,
      { name: '29991231000000_broken.sql', sql: 'create table public.sementara (id int); select 1 / 0;' },
    ]
    const error = await migrateCopy(client, broken, '29991231000000_broken:0000000000000000').catch(
      (caught) => caught,
    )
    expect(error).toBeInstanceOf(LocalDatabaseError)
    expect((error as LocalDatabaseError).code).toBe('migration-failed')
    expect((error as Error).message).toContain('division by zero')
    expect(await plannerRows()).toEqual(before)
    expect(await storedFingerprint(client)).toBe(fingerprint)
    const { rows } = await client.query(`select to_regclass('public.sementara') as name`)
    expect(rows).toEqual([{ name: null }])
  }, 120_000)

  it('tells a newer schema from an older one by its latest migration', () => {
    expect(compareSchema('29990101000000_later:0000000000000000', fingerprint)).toBe('newer')
    expect(compareSchema('20261128000100_extensions_and_roles:0000000000000000', fingerprint)).toBe('older')
    expect(compareSchema(null, fingerprint)).toBe('older')
  })
})
