/**
 * Loads generated demo rows straight into `keluarga` and `penerima_bantuan` for the duplicate benchmark:
 * the villages they name (as small squares: the checks never look at geometry), one import batch per file,
 * and the rows in chunks of parallel arrays through `unnest` (one statement per chunk on either engine).
 * NIK and KK numbers are pseudonymised first, as the importer does, so the SQL sees what production sees.
 */
import type { Pseudonymiser } from '../../src/import/pseudonymise.ts'
import type { SqlClient } from '../db/sql-client.ts'
import type { KeluargaRow, PenerimaBantuanRow } from '../demo/types.ts'

/** Rows per insert statement: big enough to amortise the round trip, small enough for PGlite's memory. */
const CHUNK = 50_000

/** Inserts the kabupaten, kecamatan and desa rows the codes need (a 0.01° square each, made up). */
export async function insertBenchRegions(client: SqlClient, villageCodes: Iterable<string>): Promise<void> {
  const villages = [...new Set(villageCodes)].sort()
  const kecamatan = [...new Set(villages.map((kode) => kode.slice(0, 8)))]
  const kabupaten = [...new Set(villages.map((kode) => kode.slice(0, 5)))]
  const rows = [
    ...kabupaten.map((kode) => ({ kode, level: 'kabupaten', parent: null as string | null })),
    ...kecamatan.map((kode) => ({ kode, level: 'kecamatan', parent: kode.slice(0, 5) })),
    ...villages.map((kode) => ({ kode, level: 'desa', parent: kode.slice(0, 8) })),
  ]
  await client.query(
    `insert into public.regions (kode, nama, level, jenis, parent, geom, luas_km2)
     select r.kode, 'Wilayah ' || r.kode, r.level, case when r.level = 'desa' then 'desa' end, r.parent,
       extensions.st_multi(extensions.st_makeenvelope(100 + n * 0.01, 0, 100.01 + n * 0.01, 0.01, 4326)), 1
     from unnest($1::text[], $2::text[], $3::text[]) with ordinality as r (kode, level, parent, n)
     on conflict (kode) do nothing`,
    [rows.map((row) => row.kode), rows.map((row) => row.level), rows.map((row) => row.parent)],
  )
}

async function insertBatch(
  client: SqlClient,
  jenis: 'keluarga' | 'penerima_bantuan',
  rows: number,
): Promise<number> {
  const { rows: batch } = await client.query<{ id: number }>(
    `insert into public.import_batches (jenis, nama_file, jumlah_baris, sumber)
     values ($1, $2, $3, 'demo') returning id::integer as id`,
    [jenis, `${jenis}-bench.csv`, rows],
  )
  const id = batch[0]?.id
  if (id === undefined) throw new Error(`insert into import_batches (${jenis}) returned no id`)
  return id
}

/** Inserts the recipient rows; returns how many went in. */
export async function insertBenchPenerima(
  client: SqlClient,
  rows: readonly PenerimaBantuanRow[],
  pseudonymise: Pseudonymiser,
): Promise<number> {
  const batch = await insertBatch(client, 'penerima_bantuan', rows.length)
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK)
    const hash = (value: string | null): string | null => (value === null ? null : pseudonymise(value))
    await client.query(
      `insert into public.penerima_bantuan
         (batch_id, baris, program, tahun, id_keluarga, nik, nama, tanggal_lahir, kode_desa, nilai_rp)
       select $1, $2 + r.n, r.program, r.tahun, r.id_keluarga, r.nik, r.nama, r.tanggal_lahir, r.kode_desa, r.nilai_rp
       from unnest($3::text[], $4::smallint[], $5::text[], $6::text[], $7::text[], $8::date[], $9::text[],
         $10::bigint[]) with ordinality as r (program, tahun, id_keluarga, nik, nama, tanggal_lahir, kode_desa, nilai_rp, n)`,
      [
        batch,
        start,
        chunk.map((row) => row.program),
        chunk.map((row) => row.tahun),
        chunk.map((row) => hash(row.id_keluarga)),
        chunk.map((row) => hash(row.nik)),
        chunk.map((row) => row.nama),
        chunk.map((row) => row.tanggal_lahir),
        chunk.map((row) => row.kode_desa),
        chunk.map((row) => row.nilai_rp),
      ],
    )
  }
  return rows.length
}

/** Inserts the DTSEN household rows; returns how many went in. */
export async function insertBenchKeluarga(
  client: SqlClient,
  rows: readonly KeluargaRow[],
  pseudonymise: Pseudonymiser,
): Promise<number> {
  const batch = await insertBatch(client, 'keluarga', rows.length)
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK)
    await client.query(
      `insert into public.keluarga
         (batch_id, baris, id_keluarga, kode_desa, periode, desil, jumlah_anggota, mata_pencaharian, miskin,
          miskin_ekstrem, nik_kepala, nama_kepala, tanggal_lahir_kepala)
       select $1, $2 + r.n, r.id_keluarga, r.kode_desa, r.periode, r.desil, r.jumlah_anggota, r.mata_pencaharian,
         r.miskin, r.miskin_ekstrem, r.nik_kepala, r.nama_kepala, r.tanggal_lahir_kepala
       from unnest($3::text[], $4::text[], $5::smallint[], $6::smallint[], $7::smallint[], $8::text[],
         $9::boolean[], $10::boolean[], $11::text[], $12::text[], $13::date[]) with ordinality
         as r (id_keluarga, kode_desa, periode, desil, jumlah_anggota, mata_pencaharian, miskin, miskin_ekstrem,
           nik_kepala, nama_kepala, tanggal_lahir_kepala, n)`,
      [
        batch,
        start,
        chunk.map((row) => pseudonymise(row.id_keluarga)),
        chunk.map((row) => row.kode_desa),
        chunk.map((row) => row.periode),
        chunk.map((row) => row.desil),
        chunk.map((row) => row.jumlah_anggota),
        chunk.map((row) => row.mata_pencaharian),
        chunk.map((row) => row.miskin === 1),
        chunk.map((row) => row.miskin_ekstrem === 1),
        chunk.map((row) => pseudonymise(row.nik_kepala)),
        chunk.map((row) => row.nama_kepala),
        chunk.map((row) => row.tanggal_lahir_kepala),
      ],
    )
  }
  return rows.length
}
