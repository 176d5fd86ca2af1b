import { describe, expect, it } from 'vitest'
import type { ValueStatus } from '../../data/indicators.ts'
import type { Rank } from '../../indicators/rank.ts'
import {
  applyTableQuery,
  buildTableRows,
  DEFAULT_TABLE_QUERY,
  type TableQuery,
  type TableRow,
} from './table-rows.ts'

function makeRow(
  kode: string,
  nama: string,
  value: number | null,
  rank: number | null,
  kecamatan = 'Bengalon',
): TableRow {
  const status: ValueStatus = value === null ? 'ditahan' : 'ada'
  const ranked: Rank =
    rank === null
      ? { kind: 'not-ranked', reason: 'ditahan', total: 5 }
      : { kind: 'ranked', rank, rankedCount: 4, total: 5, isTied: false }
  return {
    kode,
    nama,
    kecamatanKode: kecamatan === 'Bengalon' ? '64.08.01' : '64.08.02',
    kecamatanNama: kecamatan,
    value,
    status,
    classIndex: null,
    rank: ranked,
  }
}

function makeRows(): TableRow[] {
  return [
    makeRow('64.08.01.2001', 'Sepaso', 40, 2),
    makeRow('64.08.01.2002', 'Sepaso Timur', null, null),
    makeRow('64.08.02.2001', 'Ármada', 55, 1, 'Sangatta Utara'),
    makeRow('64.08.02.2002', 'Benua Baru', 10, 4, 'Sangatta Utara'),
    makeRow('64.08.02.2003', 'benua lama', 10, 3, 'Sangatta Utara'),
  ]
}

function names(rows: TableRow[]): string[] {
  return rows.map((row) => row.nama)
}

describe('applyTableQuery()', () => {
  it.each<{ name: string; query: Partial<TableQuery>; expected: string[] }>([
    {
      name: 'opens sorted by rank, most in need first, unranked last',
      query: {},
      expected: ['Ármada', 'Sepaso', 'benua lama', 'Benua Baru', 'Sepaso Timur'],
    },
    {
      name: 'sorts by name ignoring case and accents',
      query: { sort: 'nama' },
      expected: ['Ármada', 'Benua Baru', 'benua lama', 'Sepaso', 'Sepaso Timur'],
    },
    {
      name: 'sorts by name descending',
      query: { sort: 'nama', isDescending: true },
      expected: ['Sepaso Timur', 'Sepaso', 'benua lama', 'Benua Baru', 'Ármada'],
    },
    {
      name: 'sorts by value descending, keeps a missing value last, breaks ties by name',
      query: { sort: 'value', isDescending: true },
      expected: ['Ármada', 'Sepaso', 'Benua Baru', 'benua lama', 'Sepaso Timur'],
    },
    {
      name: 'sorts by value ascending, still with the missing value last',
      query: { sort: 'value' },
      expected: ['Benua Baru', 'benua lama', 'Sepaso', 'Ármada', 'Sepaso Timur'],
    },
    {
      name: 'sorts by kecamatan, then name',
      query: { sort: 'kecamatan' },
      expected: ['Sepaso', 'Sepaso Timur', 'Ármada', 'Benua Baru', 'benua lama'],
    },
    {
      name: 'filters by a text in the name, ignoring case and accents',
      query: { text: 'ARMA' },
      expected: ['Ármada'],
    },
    {
      name: 'filters by a text in the kecamatan name',
      query: { text: 'sangatta', sort: 'nama' },
      expected: ['Ármada', 'Benua Baru', 'benua lama'],
    },
    {
      name: 'filters by the start of a code',
      query: { text: '64.08.01', sort: 'nama' },
      expected: ['Sepaso', 'Sepaso Timur'],
    },
    {
      name: 'filters by kecamatan and text together',
      query: { kecamatan: '64.08.02', text: 'benua', sort: 'nama' },
      expected: ['Benua Baru', 'benua lama'],
    },
    { name: 'returns nothing when nothing matches', query: { text: 'zzz' }, expected: [] },
  ])('$name', ({ query, expected }) => {
    expect(names(applyTableQuery(makeRows(), { ...DEFAULT_TABLE_QUERY, ...query }, 'id-ID'))).toEqual(
      expected,
    )
  })

  it('does not change the rows it is given', () => {
    const rows = makeRows()
    applyTableQuery(rows, { ...DEFAULT_TABLE_QUERY, sort: 'value' }, 'id-ID')
    expect(names(rows)).toEqual(names(makeRows()))
  })
})

describe('buildTableRows()', () => {
  it('takes value, status and class from the map classes and the rank from the ranking', () => {
    const rows = buildTableRows(
      [
        { kode: 'a', nama: 'A', kecamatan_kode: 'k', kecamatan_nama: 'K' },
        { kode: 'b', nama: 'B' },
      ],
      {
        values: new Map([
          ['a', 7],
          ['b', null],
        ]),
        statuses: new Map<string, ValueStatus>([
          ['a', 'ada'],
          ['b', 'tidak_berlaku'],
        ]),
        breaks: { thresholds: [5], min: 1, max: 9 },
      },
      new Map<string, Rank>([['a', { kind: 'ranked', rank: 1, rankedCount: 1, total: 2, isTied: false }]]),
    )
    expect(rows).toEqual([
      {
        kode: 'a',
        nama: 'A',
        kecamatanKode: 'k',
        kecamatanNama: 'K',
        value: 7,
        status: 'ada',
        classIndex: 1,
        rank: { kind: 'ranked', rank: 1, rankedCount: 1, total: 2, isTied: false },
      },
      {
        kode: 'b',
        nama: 'B',
        kecamatanKode: null,
        kecamatanNama: null,
        value: null,
        status: 'tidak_berlaku',
        classIndex: null,
        rank: { kind: 'not-ranked', reason: 'tidak_ada', total: 2 },
      },
    ])
  })
})
