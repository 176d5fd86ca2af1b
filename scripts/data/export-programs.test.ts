import { describe, expect, it } from 'vitest'
import { type CombinationRow, formatCombinationsCsv, formatProgramsJson } from './export-programs.ts'

function makeCombination(overrides: Partial<CombinationRow> = {}): CombinationRow {
  return {
    kode: '64.08.01.2001',
    level: 'desa',
    tahun: 2024,
    kombinasi: 'BPNT+PKH',
    jumlah_program: 2,
    jumlah_kk: 12,
    status: 'ada',
    terlarang: false,
    ...overrides,
  }
}

describe('formatCombinationsCsv()', () => {
  it.each([
    ['a present count', makeCombination(), '64.08.01.2001,desa,2024,BPNT+PKH,2,12,ada,0'],
    [
      'a withheld, disallowed combination',
      makeCombination({ kombinasi: 'BLT_DD+PKH', jumlah_kk: null, status: 'ditahan', terlarang: true }),
      '64.08.01.2001,desa,2024,BLT_DD+PKH,2,,ditahan,1',
    ],
  ])('writes %s', (_label, row, line) => {
    expect(formatCombinationsCsv([row])).toBe(
      `kode,level,tahun,kombinasi,jumlah_program,jumlah_kk,status,terlarang\n${line}\n`,
    )
  })
})

describe('formatProgramsJson()', () => {
  it('names the combinations file and its columns beside the dictionary and rules', () => {
    const document = JSON.parse(formatProgramsJson({ programs: [], rules: [], combinations: [] }))
    expect(document.combinations.file).toBe('program-combinations.csv')
    expect(document.combinations.columns).toContain('terlarang')
    expect(Object.keys(document)).toEqual(['programs', 'rules', 'combinations'])
  })
})
