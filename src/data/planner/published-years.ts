import { z } from 'zod/mini'
import { parseRows } from './parse-rows.ts'
import type { PlannerEngine, SelectRequest } from './planner-request.ts'

/** The published figure that says a year has household data: DTSEN households of the region. */
const YEAR_INDICATOR = 'jumlah_kk_dtsen'

const rowSchema = z.object({ tahun: z.int(), status: z.string() })

/** The request: the region's published DTSEN household count per year, newest first. */
export function publishedYearsRequest(kode: string): SelectRequest {
  return {
    kind: 'select',
    from: 'indikator_wilayah',
    columns: ['tahun', 'status'],
    filters: [
      { column: 'kode', value: kode },
      { column: 'indikator', value: YEAR_INDICATOR },
    ],
    order: [{ column: 'tahun', ascending: false }],
  }
}

/**
 * The years in which region `kode` has household data on the public map (status `ada`), newest first.
 * Read from the snapshot engine, so choosing a year costs the database nothing.
 */
export async function fetchPublishedYears(engine: PlannerEngine, kode: string): Promise<number[]> {
  const rows = parseRows('indikator_wilayah', rowSchema, await engine.run(publishedYearsRequest(kode)))
  return rows.filter((row) => row.status === 'ada').map((row) => row.tahun)
}
