/**
 * The public planner-demo dump (public/local/planner-demo.tar.gz, written by `npm run data`; skipped with
 * a reason when absent) against an attacker who has the repository: every string it holds or ever held
 * as a key, the demo's true NIK and KK numbers (data/demo/64.08/keluarga.csv, which the seed reproduces),
 * and any secret found in the dump. The dump must give away no pseudonym; a control proves the same
 * attack does recover numbers hashed with a key from the repository (as the dump was before issue 13,
 * whose key was a constant: run with PLANNER_DEMO_DUMP=<old dump> to see it recover them).
 */
import { createHmac, randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { repositoryCandidates, reversePseudonyms } from './testing/reverse-pseudonyms.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const DUMP = process.env.PLANNER_DEMO_DUMP ?? path.join(ROOT, 'public/local/planner-demo.tar.gz')
const DEMO_KELUARGA = path.join(ROOT, 'data/demo/64.08/keluarga.csv')

const isBuilt = existsSync(DUMP) && existsSync(DEMO_KELUARGA)
if (!isBuilt)
  console.info(`planner-demo-reversal: skipped, ${DUMP} or ${DEMO_KELUARGA} is missing (npm run data)`)

interface DumpContents {
  periode: number
  ids: Set<string>
  peppers: Buffer[]
}

/** The stored KK and head NIK pseudonyms of the dump, and any pepper it carries. */
async function readDump(): Promise<DumpContents> {
  const [{ PGlite }, { postgis }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite-postgis'),
  ])
  const db = await PGlite.create({ extensions: { postgis }, loadDataDir: new Blob([readFileSync(DUMP)]) })
  try {
    const { rows } = await db.query<{ periode: number; id_keluarga: string; nik_kepala: string }>(
      'select periode, id_keluarga, nik_kepala from public.keluarga',
    )
    const secret = await db
      .query<{ pads: string }>(
        `select encode(pads, 'hex') as pads from private.pseudonym_secret where pads is not null`,
      )
      .catch(() => ({ rows: [] as Array<{ pads: string }> }))
    const peppers = secret.rows.map((row) =>
      Buffer.from(row.pads.slice(0, 64), 'hex').map((byte) => byte ^ 0x36),
    ) as Buffer[]
    return {
      periode: rows.reduce((latest, row) => Math.max(latest, row.periode), 0),
      ids: new Set(rows.flatMap((row) => [row.id_keluarga, row.nik_kepala])),
      peppers: peppers.map((pepper) => Buffer.from(pepper)),
    }
  } finally {
    await db.close()
  }
}

/** The true KK and head NIK numbers of `periode` from the demo's import file. */
function knownNumbers(periode: number): string[] {
  const lines = readFileSync(DEMO_KELUARGA, 'utf8').split('\n')
  const header = (lines[0] ?? '').split(',')
  const [kk, period, nik] = ['id_keluarga', 'periode', 'nik_kepala'].map((name) => header.indexOf(name))
  return lines
    .slice(1)
    .map((line) => line.split(','))
    .filter((cells) => Number(cells[period as number]) === periode)
    .flatMap((cells) => [cells[kk as number] ?? '', cells[nik as number] ?? ''])
}

describe.skipIf(!isBuilt)('the public planner-demo dump against reversal', () => {
  let dump: DumpContents
  let known: string[]
  let candidates: string[]

  beforeAll(async () => {
    dump = await readDump()
    known = knownNumbers(dump.periode)
    const manifest = path.join(ROOT, 'public/data/manifest.json')
    const seed = existsSync(manifest)
      ? String(JSON.parse(readFileSync(manifest, 'utf8')).demo?.seed ?? 42)
      : '42'
    candidates = repositoryCandidates(ROOT, [seed, '42'])
  })

  it('the attack works: numbers hashed with a repository string and a known pepper are recovered', () => {
    const key = candidates[Math.floor(candidates.length / 2)] as string
    const pepper = randomBytes(32)
    const sample = known.slice(0, 200)
    const stored = new Set(
      sample.map((number) =>
        createHmac('sha256', pepper)
          .update(createHmac('sha256', key).update(number).digest('hex'))
          .digest('hex'),
      ),
    )
    const result = reversePseudonyms({ stored, known: sample, candidates, peppers: [pepper] })
    expect(result.keys).toContain(key)
    expect(result.recovered).toBe(sample.length)
  })

  it('recovers no NIK or KK number from the dump, with every string of the repository and its history', () => {
    expect(known.length).toBeGreaterThan(1000)
    expect(candidates.length).toBeGreaterThan(10_000)
    const result = reversePseudonyms({ stored: dump.ids, known, candidates, peppers: dump.peppers })
    expect({ keys: result.keys, recovered: result.recovered }).toEqual({ keys: [], recovered: 0 })
  })

  it('carries no pepper, and no identifier in a raw or padded form', () => {
    expect(dump.peppers).toEqual([])
    expect([...dump.ids].filter((id) => !/^[0-9a-f]{64}$/.test(id))).toEqual([])
    expect(known.filter((number) => dump.ids.has(number) || dump.ids.has(number.padStart(64, '0')))).toEqual(
      [],
    )
  })
})
