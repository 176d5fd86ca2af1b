import { z } from 'zod/mini'
import { parseRows } from './parse-rows.ts'
import type { PlannerEngine, SelectRequest } from './planner-request.ts'

/** The published figures the planner screen compares with the row-level counts. */
export const COMPARED_INDICATORS = ['jumlah_kk_dtsen', 'kk_miskin', 'kk_miskin_ekstrem'] as const

/** One published (suppressed) figure of a village: `nilai` is null unless `status` is `ada`. */
export interface PublishedFigure {
  tahun: number
  indikator: string
  nilai: number | null
  status: 'ada' | 'ditahan' | 'tidak_ada' | 'tidak_berlaku'
}

const rowSchema = z.object({
  tahun: z.int(),
  indikator: z.string().check(z.minLength(1)),
  nilai: z.nullable(z.coerce.number()),
  status: z.enum(['ada', 'ditahan', 'tidak_ada', 'tidak_berlaku']),
})

/** The request: every published figure of one village (`public.indikator_wilayah`), newest year first. */
export function publishedVillageFiguresRequest(kode: string): SelectRequest {
  return {
    kind: 'select',
    from: 'indikator_wilayah',
    columns: ['tahun', 'indikator', 'nilai', 'status'],
    filters: [{ column: 'kode', value: kode }],
    order: [
      { column: 'tahun', ascending: false },
      { column: 'indikator', ascending: true },
    ],
  }
}

/**
 * The village's published figures of {@link COMPARED_INDICATORS}, by year then indicator. Runs on every
 * engine: the snapshot's files, the local database or Supabase (the view is public).
 */
export async function fetchPublishedVillageFigures(
  engine: PlannerEngine,
  kode: string,
): Promise<Map<number, Map<string, PublishedFigure>>> {
  const rows = parseRows(
    'indikator_wilayah',
    rowSchema,
    await engine.run(publishedVillageFiguresRequest(kode)),
  )
  const byYear = new Map<number, Map<string, PublishedFigure>>()
  for (const row of rows) {
    if (!(COMPARED_INDICATORS as readonly string[]).includes(row.indikator)) continue
    const year = byYear.get(row.tahun) ?? new Map<string, PublishedFigure>()
    year.set(row.indikator, row)
    byYear.set(row.tahun, year)
  }
  return byYear
}
