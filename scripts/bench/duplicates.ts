/**
 * Benchmark of the duplicate checks (`private.pasangan_persis`, `private.pasangan_mirip`): generates the
 * demo kabupaten (seed 42, full scale, the default planted anomalies but 200 near-duplicate names instead
 * of 10, so the recall and false-pair shares are measured on enough pairs), loads it into each engine, prints
 * recall and false-pair share against the generator's ground truth and the time of each check over the
 * whole kabupaten, then the time for exactly 1,000,000 recipient rows (the first million kept).
 * Engines: embedded PGlite always; PostgreSQL when DATABASE_URL is set (a throwaway database).
 * BENCH_DUPLICATE_ENGINES=postgres (or pglite) runs one of them only.
 * Prints figures only; asserts nothing about time.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { makePseudonymiser } from '../../src/import/pseudonymise.ts'
import { openFreshPostgres } from '../../supabase/tests/fresh-postgres.ts'
import { makeDemoPseudonymKey } from '../data/load-demo.ts'
import { openPglite, type SqlClient } from '../db/sql-client.ts'
import { generateDemo } from '../demo/generate-demo.ts'
import { DEFAULT_ANOMALY_COUNTS } from '../demo/ground-truth.ts'
import { readRegions } from '../demo/read-regions.ts'
import { insertBenchKeluarga, insertBenchPenerima, insertBenchRegions } from './load-duplicate-rows.ts'
import { type DetectedPair, type DetectedRow, scoreDuplicates } from './score-duplicates.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const SCALE_ROWS = 1_000_000
/** Planted near-duplicate names: enough that one miss moves recall by half a percent. */
const NEAR_DUPLICATES = 200

interface PairRow extends DetectedRow {
  jenis: 'persis' | 'mirip'
  side: 'a' | 'b'
  kunci: string
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now()
  const result = await work()
  return [result, (performance.now() - started) / 1000]
}

/** Runs both checks and reads back both rows of every pair, for scoring. */
async function detect(client: SqlClient): Promise<{ pairs: DetectedPair[] }> {
  const sides = (fn: string) => `
    with p as (select * from private.${fn}(null))
    select p.kunci, p.jenis, s.side, s.tahun::int as tahun, s.program, s.kode_desa, s.nama, s.tanggal_lahir::text
    from p cross join lateral (
      select 'a' as side, r.tahun, case when p.sumber = 'keluarga' then 'DTSEN' else r.program end as program,
        r.kode_desa, r.nama, r.tanggal_lahir
      from (select k.periode as tahun, null::text as program, k.kode_desa, k.nama_kepala as nama,
              k.tanggal_lahir_kepala as tanggal_lahir from public.keluarga as k where p.sumber = 'keluarga' and k.id = p.id_a
            union all
            select b.tahun, b.program, b.kode_desa, b.nama, b.tanggal_lahir from public.penerima_bantuan as b
            where p.sumber = 'penerima_bantuan' and b.id = p.id_a) as r
      union all
      select 'b', r.tahun, case when p.sumber = 'keluarga' then 'DTSEN' else r.program end, r.kode_desa, r.nama,
        r.tanggal_lahir
      from (select k.periode as tahun, null::text as program, k.kode_desa, k.nama_kepala as nama,
              k.tanggal_lahir_kepala as tanggal_lahir from public.keluarga as k where p.sumber = 'keluarga' and k.id = p.id_b
            union all
            select b.tahun, b.program, b.kode_desa, b.nama, b.tanggal_lahir from public.penerima_bantuan as b
            where p.sumber = 'penerima_bantuan' and b.id = p.id_b) as r
    ) as s`
  const exact = await client.query<PairRow>(sides('pasangan_persis'))
  const fuzzy = await client.query<PairRow>(sides('pasangan_mirip'))
  const byKey = new Map<string, Partial<DetectedPair>>()
  for (const row of [...exact.rows, ...fuzzy.rows]) {
    const pair = byKey.get(row.kunci) ?? { jenis: row.jenis }
    const side: DetectedRow = {
      tahun: Number(row.tahun),
      program: row.program,
      kode_desa: row.kode_desa,
      nama: row.nama,
      tanggal_lahir: row.tanggal_lahir,
    }
    if (row.side === 'a') pair.a = side
    else pair.b = side
    byKey.set(row.kunci, pair)
  }
  const pairs = [...byKey.values()].filter((pair): pair is DetectedPair =>
    Boolean(pair.a && pair.b && pair.jenis),
  )
  return { pairs }
}

