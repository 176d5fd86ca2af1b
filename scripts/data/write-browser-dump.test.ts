/**
 * writeBrowserDump() on a tiny database: the dump keeps only the households of the latest DTSEN period,
 * masks names and birth dates, numbers the pseudonyms, and loads back into a fresh PGlite with the migrations and a working
 * planner query.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { READ_FINGERPRINT_SQL } from '../../src/data/local/schema-fingerprint.ts'
import {
  insertKeluarga,
  insertPenerima,
  makeKeluarga,
  makePenerimaByNik,
} from '../../supabase/tests/make-household-data.ts'
import { applySeed } from '../db/apply-seed.ts'
import { openPglite, type SqlClient } from '../db/sql-client.ts'
import {
  BROWSER_DUMP_FILE,
  BROWSER_DUMP_INFO_FILE,
  type BrowserDumpInfo,
  DEFERRED_INDEXES,
  writeBrowserDump,
} from './write-browser-dump.ts'

let client: SqlClient
let dir: string
let info: BrowserDumpInfo
/** Stored (re-keyed) KK pseudonyms of period 2024 before the dump, in id order. */
let storedIds: string[]

beforeAll(async () => {
  client = await openPglite()
  await applySeed(client)
  await insertKeluarga(client, [
    makeKeluarga(1, { periode: 2023 }),
    makeKeluarga(2, { periode: 2024, nama_kepala: 'Budi Santoso', tanggal_lahir_kepala: '1980-03-14' }),
    // The same head (NIK) for two households: the dump's numbers must keep them equal.
    makeKeluarga(3, { periode: 2024, nik_kepala: makeKeluarga(2).nik_kepala }),
  ])
  await insertPenerima(client, [makePenerimaByNik(1, { tahun: 2023 }), makePenerimaByNik(2, { tahun: 2024 })])
  const stored = await client.query<{ stored: string }>(
    'select id_keluarga as stored from public.keluarga where periode = 2024 order by id',
  )
  storedIds = stored.rows.map((row) => row.stored)
  dir = await mkdtemp(path.join(tmpdir(), 'ppd-dump-'))
  info = await writeBrowserDump(client, dir, new Date('2026-12-01T00:00:00Z'))
})

afterAll(async () => {
  await client?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('writeBrowserDump()', () => {
  it('keeps the households of the latest DTSEN period and no aid listings, and says so in its info file', async () => {
    expect(info).toMatchObject({ periode: 2024, rows: { keluarga: 2, penerima_bantuan: 0 }, masked: true })
    const written = JSON.parse(await readFile(path.join(dir, BROWSER_DUMP_INFO_FILE), 'utf8'))
    expect(written).toEqual(info)
    expect((await readFile(path.join(dir, BROWSER_DUMP_FILE))).length).toBe(info.bytes)
  })

  it('masks names and birth dates and numbers the pseudonyms, keeping which rows share one', async () => {
    const { rows } = await client.query<{
      id_keluarga: string
      nik_kepala: string
      nama: string
      lahir: string
    }>(
      `select id_keluarga, nik_kepala, nama_kepala as nama, tanggal_lahir_kepala::text as lahir
       from public.keluarga order by id`,
    )
    expect(rows.map((row) => row.lahir)).toEqual(['1980-07-01', '1980-07-01'])
    const [first, second] = rows
    expect(first?.nik_kepala).toBe(second?.nik_kepala)
    expect(first?.id_keluarga).not.toBe(second?.id_keluarga)
    for (const row of rows) {
      expect(row.id_keluarga).toMatch(/^0{56}[0-9a-f]{8}$/)
      expect(row.nama).toBe(`Kepala KK ${row.id_keluarga.slice(-8)}`)
      expect(row.nama).not.toContain('Budi')
    }
    expect(rows.some((row) => row.id_keluarga === makeKeluarga(2).id_keluarga)).toBe(false)
    // Nor the keyed hashes the database stored.
    expect(rows.some((row) => storedIds.includes(row.id_keluarga))).toBe(false)
    const listings = await client.query('select id from public.penerima_bantuan')
    expect(listings.rows).toEqual([])
  })

  it('stores the schema fingerprint, keeps one database and leaves out the deferred indexes', async () => {
    const fingerprint = await client.query<{ fingerprint: string }>(READ_FINGERPRINT_SQL)
    expect(fingerprint.rows[0]?.fingerprint).toBe(info.schema)
    expect(info.schema).toMatch(/^\d{14}_[a-z0-9_]+:[0-9a-f]{16}$/)
    const databases = await client.query<{ datname: string }>('select datname from pg_database')
    expect(databases.rows.map((row) => row.datname)).toEqual(['postgres'])
    const indexes = await client.query<{ name: string | null }>(
      `select to_regclass('public.keluarga_periode_nik_idx')::text as name`,
    )
    expect(indexes.rows).toEqual([{ name: null }])
    expect(info.deferred_indexes).toEqual(DEFERRED_INDEXES)
  })

  it('loads back into a fresh PGlite where the planner query runs', async () => {
    const [{ PGlite }, { postgis }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('@electric-sql/pglite-postgis'),
    ])
    const dump = new Blob([await readFile(path.join(dir, BROWSER_DUMP_FILE))])
    const restored = await PGlite.create({ extensions: { postgis }, loadDataDir: dump })
    try {
      const { rows } = await restored.query(
        `select periode, jumlah_keluarga from public.ringkasan_keluarga_desa('99.01.01.2001')`,
      )
      expect(rows).toEqual([{ periode: 2024, jumlah_keluarga: 2 }].map((row) => expect.objectContaining(row)))
      // No secret travels in the public file: no pepper, no key fingerprint.
      const secrets = await restored.query<{ peppers: number; keys: number }>(
        `select (select count(*)::int from private.pseudonym_secret) as peppers,
           (select count(*)::int from private.pseudonym_key) as keys`,
      )
      expect(secrets.rows).toEqual([{ peppers: 0, keys: 0 }])
      for (const statement of info.deferred_indexes) await restored.exec(statement)
      const { rows: heads } = await restored.query<{ heads: number }>(
        `select count(distinct nik_kepala)::integer as heads from public.keluarga where periode = 2024`,
      )
      expect(heads).toEqual([{ heads: 1 }])
    } finally {
      await restored.close()
    }
  })
})
