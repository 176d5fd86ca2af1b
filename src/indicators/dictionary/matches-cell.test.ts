import { describe, expect, it } from 'vitest'
import { type CellFacts, matchesCell } from './matches-cell.ts'

const CELL: CellFacts = {
  desil: '3-4',
  miskin: true,
  miskin_ekstrem: false,
  mata_pencaharian: 'petani',
  kombinasi: 'BPNT+PKH',
  jumlah_program: 2,
  terlarang: false,
  lintas_desa: true,
}

describe('matchesCell', () => {
  it('matches every cell when nothing is stated', () => {
    expect(matchesCell({}, CELL)).toBe(true)
    expect(matchesCell({}, { ...CELL, desil: null })).toBe(true)
  })

  it.each([
    [{ desil: ['3-4'] as const }, true],
    [{ desil: ['1', '2'] as const }, false],
    [{ miskin: true }, true],
    [{ miskin: false }, false],
    [{ miskinEkstrem: true }, false],
    [{ livelihood: 'petani' as const }, true],
    [{ livelihood: 'nelayan' as const }, false],
    [{ program: 'PKH' }, true],
    [{ program: 'PK' }, false],
    [{ programs: { min: 2 } }, true],
    [{ programs: { max: 1 } }, false],
    [{ programs: { min: 1, max: 2 } }, true],
    [{ terlarang: true }, false],
    [{ lintasDesa: true }, true],
    [{ desil: ['3-4'] as const, program: 'PKH', programs: { max: 0 } }, false],
  ])('%j → %s', (where, expected) => {
    expect(matchesCell(where, CELL)).toBe(expected)
  })

  it('puts a household without desil in no desil group', () => {
    expect(matchesCell({ desil: ['1', '2', '3-4', '5-10'] }, { ...CELL, desil: null })).toBe(false)
  })

  it('finds no program in a cell without any', () => {
    const none = { ...CELL, kombinasi: '', jumlah_program: 0 }
    expect(matchesCell({ program: 'PKH' }, none)).toBe(false)
    expect(matchesCell({ programs: { max: 0 } }, none)).toBe(true)
  })
})
