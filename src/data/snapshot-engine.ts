/**
 * The snapshot implementation of {@link PlannerEngine}: answers, from the static files of the published
 * snapshot, the requests whose relation the snapshot holds. `indicators.csv` has the columns of
 * `public.indikator_wilayah` and holds the published figures (after disclosure control, which no API role
 * can read live), so a `select` on that view is answered here without any database.
 */
import {
  describeRequest,
  PlannerDataError,
  type PlannerEngine,
  type PlannerRequest,
  type ResultRow,
} from './planner/planner-request.ts'

/** Relation → file of the snapshot that holds it. */
const SNAPSHOT_RELATIONS = { indikator_wilayah: 'indicators.csv' } as const

/** One CSV line of indicators.csv as the view's row (kode, level, tahun, indikator, nilai, status). */
function toViewRow(cells: readonly string[], line: number): ResultRow {
  const [kode, level, tahun, indikator, nilai, status] = cells
  if (!kode || !level || !tahun || !indikator || !status) {
    throw new PlannerDataError('invalid', `indicators.csv line ${line}: expected 7 columns`)
  }
  return { kode, level, tahun: Number(tahun), indikator, nilai: nilai === '' ? null : Number(nilai), status }
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0
  if (a === null || a === undefined) return 1
  if (b === null || b === undefined) return -1
  return a < b ? -1 : 1
}

/** Applies a select's filters, order, limit and columns to rows in memory. */
function selectRows(
  rows: readonly ResultRow[],
  request: Extract<PlannerRequest, { kind: 'select' }>,
): ResultRow[] {
  const matching = rows.filter((row) =>
    request.filters.every((filter) => row[filter.column] === filter.value),
  )
  const ordered = [...matching].sort((a, b) => {
    for (const item of request.order) {
      const order = compare(a[item.column], b[item.column])
      if (order !== 0) return item.ascending ? order : -order
    }
    return 0
  })
  const limited = request.limit === undefined ? ordered : ordered.slice(0, request.limit)
  return limited.map((row) =>
    Object.fromEntries(request.columns.map((column) => [column, row[column] ?? null])),
  )
}

/** An engine over the snapshot at `baseUrl` (e.g. config.dataBaseUrl); files are fetched once. */
export function createSnapshotEngine(baseUrl: string, fetchFn: typeof fetch = fetch): PlannerEngine {
  const cache = new Map<string, Promise<ResultRow[]>>()
  const load = (file: string): Promise<ResultRow[]> => {
    const cached = cache.get(file)
    if (cached) return cached
    const loading = fetchFn(`${baseUrl}${file}`)
      .then(async (response) => {
        const text = response.ok ? await response.text() : ''
        if (!text.startsWith('kode,')) {
          throw new PlannerDataError(
            'unavailable',
            `${file} is missing from the snapshot (HTTP ${response.status})`,
          )
        }
        return text
          .trim()
          .split('\n')
          .slice(1)
          .map((line, index) => toViewRow(line.split(','), index + 2))
      })
      .catch((error: unknown) => {
        cache.delete(file)
        throw error
      })
    cache.set(file, loading)
    return loading
  }
  return {
    kind: 'snapshot',
    async run(request: PlannerRequest): Promise<ResultRow[]> {
      const file =
        request.kind === 'select'
          ? SNAPSHOT_RELATIONS[request.from as keyof typeof SNAPSHOT_RELATIONS]
          : undefined
      if (request.kind !== 'select' || !file) {
        throw new PlannerDataError(
          'unavailable',
          `${describeRequest(request)}: the published snapshot answers only select on ${Object.keys(SNAPSHOT_RELATIONS).join(', ')}`,
        )
      }
      return selectRows(await load(file), request)
    },
  }
}
