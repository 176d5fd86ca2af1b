import { z } from 'zod/mini'
import { parseRows } from './parse-rows.ts'
import type { PlannerEngine, RpcRequest } from './planner-request.ts'

/** Kinds of suspected duplicate: `persis` from the pseudonymised numbers, `mirip` from names + birth date. */
export const DUPLICATE_KINDS = ['persis', 'mirip'] as const

/** A kind of suspected duplicate pair. */
export type DuplicateKind = (typeof DUPLICATE_KINDS)[number]

/** Why a pair was flagged (`pasangan_duplikat.alasan`), exact reasons first. */
export const DUPLICATE_REASONS = [
  'nik_sama_lintas_desa',
  'kk_sama_lintas_desa',
  'dua_kali_dalam_program',
  'kepala_lintas_desa',
  'nama_sama',
  'ejaan_berbeda',
  'salah_ketik',
  'huruf_tertukar',
] as const

/** A reason a pair was flagged. */
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number]

/** What a reviewer decided: the same person listed twice, or two different people. */
export const DUPLICATE_DECISIONS = ['orang_sama', 'berbeda'] as const

/** A reviewer's decision. */
export type DuplicateDecision = (typeof DUPLICATE_DECISIONS)[number]

const KODE_DESA = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/

/** A date as `YYYY-MM-DD`: PostgREST sends that, node-postgres/PGlite a Date that becomes an ISO timestamp. */
const isoDate = z.pipe(
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}/)),
  z.transform((value) => value.slice(0, 10)),
)

/** Schema of one row of `public.pasangan_duplikat`, as every engine returns it. */
export const duplicatePairSchema = z.object({
  kunci: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
  jenis: z.enum(DUPLICATE_KINDS),
  alasan: z.enum(DUPLICATE_REASONS),
  // numeric: PostgREST sends a number, node-postgres and PGlite a string.
  skor: z.coerce.number().check(z.gte(0), z.lte(1)),
  jarak_edit: z.int().check(z.nonnegative()),
  tahun: z.int().check(z.gte(2000), z.lte(2100)),
  program: z.string().check(z.minLength(1)),
  sumber: z.enum(['penerima_bantuan', 'keluarga']),
  kode_desa_a: z.string().check(z.regex(KODE_DESA)),
  kode_desa_b: z.string().check(z.regex(KODE_DESA)),
  nama_a: z.nullable(z.string()),
  nama_b: z.nullable(z.string()),
  tanggal_lahir_a: z.nullable(isoDate),
  tanggal_lahir_b: z.nullable(isoDate),
  keputusan: z.nullable(z.enum(DUPLICATE_DECISIONS)),
  catatan: z.nullable(z.string()),
  diputuskan_pada: z.nullable(z.string().check(z.minLength(1))),
})

/**
 * One suspected duplicate pair: names as the database returned them (masked "S*** R***" unless the
 * planner may see names), birth dates only when allowed, and the decision taken so far (null: undecided).
 */
export type DuplicatePair = z.infer<typeof duplicatePairSchema>

/** The request: `public.pasangan_duplikat(p_tahun, p_jenis)`; a null kind lists both. */
export function duplicatePairsRequest(tahun: number, jenis: DuplicateKind | null): RpcRequest {
  return { kind: 'rpc', fn: 'pasangan_duplikat', args: { p_tahun: tahun, p_jenis: jenis } }
}

/** The suspected duplicate pairs of `tahun` (exact first, then by score), of one kind or both. */
export async function fetchDuplicatePairs(
  engine: PlannerEngine,
  tahun: number,
  jenis: DuplicateKind | null,
): Promise<DuplicatePair[]> {
  return parseRows(
    'pasangan_duplikat',
    duplicatePairSchema,
    await engine.run(duplicatePairsRequest(tahun, jenis)),
  )
}
