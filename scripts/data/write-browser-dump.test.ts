/**
 * writeBrowserDump() on a tiny database: the dump keeps only the households of the latest DTSEN period,
 * masks names and birth dates, and loads back into a fresh PGlite with the migrations and a working
 * planner query.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
    makeKeluarga(3, { periode: 2024 }),
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

  it('masks names and birth dates and keeps the pseudonyms', async () => {
    const { rows } = await client.query(
      `select id_keluarga, nama_kepala, tanggal_lahir_kepala::text as lahir from public.keluarga order by id`,
    )
    expect(rows).toEqual(
      storedIds.map((id, index) => ({
        id_keluarga: id,
        nama_kepala: `Kepala KK ${id.slice(0, 8)}`,
        lahir: index === 0 ? '1980-07-01' : expect.any(String),
      })),
    )
    const listings = await client.query('select id from public.penerima_bantuan')
    expect(listings.rows).toEqual([])
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
    } finally {
      await restored.close()
    }
  })
})
