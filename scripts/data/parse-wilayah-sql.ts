/**
 * Parses the MySQL dumps of cahyadsn/wilayah_boundaries: one row per line,
 * `('<kode>','<nama>',<lat>,<lng>,'<path>')` where `<path>` is JSON of **[lat, lng]** pairs, nested
 * 3 deep (Polygon) or 4 deep (MultiPolygon). Any line we do not understand stops the parse with its line
 * number: a silently skipped row would be a village missing from the map.
 */
import { BuildError } from './build-error.ts'

/** A ring of `[lat, lng]` pairs, exactly as upstream stores it. */
export type LatLngRing = Array<[number, number]>

/** One village row; the geometry is always in MultiPolygon form (polygons → rings → pairs). */
export interface BoundaryRow {
  /** Kemendagri code, e.g. `64.08.04.1010`. */
  kode: string
  /** Name as spelled in the boundary file (only compared, never published). */
  nama: string
  /** 1-based line of the row in its file. */
  line: number
  /** `[lat, lng]` polygons: outer ring first, then holes. */
  polygons: LatLngRing[][]
}

const VILLAGE_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/
const QUOTED = String.raw`'((?:[^'\\]|\\.|'')*)'`
const NUMBER = String.raw`(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)`
const ROW = new RegExp(
  String.raw`^\(\s*${QUOTED}\s*,\s*${QUOTED}\s*,\s*${NUMBER}\s*,\s*${NUMBER}\s*,\s*'(\[[^']*\])'\s*\)\s*[,;]$`,
)
const INSERT =
  /^INSERT INTO `?wilayah_boundaries`?\s*\(\s*kode\s*,\s*nama\s*,\s*lat\s*,\s*lng\s*,\s*path\s*\)\s*VALUES$/i
const IGNORED_STATEMENT = /^(DELETE|SET|LOCK|UNLOCK|START|BEGIN|COMMIT)\b.*;$/i

function unquote(text: string): string {
  return text.replace(/''|\\(.)/g, (_match, escaped: string | undefined) => escaped ?? "'")
}

function isPair(value: unknown): value is [number, number] {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Math.abs(value[0]) <= 90 &&
    Math.abs(value[1]) <= 180
  )
}

/** Checks the nesting of a parsed `path` and returns it as polygons, or a reason it is malformed. */
export function toPolygons(value: unknown): LatLngRing[][] | string {
  if (!Array.isArray(value) || value.length === 0) return 'path is not a non-empty array'
  const isPolygon = Array.isArray(value[0]) && isPair(value[0][0])
  const polygons: unknown[] = isPolygon ? [value] : value
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) return 'a polygon is not a non-empty array of rings'
    for (const ring of polygon) {
      if (!Array.isArray(ring) || !ring.every(isPair)) return 'a ring is not an array of [lat, lng] pairs'
      if (ring.length < 4) return `a ring has ${ring.length} positions (at least 4 needed)`
      const [first, last] = [ring[0], ring.at(-1)]
      if (first?.[0] !== last?.[0] || first?.[1] !== last?.[1])
        return 'a ring is not closed (first pair ≠ last pair)'
    }
  }
  return polygons as LatLngRing[][]
}

/**
 * Parses a whole dump. `file` labels errors; when `region` is given, every code must start with it.
 * Throws a {@link BuildError} naming file and line for the first malformed or duplicate row.
 */
export function parseWilayahSql(text: string, file: string, region?: string): BoundaryRow[] {
  const rows: BoundaryRow[] = []
  const seen = new Map<string, number>()
  const hint =
    'the file is damaged or not a wilayah_boundaries dump: delete it from the cache and run again, or check its pin in data/sources.json'
  let isInComment = false
  let isInInsert = false
  const lines = text.split(/\r?\n/)
  lines.forEach((raw, index) => {
    const line = index + 1
    const content = raw.trim()
    const fail = (what: string): never => {
      throw new BuildError(`malformed row: ${what} (starts "${content.slice(0, 40)}")`, { file, line, hint })
    }
    if (isInComment) {
      isInComment = !content.includes('*/')
      return
    }
    if (content.startsWith('/*')) {
      isInComment = !content.includes('*/')
      return
    }
    if (content === '' || content.startsWith('--')) return
    if (INSERT.test(content)) {
      isInInsert = true
      return
    }
    if (IGNORED_STATEMENT.test(content)) return
    if (!content.startsWith('(')) fail('not a SQL statement or value row this parser knows')
    if (!isInInsert)
      fail('value row outside an INSERT INTO wilayah_boundaries (kode, nama, lat, lng, path) statement')
    const match =
      ROW.exec(content) ?? fail("expected ('<kode>','<nama>',<lat>,<lng>,'<path>') followed by , or ;")
    const [, rawKode = '', rawNama = '', , , pathJson = ''] = match
    const kode = unquote(rawKode)
    if (!VILLAGE_CODE.test(kode)) fail(`kode "${kode}" is not like 64.08.04.1010`)
    if (region && !kode.startsWith(`${region}.`)) fail(`kode ${kode} is outside region ${region}`)
    const previous = seen.get(kode)
    if (previous) fail(`kode ${kode} already appeared on line ${previous}`)
    let parsed: unknown
    try {
      parsed = JSON.parse(pathJson)
    } catch (error) {
      fail(`path is not valid JSON (${(error as Error).message})`)
    }
    const polygons = toPolygons(parsed)
    if (typeof polygons === 'string') fail(`${kode}: ${polygons}`)
    seen.set(kode, line)
    rows.push({ kode, nama: unquote(rawNama), line, polygons: polygons as LatLngRing[][] })
    if (content.endsWith(';')) isInInsert = false
  })
  if (rows.length === 0) {
    throw new BuildError('no village rows found', { file, hint })
  }
  return rows
}
