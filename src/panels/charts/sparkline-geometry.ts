import { scaleLinear } from 'd3-scale'
import { line } from 'd3-shape'

/** One year's value; `null` leaves a gap in the line. */
export interface SparklinePoint {
  tahun: number
  nilai: number | null
}

/** A drawn point of the sparkline, in SVG units. */
export interface SparklineMark {
  tahun: number
  nilai: number
  x: number
  y: number
}

/** The SVG of a sparkline: the line path (empty without values) and the points that have a value. */
export interface SparklineGeometry {
  path: string
  marks: SparklineMark[]
}

/** Space kept around the line so end dots (radius 2) are not clipped. */
const INSET = 3

/**
 * Lays a series out in a `width × height` box: years evenly along x (oldest left), values on a linear
 * y scale from the series' own minimum to maximum (a sparkline shows shape, not level), a gap where a
 * year has no value. A flat series is drawn through the middle. Pure, for the profile's trend column.
 */
export function buildSparklineGeometry(
  series: readonly SparklinePoint[],
  width: number,
  height: number,
): SparklineGeometry {
  const values = series.flatMap((point) => (point.nilai === null ? [] : [point.nilai]))
  if (values.length === 0) return { path: '', marks: [] }
  const min = Math.min(...values)
  const max = Math.max(...values)
  const x = scaleLinear()
    .domain([0, Math.max(series.length - 1, 1)])
    .range([INSET, width - INSET])
  const y = scaleLinear()
    .domain(min === max ? [min - 1, max + 1] : [min, max])
    .range([height - INSET, INSET])
  const marks = series.flatMap((point, index): SparklineMark[] =>
    point.nilai === null ? [] : [{ tahun: point.tahun, nilai: point.nilai, x: x(index), y: y(point.nilai) }],
  )
  const build = line<SparklinePoint>()
    .defined((point) => point.nilai !== null)
    .x((_, index) => x(index))
    .y((point) => y(point.nilai ?? min))
  // Two decimals are far below a pixel and keep the SVG short.
  const path = (build([...series]) ?? '').replace(/\d+\.\d{3,}/g, (number) =>
    String(Number(Number(number).toFixed(2))),
  )
  return { path, marks }
}
