import { describe, expect, it } from 'vitest'
import type { Count, IndicatorEntry } from '../../src/indicators/dictionary/types.ts'
import {
  countRow,
  dictionaryTables,
  diffTables,
  formatDictionaryMigration,
  indicatorRow,
  isUnchanged,
  sqlLiteral,
} from './dictionary-rows.ts'

const CELLS: Count = {
  id: 'kk_uji',
  source: 'cells',
  unit: 'kk',
  where: { desil: ['1', '2'], programs: { max: 0 } },
  needsRecipients: true,
  description: "households' test",
}
const SQL: Count = { id: 'uji_sql', source: 'sql', secret: false, aggregate: 'desa', description: 'x' }
const ENTRY = {
  id: 'persen_uji',
  numerator: 'kk_uji',
  denominator: 'uji_sql',
  scale: 100,
  basis: { numerator: 'kk_uji' },
  appliesTo: 'with-desa',
} as IndicatorEntry

describe('dictionary rows', () => {
  it('writes a cell count with its predicate, always protected', () => {
    expect(countRow(CELLS)).toMatchObject({
      sumber: 'sel',
      rahasia: true,
      satuan: 'kk',
      desil: ['1', '2'],
      program_min: null,
      program_maks: 0,
      perlu_penerima: true,
      hanya_desa: false,
    })
  })

  it('writes an SQL count with no predicate and its aggregation', () => {
    expect(countRow(SQL)).toMatchObject({
      sumber: 'sql',
      rahasia: false,
      agregasi: 'desa',
      satuan: null,
      desil: null,
    })
  })

  it('writes an indicator with its parts, basis and where it applies', () => {
    expect(indicatorRow(ENTRY)).toEqual({
      id: 'persen_uji',
      pembilang: 'kk_uji',
      penyebut: 'uji_sql',
      skala: 100,
      basis_pembilang: 'kk_uji',
      basis_penyebut: null,
      berlaku_di: 'ada_desa',
    })
  })

  it('quotes literals', () => {
    expect(sqlLiteral("it's")).toBe("'it''s'")
    expect(sqlLiteral(['1', '3-4'])).toBe("array['1', '3-4']::text[]")
    expect([sqlLiteral(null), sqlLiteral(true), sqlLiteral(100)]).toEqual(['null', 'true', '100'])
  })

  it('finds nothing to change when the database holds the dictionary', () => {
    const tables = dictionaryTables([CELLS, SQL], [ENTRY], [])
    const held = new Map(tables.map((table) => [table.table, table.rows]))
    expect(isUnchanged(diffTables(tables, held))).toBe(true)
  })

  it('updates a program whose names differ from the dictionary, and deletes no program', () => {
    const program = {
      code: 'PKH',
      id: 'pkh',
      shortName: { id: 'PKH', en: 'PKH' },
      name: { id: 'Program Keluarga Harapan', en: 'Family Hope Program' },
      satuan: 'keluarga',
      lists: { id: 'KK', en: 'households' },
    } as const
    const tables = dictionaryTables([], [], [program])
    const held = new Map([
      [
        'public.program_bantuan',
        [
          {
            kode: 'PKH',
            nama: 'Program Keluarga Harapan',
            nama_en: 'PKH (cash)',
            satuan: 'keluarga',
            urutan: 1,
          },
          { kode: 'PIP', nama: 'Program Indonesia Pintar', nama_en: 'PIP', satuan: 'siswa', urutan: 2 },
        ],
      ],
    ])
    const changes = diffTables(tables, held)
    expect(changes[0]?.remove).toEqual([])
    expect(formatDictionaryMigration(changes)).toContain(
      "update public.program_bantuan set nama = 'Program Keluarga Harapan', nama_en = 'Family Hope Program', satuan = 'keluarga', urutan = 1\n  where kode = 'PKH';",
    )
  })

  it('upserts changed and new rows and deletes removed ones, indicators before counts', () => {
    const tables = dictionaryTables([CELLS, SQL], [ENTRY], [])
    const held = new Map([
      ['private.kamus_hitungan', [countRow(CELLS), countRow({ ...SQL, id: 'lama' })]],
      [
        'private.kamus_indikator',
        [{ ...indicatorRow(ENTRY), skala: 1 }, indicatorRow({ ...ENTRY, id: 'lama_i' })],
      ],
    ])
    const changes = diffTables(tables, held)
    expect(changes.map((change) => [change.upsert.map((row) => row.id), change.remove])).toEqual([
      [[], []],
      [['uji_sql'], ['lama']],
      [['persen_uji'], ['lama_i']],
    ])
    const sql = formatDictionaryMigration(changes)
    expect(sql).toContain('on conflict (id) do update set')
    expect(sql.indexOf('insert into private.kamus_hitungan')).toBeLessThan(
      sql.indexOf('insert into private.kamus_indikator'),
    )
    expect(sql.indexOf("delete from private.kamus_indikator where id in ('lama_i')")).toBeLessThan(
      sql.indexOf("delete from private.kamus_hitungan where id in ('lama')"),
    )
  })
})
