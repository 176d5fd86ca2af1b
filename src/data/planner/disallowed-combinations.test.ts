import { describe, expect, it } from 'vitest'
import { disallowedCombinationsRequest, fetchDisallowedCombinations } from './disallowed-combinations.ts'
import { makeFakeEngine } from './make-fake-engine.ts'
import { requestSql } from './request-sql.ts'

describe('disallowedCombinationsRequest()', () => {
  it('calls kombinasi_terlarang_desa for one year', () => {
    expect(requestSql(disallowedCombinationsRequest(2025))).toEqual({
      sql: 'select * from public.kombinasi_terlarang_desa(p_tahun => $1)',
      params: [2025],
    })
  })
})

describe('fetchDisallowedCombinations()', () => {
  it('groups by village, adds shown counts and counts withheld combinations apart', async () => {
    const { engine } = makeFakeEngine([
      { kode: '64.08.01.2001', kombinasi: 'BLT_DD+PKH', jumlah_kk: '12', status: 'ada' },
      { kode: '64.08.01.2001', kombinasi: 'BLT_DD+BPNT+PKH', jumlah_kk: null, status: 'ditahan' },
      { kode: '64.08.02.2003', kombinasi: 'BLT_DD+BPNT', jumlah_kk: 7, status: 'ada' },
    ])
    expect(await fetchDisallowedCombinations(engine, 2025)).toEqual([
      {
        kode: '64.08.01.2001',
        combinations: [
          { programs: ['BLT_DD', 'PKH'], jumlah_kk: 12 },
          { programs: ['BLT_DD', 'BPNT', 'PKH'], jumlah_kk: null },
        ],
        shown: 12,
        withheld: 1,
      },
      {
        kode: '64.08.02.2003',
        combinations: [{ programs: ['BLT_DD', 'BPNT'], jumlah_kk: 7 }],
        shown: 7,
        withheld: 0,
      },
    ])
  })

  it.each([
    ['an unknown program', { kombinasi: 'PKH+BANSOS' }, /row 1 has an unknown program "BANSOS"/],
    ['a kabupaten code', { kode: '64.08' }, /row 1 has an unexpected kode/],
    ['a negative count', { jumlah_kk: -3 }, /row 1 has an unexpected jumlah_kk/],
  ])('rejects a row with %s', async (_label, change, message) => {
    const row = { kode: '64.08.01.2001', kombinasi: 'BLT_DD+PKH', jumlah_kk: 5, status: 'ada', ...change }
    const { engine } = makeFakeEngine([row])
    await expect(fetchDisallowedCombinations(engine, 2025)).rejects.toThrow(message)
  })
})
