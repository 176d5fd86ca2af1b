import { describe, expect, it } from 'vitest'
import { makeNamedVillages } from '../testing/make-rows.ts'
import type { RegionSet } from '../validate-rows.ts'
import { namePairKey } from './match-village-names.ts'
import { readWorkbenchText, sniffHeader } from './read-workbench-file.ts'
import type { ConfirmedNames } from './resolve-village-names.ts'

const VILLAGES = makeNamedVillages()
const REGIONS: RegionSet = new Map(VILLAGES.map((village) => [village.kode, { jenis: village.jenis }]))

/** Penduduk rows of a file that names villages: [desa, kecamatan] per row, year 2020 + row. */
function pendudukFile(names: readonly (readonly [string, string])[], withKecamatan = true): string {
  const header = ['Tahun', 'Jumlah Penduduk', 'Laki-laki', 'Perempuan', 'Jumlah KK', 'Desa']
  if (withKecamatan) header.push('Kecamatan')
  const rows = names.map(([desa, kecamatan], at) =>
    [String(2020 + (at % 5)), '1000', '510', '490', '300', desa, ...(withKecamatan ? [kecamatan] : [])].join(
      ',',
    ),
  )
  return `${[header.join(','), ...rows].join('\n')}\n`
}

function read(text: string, confirmedNames: ConfirmedNames = {}) {
  const sniffed = sniffHeader(text)
  const best = sniffed.proposals[0]
  if (best?.kind !== 'penduduk') throw new Error(`read as ${best?.kind}`)
  return readWorkbenchText(text, {
    kind: 'penduduk',
    fileName: 'penduduk-nama.csv',
    delimiter: sniffed.delimiter,
    mapping: best.mapping,
    regions: REGIONS,
    villages: VILLAGES,
    confirmedNames,
    today: '2025-06-30',
  })
}

const MIXED = [
  ['Tanjung Ilir', 'Bukit Damai'],
  ['Tanjung Ilr', 'Bukit Damai'],
  ['Sukamaja', 'Teluk Harapan'],
  ['Batu Putih', 'Teluk Harapan'],
  ['Kota Baru', 'Bukit Damai'],
  ['', 'Bukit Damai'],
  ['Tanjung Ilir', 'Gunung Tinggi'],
] as const

describe('readWorkbenchText() with village names', () => {
  it('proposes the Desa and Kecamatan columns as village names and finds nothing missing', () => {
    const proposal = sniffHeader(pendudukFile(MIXED)).proposals[0]
    expect(proposal?.mapping.slice(-2)).toEqual(['nama_desa', 'nama_kecamatan'])
    expect(proposal?.missing).toEqual([])
  })

  it('codes exact names and refuses every other row with its file, row, column and reason', () => {
    const result = read(pendudukFile(MIXED))
    expect(result.rows.map((row) => [row.baris, row.kode_desa])).toEqual([[1, '99.01.02.2001']])
    expect(result.errors.map((issue) => [issue.file, issue.row, issue.column, issue.code])).toEqual([
      ['penduduk-nama.csv', 3, 'nama_desa', 'desa_name_unconfirmed'],
      ['penduduk-nama.csv', 4, 'nama_desa', 'desa_name_ambiguous'],
      ['penduduk-nama.csv', 5, 'nama_desa', 'desa_wrong_kecamatan'],
      ['penduduk-nama.csv', 6, 'nama_desa', 'desa_name_unknown'],
      ['penduduk-nama.csv', 7, 'nama_desa', 'required'],
      ['penduduk-nama.csv', 8, 'nama_kecamatan', 'kecamatan_name_unknown'],
    ])
    expect(result.errors[0]?.params.match).toBe('Tanjung Ilir (99.01.02.2001, Kec. Bukit Damai)')
    expect(result.errors[2]?.params.found).toBe('Kec. Bukit Damai (99.01.02.2003)')
    expect([result.rejectedRows, result.canDropRejected]).toEqual([6, true])
  })

  it('codes a proposed name once the planner confirmed that very village', () => {
    const key = namePairKey('Tanjung Ilr', 'Bukit Damai')
    const confirmed = read(pendudukFile(MIXED.slice(0, 2)), { [key]: '99.01.02.2001' })
    expect(confirmed.errors).toEqual([])
    expect(confirmed.rows.map((row) => row.kode_desa)).toEqual(['99.01.02.2001', '99.01.02.2001'])
    expect(confirmed.names?.find((name) => name.key === key)?.isConfirmed).toBe(true)
    // A confirmation of another village does not carry over.
    const other = read(pendudukFile(MIXED.slice(0, 2)), { [key]: '99.01.02.2003' })
    expect(other.errors.map((issue) => issue.code)).toEqual(['desa_name_unconfirmed'])
  })

  it('lists each distinct pair of names once with its rows', () => {
    const names = read(
      pendudukFile([
        ['Tanjung Ilr', 'Bukit Damai'],
        ['tanjung  ilr', 'Kec. Bukit Damai'],
        ['Tanjung Ilir', 'Bukit Damai'],
      ]),
    ).names
    expect(names?.map((name) => [name.desa, name.match.status, name.rows, name.firstRow])).toEqual([
      ['Tanjung Ilr', 'proposed', 2, 2],
      ['Tanjung Ilir', 'exact', 1, 4],
    ])
  })

  it('matches in the whole kabupaten without a kecamatan column, refusing a name two kecamatan share', () => {
    const result = read(
      pendudukFile(
        [
          ['Rantau Panjang', ''],
          ['Muara Lestari', ''],
        ],
        false,
      ),
    )
    expect(result.rows.map((row) => row.kode_desa)).toEqual(['99.01.03.2001'])
    expect(result.errors.map((issue) => [issue.row, issue.code])).toEqual([[3, 'desa_name_ambiguous']])
  })

  it('reads the code and not the names when the file has both', () => {
    const text =
      'Kode Desa,Desa,Tahun,Jumlah Penduduk,Laki-laki,Perempuan,Jumlah KK\n6408012001,Nama Apa Saja,2020,1000,510,490,300\n'
    const result = read(text.replace('6408012001', '9901032002'))
    expect(result.names).toBeNull()
    expect(result.errors).toEqual([])
    expect(result.rows[0]?.kode_desa).toBe('99.01.03.2002')
  })

  it('refuses a last row whose village name may be cut short', () => {
    const text = pendudukFile([['Tanjung Ilir', 'Bukit Damai']]).trimEnd()
    expect(read(text).errors.map((issue) => [issue.row, issue.column, issue.code])).toEqual([
      [2, 'nama_kecamatan', 'possibly_truncated'],
    ])
  })
})
