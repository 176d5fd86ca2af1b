import { describe, expect, it } from 'vitest'
import { duplicatePairsRequest, fetchDuplicatePairs } from './duplicate-pairs.ts'
import { makeFakeEngine } from './make-fake-engine.ts'
import { makeDuplicatePairRow as makePairRow } from './make-planner-rows.ts'
import { requestSql } from './request-sql.ts'

describe('duplicatePairsRequest()', () => {
  it.each([
    [2025, null, { p_tahun: 2025, p_jenis: null }],
    [2024, 'mirip', { p_tahun: 2024, p_jenis: 'mirip' }],
  ] as const)('calls pasangan_duplikat for %s, kind %s', (tahun, jenis, args) => {
    expect(duplicatePairsRequest(tahun, jenis)).toEqual({ kind: 'rpc', fn: 'pasangan_duplikat', args })
  })

  it('becomes one call with named parameters on the local engine', () => {
    expect(requestSql(duplicatePairsRequest(2025, 'persis'))).toEqual({
      sql: 'select * from public.pasangan_duplikat(p_tahun => $1, p_jenis => $2)',
      params: [2025, 'persis'],
    })
  })
})

describe('fetchDuplicatePairs()', () => {
  it('reads numeric scores as numbers and birth dates as YYYY-MM-DD', async () => {
    const { engine } = makeFakeEngine([
      makePairRow({
        jenis: 'mirip',
        alasan: 'salah_ketik',
        skor: '0.933',
        jarak_edit: 1,
        tanggal_lahir_a: '1980-05-01T00:00:00.000Z',
        tanggal_lahir_b: '1980-05-01',
        keputusan: 'orang_sama',
        catatan: 'dicek',
        diputuskan_pada: '2026-12-01T10:00:00.000Z',
      }),
    ])
    const [pair] = await fetchDuplicatePairs(engine, 2025, null)
    expect(pair).toMatchObject({
      skor: 0.933,
      tanggal_lahir_a: '1980-05-01',
      tanggal_lahir_b: '1980-05-01',
      keputusan: 'orang_sama',
    })
  })

  it.each([
    ['an unknown reason', { alasan: 'mirip_sekali' }, /row 1 has an unexpected alasan/],
    ['an unknown decision', { keputusan: 'mungkin' }, /row 1 has an unexpected keputusan/],
    ['a key that is not md5 hex', { kunci: 'abc' }, /row 1 has an unexpected kunci/],
    ['a kecamatan code', { kode_desa_b: '64.08.04' }, /row 1 has an unexpected kode_desa_b/],
    ['a score above 1', { skor: '1.5' }, /row 1 has an unexpected skor/],
  ])('rejects a row with %s, naming the field', async (_label, change, message) => {
    const { engine } = makeFakeEngine([makePairRow(change)])
    await expect(fetchDuplicatePairs(engine, 2025, null)).rejects.toThrow(message)
  })
})
