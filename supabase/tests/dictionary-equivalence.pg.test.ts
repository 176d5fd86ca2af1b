/**
 * The generic figure views of migration 20261207100000 (the indicator dictionary) give every figure the
 * three wide views before them gave: one database is migrated up to just before that migration, every
 * row of `private.indikator_semua` and `terbit.indikator_mentah` is read on each figure fixture (as text:
 * values, scales and suppression bases exactly), then the remaining migrations are applied and the rows
 * read again. Indicators added by later dictionary entries are left out of the comparison; every other
 * row must be identical, and none may be missing or extra. PostgreSQL 15 only (`npm run test:pg`): a
 * second PGlite costs ~15 s and 1 GB on 2 cores, and both engines run the hand-worked figure cases.
 */
import { mkdtemp, rm, symlink } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applySeed } from '../../scripts/db/apply-seed.ts'
import { applyMigrations, listMigrations, type SqlClient } from '../../scripts/db/sql-client.ts'
import { inRollback } from './as-role.ts'
import { loadFiguresFixture } from './figures-fixture.ts'
import { createFreshPostgres, requireDatabaseUrl } from './fresh-postgres.ts'
import { loadSmallCells } from './small-cells-fixture.ts'

/** The migration that made the figure views read the dictionary. */
const DICTIONARY_MIGRATION = '20261207100000_indicator_dictionary.sql'

const SEMUA = `select kode, level, tahun::text, indikator, nilai::text, basis_pembilang::text,
    basis_penyebut::text, berlaku::text
  from private.indikator_semua order by kode collate "C", tahun, indikator collate "C"`
const MENTAH = `select kode, level, tahun::text, indikator, berlaku::text, nilai::text, pembilang_nama,
    pembilang::text, pembilang_rahasia::text, penyebut_nama, penyebut::text, penyebut_rahasia::text, skala::text
  from terbit.indikator_mentah order by kode collate "C", tahun, indikator collate "C"`

const FIXTURES = [
  ['the figure fixture (2022–2024, kelurahan, Dana Desa, IDM)', loadFiguresFixture],
  ['the small-cell village', loadSmallCells],
] as const

type Rows = Record<'semua' | 'mentah', string[]>

/** Every row of both views on each fixture, one line per row (the indicator id fourth). */
async function readViews(client: SqlClient): Promise<Rows[]> {
  const read = async (c: SqlClient, sql: string): Promise<string[]> =>
    (await c.query<Record<string, string | null>>(sql)).rows.map((row) =>
      Object.values(row)
        .map((value) => value ?? '∅')
        .join('|'),
    )
  const result: Rows[] = []
  for (const [, load] of FIXTURES) {
    result.push(
      await inRollback(client, async (c) => {
        await load(c)
        return { semua: await read(c, SEMUA), mentah: await read(c, MENTAH) }
      }),
    )
  }
  return result
}

describe('the dictionary-driven figure views', () => {
  let before: Rows[] = []
  let after: Rows[] = []
  let close: () => Promise<void> = async () => undefined

  beforeAll(async () => {
    // The migrations before the dictionary's, in a folder of their own.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ppd-migrations-before-'))
    let client: SqlClient
    try {
      for (const file of await listMigrations()) {
        if (path.basename(file) < DICTIONARY_MIGRATION)
          await symlink(file, path.join(dir, path.basename(file)))
      }
      client = (await createFreshPostgres(requireDatabaseUrl(), 'ppd_equivalence', dir)).client
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
    close = () => client.close()
    await applySeed(client)
    before = await readViews(client)
    await applyMigrations(client)
    after = await readViews(client)
  }, 240_000)
  afterAll(() => close())

  describe.each(FIXTURES.map(([name], index) => [name, index] as const))('on %s', (_name, index) => {
    it.each(['semua', 'mentah'] as const)('give every row of the former views (%s)', (view) => {
      const old = before[index]?.[view] ?? []
      const ids = new Set(old.map((line) => line.split('|')[3]))
      const kept = (after[index]?.[view] ?? []).filter((line) => ids.has(line.split('|')[3]))
      expect(old.length).toBeGreaterThan(300)
      expect(kept).toEqual(old)
    })
  })
})
