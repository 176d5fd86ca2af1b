import { describe, expect, it } from 'vitest'
import { combinationKey, PROGRAM_VIEW } from './program-view.ts'

describe('the program screen link', () => {
  it('round-trips a program, measure, year and combination', () => {
    const view = {
      program: 'BPNT' as const,
      ukuran: 'penerima' as const,
      tahun: 2023,
      kombinasi: ['PKH' as const, 'BPNT' as const],
    }
    const search = PROGRAM_VIEW.encode(view, '?lang=en')
    expect(search).toBe('?lang=en&program=BPNT&ukuran=penerima&tahun=2023&kombinasi=PKH,BPNT')
    expect(PROGRAM_VIEW.decode(search).state).toEqual({ ...view, kombinasi: ['PKH', 'BPNT'] })
  })

  it('opens PKH coverage for the latest year when the link says nothing', () => {
    expect(PROGRAM_VIEW.decode('').state).toEqual({
      program: 'PKH',
      ukuran: 'cakupan',
      tahun: null,
      kombinasi: null,
    })
  })

  it('names an unknown program and measure and keeps the defaults for them', () => {
    expect(PROGRAM_VIEW.decode('?program=BANSOS&ukuran=cakupan_pkh').rejected).toEqual([
      { key: 'program', value: 'BANSOS' },
      { key: 'ukuran', value: 'cakupan_pkh' },
    ])
  })

  it('finds the data key of a combination whatever the order in the link', () => {
    const keys = ['BLT_DD', 'BLT_DD+BPNT', 'BPNT+PKH', 'BPNT+PIP+PKH']
    expect(combinationKey(keys, ['PKH', 'BPNT'])).toBe('BPNT+PKH')
    expect(combinationKey(keys, ['BLT_DD'])).toBe('BLT_DD')
    expect(combinationKey(keys, ['PKH', 'PIP'])).toBeNull()
    expect(combinationKey(keys, ['PKH', 'BPNT', 'PIP'])).toBe('BPNT+PIP+PKH')
  })
})
