import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { annotateCsv, PROBLEM_COLUMN } from './annotate-file.ts'

describe('annotateCsv()', () => {
  it('adds a problem column in both languages to the rows that have one, with the file’s separator', () => {
    const text = 'a;b\n1;2\n3;x\n'
    const copy = annotateCsv(text, ';', [
      { file: 'f.csv', row: 3, column: 'b', value: 'x', code: 'not_integer', params: {} },
    ])
    expect(copy.startsWith('\uFEFF')).toBe(true)
    const rows = Papa.parse<string[]>(copy.slice(1).trim(), { delimiter: ';' }).data
    expect(rows[0]).toEqual(['a', 'b', PROBLEM_COLUMN])
    expect(rows[1]).toEqual(['1', '2', ''])
    expect(rows[2]?.[2]).toContain('f.csv baris 3, kolom b: nilai "x" bukan bilangan bulat')
    expect(rows[2]?.[2]).toContain('f.csv row 3, column b: value "x" is not a whole number')
    expect(rows).toHaveLength(3)
  })
})
