/**
 * The import workbench at scale (issue 14): a file of made-up, valid recipient rows (`penerima_bantuan`,
 * the test row maker's rows spread over 250 villages) read and checked by `readImport` exactly as the
 * workbench's worker runs it (pseudonymising NIK/KK), then, on each engine, staged chunk by chunk, committed
 * into an empty table, staged again, previewed, committed over the first batch (every row replaced) and
 * undone, each request through the client's own functions (src/data/planner/import-workbench.ts) as a
 * planner, one transaction per request as PostgREST runs them. Prints rows/s per step and peak memory
 * (this process, which holds PGlite; and the PostgreSQL backend when the server is on this machine).
 * Engines: PostgreSQL when DATABASE_URL is set (a throwaway database), and PGlite.
 * `BENCH_IMPORT_ROWS` sets the size, `BENCH_IMPORT_ENGINES=postgres` (or pglite) runs one engine.
 * Prints figures only; asserts nothing about time.
 */
import { readFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import {
  commitImport,
  previewImport,
  STAGE_CHUNK_ROWS,
  stageImport,
  undoImport,
} from '../../src/data/planner/import-workbench.ts'
import type { PlannerEngine } from '../../src/data/planner/planner-request.ts'
import { requestSql, toJsonRow } from '../../src/data/planner/request-sql.ts'
import { formatImportIssue } from '../../src/import/import-messages.ts'
import { makePseudonymiser } from '../../src/import/pseudonymise.ts'
import { readImport } from '../../src/import/read-import.ts'
import { makeCsv, makeCsvRow, makeId16 } from '../../src/import/testing/make-rows.ts'
import type { RegionSet } from '../../src/import/validate-rows.ts'
import { claimsFor } from '../../supabase/tests/as-role.ts'
import { openFreshPostgres } from '../../supabase/tests/fresh-postgres.ts'
import { makeDemoPseudonymKey } from '../data/load-demo.ts'
import { applySeed } from '../db/apply-seed.ts'
import { openPglite, type SqlClient } from '../db/sql-client.ts'
import { insertBenchRegions } from './load-duplicate-rows.ts'

/** Rows of the fast run (`npm run bench`); `npm run bench:full` runs {@link FULL_ROWS}. */
export const FAST_ROWS = 20_000
export const FULL_ROWS = 1_000_000
const VILLAGES = 250
const GIVEN = ['Siti', 'Budi', 'Agus', 'Dewi', 'Sri', 'Eko', 'Rina', 'Joko', 'Ani', 'Wati']
const FAMILY = ['Lestari', 'Santoso', 'Wijaya', 'Rahayu', 'Hidayat', 'Putri', 'Saputra', 'Kusuma']

/** Made-up village codes of kabupaten 99.02 (ten kecamatan), for the rows and the regions table. */
function villageCodes(): string[] {
  return Array.from(
    { length: VILLAGES },
    (_, n) => `99.02.${String(1 + (n % 10)).padStart(2, '0')}.${2001 + n}`,
  )
}

/** The CSV of `rows` valid recipient rows: one KK each, a NIK on every other row, 800 name spellings. */
export function makeRecipientCsv(rows: number, villages: readonly string[]): string {
  const records = new Array(rows)
  for (let index = 0; index < rows; index += 1) {
    records[index] = makeCsvRow('penerima_bantuan', index + 1, {
      kode_desa: villages[index % villages.length] as string,
      nik: index % 2 === 0 ? makeId16(index + 1, '9902') : '',
      nama: `${GIVEN[index % GIVEN.length]} ${FAMILY[Math.floor(index / 10) % FAMILY.length]} ${GIVEN[Math.floor(index / 80) % GIVEN.length]}`,
    })
  }
  return makeCsv('penerima_bantuan', records)
}

/** The planner engine over one SQL connection: each request its own transaction as a planner (PostgREST). */
function plannerEngine(client: SqlClient): PlannerEngine {
  const claims = JSON.stringify(claimsFor('planner'))
  return {
    kind: 'supabase',
    async run(request) {
      const { sql, params } = requestSql(request)
      await client.exec('begin')
      try {
        await client.exec('set local role authenticated')
        await client.query(`select set_config('request.jwt.claims', $1, true)`, [claims])
        const { rows } = await client.query<Record<string, unknown>>(sql, params)
        await client.exec('commit')
        return rows.map(toJsonRow)
      } catch (error) {
        await client.exec('rollback')
        throw error
      }
    },
  }
}

/** Peak resident memory of this process (PGlite runs inside it), MB. */
function processPeakMb(): number {
  return process.resourceUsage().maxRSS / 1024
}

/** Peak resident memory of the PostgreSQL backend `pid` when it runs on this machine, MB; else undefined. */
async function backendPeakMb(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8')
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1]
    return kb ? Number(kb) / 1024 : undefined
  } catch {
    return undefined
  }
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now()
  const result = await work()
  return [result, (performance.now() - started) / 1000]
}

