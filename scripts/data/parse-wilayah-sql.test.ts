import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BuildError } from './build-error.ts'
import { parseWilayahSql, toPolygons } from './parse-wilayah-sql.ts'
import { FIXTURE_BOUNDARY_FILE } from './testing/fixtures.ts'

const HEADER = 'INSERT INTO wilayah_boundaries (kode, nama, lat, lng, path) VALUES'
const SQUARE = '[[[0,117],[0,117.1],[0.1,117.1],[0.1,117],[0,117]]]'

/** A two-line dump: the INSERT header, then `row` on line 2. */
function makeDump(row: string): string {
  return `${HEADER}\n\t${row}`
}

describe('parseWilayahSql()', () => {
  it('parses every row of the fixture dump with codes, names, lines and polygons', () => {
    const rows = parseWilayahSql(readFileSync(FIXTURE_BOUNDARY_FILE, 'utf8'), 'fixture.sql', '99.01')
    expect(rows.map((row) => [row.kode, row.nama, row.line, row.polygons.length])).toEqual([
      ['99.01.01.2001', 'Sungai Fiksi', 9, 1],
      ['99.01.01.2002', 'Bukit Contoh', 10, 1],
      ['99.01.01.1003', 'Kampung Uji', 11, 1],
      ['99.01.02.2001', 'Pulau Dua', 13, 2],
      ['99.01.02.2002', "Teluk Ma'ruf", 14, 1],
    ])
  })

  it('keeps the upstream [lat, lng] order', () => {
    const [row] = parseWilayahSql(makeDump(`('99.01.01.2001','A',0.05,117.05,'${SQUARE}');`), 'x.sql')
    expect(row?.polygons[0]?.[0]?.[1]).toEqual([0, 117.1])
  })

  it.each([
    ['a doubled quote', "'Ma''ruf'", "Ma'ruf"],
    ['a backslash-escaped quote', String.raw`'Ma\'ruf'`, "Ma'ruf"],
    ['plain text', "'Sangatta'", 'Sangatta'],
  ])('unescapes a name with %s', (_case, quoted, expected) => {
    const [row] = parseWilayahSql(makeDump(`('99.01.01.2001',${quoted},0,117,'${SQUARE}');`), 'x.sql')
    expect(row?.nama).toBe(expected)
  })

  it.each([
    ['a truncated path', `('99.01.01.2001','A',0,117,'[[[0,117],[0,117.1]');`, /path is not valid JSON/],
    ['a missing closing parenthesis', `('99.01.01.2001','A',0,117,'${SQUARE}',`, /expected \('<kode>'/],
    ['a kecamatan code', `('99.01.01','A',0,117,'${SQUARE}');`, /kode "99.01.01" is not like/],
    ['a code of another region', `('64.08.01.2001','A',0,117,'${SQUARE}');`, /outside region 99\.01/],
    [
      'a ring of three positions',
      `('99.01.01.2001','A',0,117,'[[[0,117],[0,118],[0,117]]]');`,
      /3 positions/,
    ],
    ['an open ring', `('99.01.01.2001','A',0,117,'[[[0,117],[0,118],[1,118],[1,117]]]');`, /not closed/],
    [
      'a latitude beyond 90',
      `('99.01.01.2001','A',0,117,'[[[0,117],[0,118],[91,118],[0,117]]]');`,
      /\[lat, lng\] pairs/,
    ],
    ['a line that is no row', 'garbage', /not a SQL statement/],
  ])('stops on %s with file and line number', (_case, row, message) => {
    const run = () => parseWilayahSql(makeDump(row), 'db/kel/99/x.sql', '99.01')
    expect(run).toThrow(BuildError)
    expect(run).toThrow(/^db\/kel\/99\/x\.sql:2: malformed row/)
    expect(run).toThrow(message)
  })

  it('stops on a duplicate code, naming both lines', () => {
    const row = `('99.01.01.2001','A',0,117,'${SQUARE}'),`
    expect(() => parseWilayahSql(`${HEADER}\n${row}\n${row}`, 'x.sql')).toThrow(
      /x\.sql:3: .*already appeared on line 2/,
    )
  })

  it('stops on a value row outside an INSERT statement', () => {
    const row = `('99.01.01.2001','A',0,117,'${SQUARE}');`
    expect(() => parseWilayahSql(`${makeDump(row)}\n${row}`, 'x.sql')).toThrow(
      /x\.sql:3: .*outside an INSERT/,
    )
  })

  it('stops on a file without rows', () => {
    expect(() => parseWilayahSql('/* empty */\n', 'x.sql')).toThrow(/x\.sql: no village rows found/)
  })
})

describe('toPolygons()', () => {
  it.each([
    [
      'a Polygon (depth 3) as one polygon',
      [
        [
          [0, 1],
          [0, 2],
          [1, 2],
          [0, 1],
        ],
      ],
      1,
    ],
    [
      'a MultiPolygon (depth 4) as its polygons',
      [
        [
          [
            [0, 1],
            [0, 2],
            [1, 2],
            [0, 1],
          ],
        ],
        [
          [
            [5, 1],
            [5, 2],
            [6, 2],
            [5, 1],
          ],
        ],
      ],
      2,
    ],
  ])('reads %s', (_case, value, count) => {
    expect(toPolygons(value)).toHaveLength(count)
  })

  it.each([
    ['an empty array', []],
    ['a number', 3],
    [
      'pairs of three numbers',
      [
        [
          [0, 1, 2],
          [0, 2, 2],
          [1, 2, 2],
          [0, 1, 2],
        ],
      ],
    ],
  ])('explains why %s is malformed', (_case, value) => {
    expect(typeof toPolygons(value)).toBe('string')
  })
})
