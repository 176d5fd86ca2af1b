/** Reads the villages an import file may name from `public.regions` (level `desa`: desa and kelurahan). */
import type { RegionSet } from '../../src/import/validate-rows.ts'
import type { SqlClient } from '../db/sql-client.ts'

/** kode → jenis of every desa and kelurahan; throws (bilingual) when there are none yet. */
export async function loadRegionSet(db: SqlClient): Promise<RegionSet> {
  const { rows } = await db.query<{ kode: string; jenis: 'desa' | 'kelurahan' }>(
    `select kode, jenis from public.regions where level = 'desa'`,
  )
  if (rows.length === 0) {
    throw new Error(
      'Tabel regions belum berisi desa/kelurahan: jalankan `npm run data` (atau muat seed) lebih dulu. / ' +
        'The regions table holds no desa or kelurahan yet: run `npm run data` (or load the seed) first.',
    )
  }
  return new Map(rows.map((row) => [row.kode, { jenis: row.jenis }]))
}
