import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { areaKm2, toMultiPolygon } from './geometry.ts'
import { parseWilayahSql } from './parse-wilayah-sql.ts'
import { shapeBoundaries, type VillageShape } from './shape-boundaries.ts'
import { FIXTURE_BOUNDARY_FILE } from './testing/fixtures.ts'

function makeVillages(): VillageShape[] {
  const rows = parseWilayahSql(readFileSync(FIXTURE_BOUNDARY_FILE, 'utf8'), 'fixture.sql')
  return rows.map((row) => ({ kode: row.kode, geometry: toMultiPolygon(row.polygons) }))
}

const sumOfAreas = (geometries: Iterable<Parameters<typeof areaKm2>[0]>) =>
  [...geometries].reduce((total, geometry) => total + areaKm2(geometry), 0)

describe('shapeBoundaries()', () => {
  it('keeps every village in the cleaned and the simplified layer', async () => {
    const shaped = await shapeBoundaries(makeVillages())
    const codes = makeVillages().map((village) => village.kode)
    expect([[...shaped.cleaned.keys()], [...shaped.desa.keys()]]).toEqual([codes, codes])
  })

  it('dissolves villages into kecamatan by the first 8 characters of kode, and into one kabupaten', async () => {
    const shaped = await shapeBoundaries(makeVillages())
    expect([...shaped.kecamatan.keys()].sort()).toEqual(['99.01.01', '99.01.02'])
    expect([...shaped.kabupaten.keys()]).toEqual(['99.01'])
  })

  it('removes the overlap between two neighbours when cleaning', async () => {
    const villages = makeVillages()
    const shaped = await shapeBoundaries(villages)
    const overlapKm2 = 0.12 // the hand-drawn wedge: 0.1° × 0.0002° / 2 at the equator
    const raw = sumOfAreas(villages.map((village) => village.geometry))
    expect(raw - sumOfAreas(shaped.cleaned.values())).toBeCloseTo(overlapKm2, 1)
  })

  it('gives kecamatan the same total area as their simplified villages (shared arcs)', async () => {
    const shaped = await shapeBoundaries(makeVillages())
    expect(sumOfAreas(shaped.kecamatan.values())).toBeCloseTo(sumOfAreas(shaped.desa.values()), 6)
  })
})
