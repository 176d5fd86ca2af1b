/**
 * What the audit trail costs a bulk import: 100,000 households and 100,000 aid listings inserted as the
 * database owner (as the import path does from the CLI), in the importer's chunks of 2,000 rows (one
 * statement, so one history row, per chunk: the most statements, the most trigger calls), with the statement-level
 * history triggers of `keluarga` / `penerima_bantuan` enabled ("after") and disabled ("before"), on
 * embedded PGlite. Alternating runs, median of 3 each. Prints figures, asserts nothing.
 */

import { applySeed } from '../db/apply-seed.ts'
import { openPglite, type SqlClient } from '../db/sql-client.ts'
import { DEFAULT_CHUNK_ROWS } from '../import/write-rows.ts'

const ROWS = 100_000
const CHUNK = DEFAULT_CHUNK_ROWS
const RUNS = 3

const HISTORY_TRIGGERS = {
  keluarga: 'keluarga_riwayat_insert',
  penerima_bantuan: 'penerima_riwayat_insert',
} as const

type Table = keyof typeof HISTORY_TRIGGERS

/** One chunk of made-up rows, generated in SQL so both runs pay exactly the same to make them. */
function insertChunkSql(table: Table): string {
  const hex = `lpad(to_hex(n), 64, '0')`
  if (table === 'keluarga') {
    return `insert into public.keluarga (batch_id, baris, id_keluarga, kode_desa, periode, desil, jumlah_anggota,
        mata_pencaharian, miskin, miskin_ekstrem, nik_kepala, nama_kepala, tanggal_lahir_kepala)
      select $1, n, ${hex}, '99.01.01.2001', 2024, 1 + n % 10, 1 + n % 6, 'petani', n % 10 < 3, n % 10 = 0,
        lpad(to_hex(n + 16777216), 64, '0'), 'Kepala ' || (n % 997), date '1960-01-01' + n % 15000
      from generate_series($2::integer, $3::integer) as n`
  }
  return `insert into public.penerima_bantuan (batch_id, baris, program, tahun, id_keluarga, nik, nama, tanggal_lahir,
      kode_desa, nilai_rp)
    select $1, n, 'PBI_JKN', 2024, null, ${hex}, 'Penerima ' || (n % 997), date '1960-01-01' + n % 15000,
      '99.01.01.2001', 504000
    from generate_series($2::integer, $3::integer) as n`
}

async function timeInsert(client: SqlClient, table: Table, withHistory: boolean): Promise<number> {
  await client.exec(`truncate public.keluarga, public.penerima_bantuan`)
  await client.exec(
    `alter table public.${table} ${withHistory ? 'enable' : 'disable'} trigger ${HISTORY_TRIGGERS[table]}`,
  )
  const { rows } = await client.query<{ id: number }>(
    `insert into public.import_batches (jenis, nama_file, jumlah_baris) values ($1, 'bench.csv', $2)
     returning id::integer as id`,
    [table, ROWS],
  )
  const batch = rows[0]?.id
  const started = performance.now()
  for (let first = 1; first <= ROWS; first += CHUNK) {
    await client.query(insertChunkSql(table), [batch, first, Math.min(first + CHUNK - 1, ROWS)])
  }
  return performance.now() - started
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** Prints the insert time of 100,000 rows per table without and with the history triggers. */
export async function benchAuditTriggers(): Promise<void> {
  const client = await openPglite()
  try {
    await applySeed(client)
    for (const table of Object.keys(HISTORY_TRIGGERS) as Table[]) {
      const before: number[] = []
      const after: number[] = []
      for (let run = 0; run < RUNS; run++) {
        before.push(await timeInsert(client, table, false))
        after.push(await timeInsert(client, table, true))
      }
      const [b, a] = [median(before), median(after)]
      console.log(
        `audit trail, ${ROWS.toLocaleString('en')} ${table} rows inserted on PGlite (chunks of ${CHUNK.toLocaleString('en')}, median of ${RUNS}): ` +
          `without history triggers ${(b / 1000).toFixed(2)} s, with ${(a / 1000).toFixed(2)} s (${(((a - b) / b) * 100).toFixed(1)} %)`,
      )
    }
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::integer as n from public.riwayat_perubahan where tabel in ('keluarga', 'penerima_bantuan')`,
    )
    console.log(`  history rows written by those runs (one per statement, plus the truncates): ${rows[0]?.n}`)
  } finally {
    await client.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchAuditTriggers()