/** Checks only (no read-back): the time the review list costs. */
async function timeChecks(client: SqlClient): Promise<[number, number]> {
  const [, exact] = await timed(() => client.query('select count(*) from private.pasangan_persis(null)'))
  const [, fuzzy] = await timed(() => client.query('select count(*) from private.pasangan_mirip(null)'))
  return [exact, fuzzy]
}

const percent = (share: number): string => `${(share * 100).toFixed(1)}%`

/** Prints the duplicate-check figures on every engine available. */
export async function benchDuplicates(): Promise<void> {
  console.log('\nDuplicate checks (demo kabupaten, seed 42)')
  const regions = await readRegions(path.join(ROOT, 'public/data/regions.topojson'))
  const [demo, generateSeconds] = await timed(async () =>
    generateDemo({
      regions,
      seed: 42,
      anomalyCounts: { ...DEFAULT_ANOMALY_COUNTS, near_duplicate_name: NEAR_DUPLICATES },
    }),
  )
  console.log(
    `  generated ${demo.keluarga.length.toLocaleString('en')} keluarga + ${demo.penerima.length.toLocaleString('en')} recipient rows in ${generateSeconds.toFixed(1)} s`,
  )
  // A key for this run only, like the demo's (scripts/data/load-demo.ts): no key is written in the repo.
  const pseudonymise = makePseudonymiser(makeDemoPseudonymKey())
  const engines: Array<[string, () => Promise<SqlClient>]> = [
    ['PGlite (local mode, no server)', () => openPglite()],
  ]
  if (process.env.DATABASE_URL) engines.unshift(['PostgreSQL', () => openFreshPostgres()])
  else console.log('  PostgreSQL: skipped (set DATABASE_URL, see scripts/db/setup-test-postgres.sh)')
  const only = process.env.BENCH_DUPLICATE_ENGINES
  for (const [name, open] of engines) {
    if (only && !name.toLowerCase().startsWith(only.toLowerCase())) continue
    const client = await open()
    try {
      const [, loadSeconds] = await timed(async () => {
        await insertBenchRegions(
          client,
          [...demo.keluarga, ...demo.penerima].map((row) => row.kode_desa),
        )
        await insertBenchKeluarga(client, demo.keluarga, pseudonymise)
        await insertBenchPenerima(client, demo.penerima, pseudonymise)
        await client.exec('analyze')
      })
      const [exactSeconds, fuzzySeconds] = await timeChecks(client)
      const { pairs } = await detect(client)
      const { exact, fuzzy } = scoreDuplicates(demo.groundTruth, pairs)
      console.log(`  ${name}: loaded in ${loadSeconds.toFixed(1)} s`)
      console.log(
        `    exact: ${exact.found}/${exact.planted} planted found, ${exact.falsePairs} other pairs flagged exact (${(exactSeconds).toFixed(2)} s, whole kabupaten)`,
      )
      console.log(
        `    fuzzy: recall ${percent(fuzzy.recall)} (${fuzzy.found}/${fuzzy.planted}), false pairs ${percent(fuzzy.falseShare)} (${fuzzy.falsePairs}) (${fuzzySeconds.toFixed(2)} s, whole kabupaten)`,
      )
      await client.query(
        `delete from public.penerima_bantuan where id > (select id from public.penerima_bantuan order by id offset $1 limit 1) - 1`,
        [SCALE_ROWS],
      )
      // vacuum: without it the checks still scan the deleted rows' dead tuples.
      await client.exec('vacuum analyze public.penerima_bantuan')
      const [exactScale, fuzzyScale] = await timeChecks(client)
      console.log(
        `    ${SCALE_ROWS.toLocaleString('en')} recipient rows: exact ${exactScale.toFixed(2)} s + fuzzy ${fuzzyScale.toFixed(2)} s = ${(exactScale + fuzzyScale).toFixed(2)} s`,
      )
    } finally {
      await client.close()
    }
  }
}

// `npx tsx scripts/bench/duplicates.ts` runs this section alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchDuplicates()