const rate = (rows: number, seconds: number): string =>
  `${Math.round(rows / seconds).toLocaleString('en')} rows/s (${seconds.toFixed(1)} s)`

/** Stage → commit (empty table), stage → preview → commit (replacing all) → undo; prints each step. */
async function benchEngine(
  name: string,
  client: SqlClient,
  rows: Parameters<typeof stageImport>[2],
  villages: readonly string[],
): Promise<void> {
  await applySeed(client)
  await insertBenchRegions(client, villages)
  const engine = plannerEngine(client)
  const file = { kind: 'penerima_bantuan' as const, fileName: 'penerima-bench.csv', sha256: 'b'.repeat(64) }
  const options = { wholePeriods: false, confirmedRows: null, droppedRows: [] }
  const [firstToken, stage1] = await timed(() => stageImport(engine, file, rows))
  const [first, commit1] = await timed(() => commitImport(engine, firstToken, options))
  const [secondToken, stage2] = await timed(() => stageImport(engine, file, rows))
  const [preview, previewSeconds] = await timed(() => previewImport(engine, secondToken, false))
  const [second, commit2] = await timed(() => commitImport(engine, secondToken, options))
  const [undone, undoSeconds] = await timed(() => undoImport(engine, second.batch_id as number))
  const replaced = second.villages.reduce((sum, village) => sum + village.diganti, 0)
  if (first.rows !== rows.length || preview.rows !== rows.length || replaced !== rows.length)
    throw new Error(`${name}: the import did not write and replace every row (${first.rows}, ${replaced})`)
  if (undone.restored !== rows.length) throw new Error(`${name}: undo restored ${undone.restored} rows`)
  console.log(`  ${name}:`)
  console.log(`    stage (chunks of ${STAGE_CHUNK_ROWS.toLocaleString('en')}): ${rate(rows.length, stage1)}`)
  console.log(`    commit into an empty table: ${rate(rows.length, commit1)}`)
  console.log(`    stage again: ${rate(rows.length, stage2)}`)
  console.log(`    preview replacing every row (rolled back): ${rate(rows.length, previewSeconds)}`)
  console.log(`    commit replacing every row: ${rate(rows.length, commit2)}`)
  console.log(
    `    undo (restores the ${undone.restored.toLocaleString('en')} replaced rows): ${rate(rows.length, undoSeconds)}`,
  )
}

/** Prints the workbench's read, staging and commit speed for `rows` recipient rows on every engine. */
export async function benchImportCommit(rowCount: number = FAST_ROWS): Promise<void> {
  console.log(
    `\nImport workbench: ${rowCount.toLocaleString('en')} recipient rows (${VILLAGES} villages, one period)`,
  )
  const villages = villageCodes()
  const [text, makeSeconds] = await timed(async () => makeRecipientCsv(rowCount, villages))
  const regions: RegionSet = new Map(villages.map((kode) => [kode, { jenis: 'desa' as const }]))
  const pseudonymise = makePseudonymiser(makeDemoPseudonymKey())
  const [read, readSeconds] = await timed(async () =>
    readImport(text, { kind: 'penerima_bantuan', fileName: 'penerima-bench.csv', regions, pseudonymise }),
  )
  if (read.errorCount > 0 || read.rows.length !== rowCount)
    throw new Error(
      `import bench: the generated file has ${read.errorCount} problems (${read.errors[0] ? formatImportIssue(read.errors[0], 'en') : ''})`,
    )
  console.log(
    `  file: ${(text.length / 1e6).toFixed(0)} MB of CSV made in ${makeSeconds.toFixed(1)} s; ` +
      `parse + validate + pseudonymise (readImport): ${rate(rowCount, readSeconds)}`,
  )
  const engines: Array<[string, () => Promise<SqlClient>]> = [['PGlite', () => openPglite()]]
  if (process.env.DATABASE_URL) engines.unshift(['PostgreSQL', () => openFreshPostgres()])
  else console.log('  PostgreSQL: skipped (set DATABASE_URL, see scripts/db/setup-test-postgres.sh)')
  const only = process.env.BENCH_IMPORT_ENGINES
  for (const [name, open] of engines) {
    if (only && !name.toLowerCase().startsWith(only.toLowerCase())) continue
    const client = await open()
    try {
      let pid: number | undefined
      if (client.engine === 'postgres') {
        const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid')
        pid = rows[0]?.pid
      }
      await benchEngine(name, client, read.rows, villages)
      const backend = pid === undefined ? undefined : await backendPeakMb(pid)
      if (backend !== undefined)
        console.log(`    peak RSS of the PostgreSQL backend: ${backend.toFixed(0)} MB`)
    } finally {
      await client.close()
    }
  }
  console.log(`  peak RSS of this process (reading, and PGlite): ${processPeakMb().toFixed(0)} MB`)
}

// `npx tsx scripts/bench/import-commit.ts [rows]` runs this section alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchImportCommit(Number(process.env.BENCH_IMPORT_ROWS ?? process.argv[2] ?? FAST_ROWS))
}
