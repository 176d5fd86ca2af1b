import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../lib/language.ts'
import { type ImportIssue, ISSUE_CODES, type IssueCode } from './import-issue.ts'
import { formatImportIssue, formatIssueReport } from './import-messages.ts'
import { ISSUE_TEMPLATES } from './issue-templates.ts'

function makeIssue(change: Partial<ImportIssue> = {}): ImportIssue {
  return {
    file: 'keluarga.csv',
    row: 14,
    column: 'desil',
    value: '11',
    code: 'integer_range',
    params: { min: 1, max: 10 },
    ...change,
  }
}

/** A value for every parameter any template reads. */
const EVERY_PARAM = {
  min: 1,
  max: 10,
  places: 4,
  length: 1,
  today: '2025-06-30',
  values: 'petani, nelayan',
  delimiter: ';',
  position: 4,
  expected: 'berkembang',
  actual: 10,
  terms: 'laki_laki + perempuan',
  sum: 10,
  limit_column: 'pagu',
  limit: 5,
  mean: '0.6500',
  score: 0.7,
  kind: 'idm',
  tahun: 2024,
  first_row: 2,
}

describe('formatImportIssue()', () => {
  it.each([
    ['id', 'keluarga.csv baris 14, kolom desil: nilai "11" harus bilangan bulat 1–10.'],
    ['en', 'keluarga.csv row 14, column desil: value "11" must be a whole number 1–10.'],
  ] as const)('names file, row and column in %s', (language, expected) => {
    expect(formatImportIssue(makeIssue(), language)).toBe(expected)
  })

  it.each([
    [
      'a whole line',
      { column: '', code: 'field_count' as IssueCode, params: { expected: 11, actual: 10 } },
      'keluarga.csv baris 14: baris ini berisi 10 sel, sedangkan header 11 kolom.',
    ],
    [
      'the whole file',
      { row: 0, column: '', code: 'empty_file' as IssueCode, params: {} },
      'keluarga.csv: file kosong, tidak ada baris header.',
    ],
    [
      'a header column',
      { row: 1, column: 'desil', value: '', code: 'missing_column' as IssueCode, params: {} },
      'keluarga.csv baris 1, kolom desil: kolom wajib ini tidak ada di header.',
    ],
  ])('leaves out what does not apply for %s', (_, change, expected) => {
    expect(formatImportIssue(makeIssue(change), 'id')).toBe(expected)
  })

  it.each([
    [
      'the case of a listed value',
      {
        code: 'not_enum' as IssueCode,
        value: 'Petani',
        params: { values: 'petani, nelayan', suggestion: 'petani' },
      },
      'Did you mean "petani"?',
    ],
    [
      'Excel scientific notation',
      { code: 'not_id16' as IssueCode, value: '•.•••••E+15', params: { hint: 'scientific' } },
      'format the column as Text',
    ],
  ])('adds a hint for %s', (_, change, hint) => {
    expect(formatImportIssue(makeIssue(change), 'en')).toContain(hint)
  })

  it('has a message in both languages for every issue code, and they differ', () => {
    for (const code of ISSUE_CODES) {
      const issue = makeIssue({ code, params: EVERY_PARAM })
      const [id, en] = LANGUAGES.map((language) => formatImportIssue(issue, language))
      expect(ISSUE_TEMPLATES[code], code).toBeDefined()
      expect(id, code).toMatch(/^keluarga\.csv baris 14, kolom desil: \S.+\.( .+\?)?$/)
      expect(en, code).toMatch(/^keluarga\.csv row 14, column desil: \S.+\.( .+\?)?$/)
      expect(id, code).not.toBe(en)
      expect(`${id} ${en}`, code).not.toMatch(/undefined|""|= \./)
    }
  })
})

describe('formatIssueReport()', () => {
  it('summarises, lists each issue in Indonesian with English below, and counts the unlisted', () => {
    const report = formatIssueReport({
      file: 'keluarga.csv',
      issues: [makeIssue()],
      issueCount: 3,
      rejectedRows: 2,
    })
    expect(report.split('\n')).toEqual([
      'keluarga.csv ditolak: 3 masalah di 2 baris; tidak ada yang disimpan.',
      'keluarga.csv rejected: 3 problem(s) in 2 row(s); nothing was saved.',
      '- keluarga.csv baris 14, kolom desil: nilai "11" harus bilangan bulat 1–10.',
      '  keluarga.csv row 14, column desil: value "11" must be a whole number 1–10.',
      '… dan 2 masalah lain tidak ditampilkan.',
      '  … and 2 more problems not shown.',
    ])
  })
})
