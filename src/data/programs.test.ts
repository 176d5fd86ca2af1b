import { describe, expect, it } from 'vitest'
import { assembleProgramData, ProgramDataError, parseCombinationsCsv } from './programs.ts'
import { makeProgram } from './testing/make-program.ts'

const HEADER = 'kode,level,tahun,kombinasi,jumlah_program,jumlah_kk,status,terlarang'

function makeProgramsJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    programs: [makeProgram()],
    rules: [
      {
        program_a: 'BLT_DD',
        program_b: 'BPNT',
        diizinkan: false,
        alasan: 'BLT-DD bukan untuk penerima BPNT',
      },
    ],
    ...overrides,
  }
}

describe('parseCombinationsCsv()', () => {
  it.each([
    {
      name: 'a present count',
      line: '64.08.01.2001,desa,2024,BPNT+PKH,2,12,ada,0',
      expected: { programs: ['BPNT', 'PKH'], jumlah_kk: 12, status: 'ada', terlarang: false },
    },
    {
      name: 'a withheld, disallowed combination',
      line: '64.08,kabupaten,2024,BLT_DD+PKH,2,,ditahan,1',
      expected: { programs: ['BLT_DD', 'PKH'], jumlah_kk: null, status: 'ditahan', terlarang: true },
    },
  ])('reads $name', ({ line, expected }) => {
    expect(parseCombinationsCsv(`${HEADER}\n${line}\n`)[0]).toMatchObject(expected)
  })

  it.each([
    ['an unknown program', '64.08,kabupaten,2024,PKH+KIS,2,7,ada,0', 'row 1: unknown program "KIS"'],
    [
      'a present count that is not a number',
      '64.08,kabupaten,2024,PKH,1,x,ada,0',
      'row 1: jumlah_kk "x" is not a count',
    ],
    ['an unknown level', '64.08,provinsi,2024,PKH,1,7,ada,0', 'row 1:'],
  ])('rejects %s, naming the row', (_label, line, message) => {
    expect(() => parseCombinationsCsv(`${HEADER}\n${line}\n`)).toThrow(message)
  })
})

describe('assembleProgramData()', () => {
  it('validates the dictionary and the rules', () => {
    const data = assembleProgramData(makeProgramsJson(), `${HEADER}\n`)
    expect([data.programs[0]?.kode, data.rules[0]?.diizinkan, data.combinations]).toEqual(['BPNT', false, []])
  })

  it('names where programs.json is wrong', () => {
    const json = makeProgramsJson({
      rules: [{ program_a: 'BLT_DD', program_b: 'XYZ', diizinkan: false, alasan: '' }],
    })
    expect(() => assembleProgramData(json, `${HEADER}\n`)).toThrow(ProgramDataError)
    expect(() => assembleProgramData(json, `${HEADER}\n`)).toThrow('programs.json at rules.0.program_b')
  })
})
