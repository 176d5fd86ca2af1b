/**
 * Import problems as sentences, Bahasa Indonesia and English: "keluarga.csv baris 14, kolom desil: nilai
 * "11" harus bilangan bulat 1–10." Where (file, row, column) comes first; what is wrong comes from the
 * code's template in `issue-templates.ts`.
 */
import type { Language } from '../lib/language.ts'
import type { ImportIssue } from './import-issue.ts'
import { ISSUE_TEMPLATES } from './issue-templates.ts'

const WHERE: Readonly<Record<Language, { row: string; column: string }>> = {
  id: { row: 'baris', column: 'kolom' },
  en: { row: 'row', column: 'column' },
}

/** One issue as a sentence: where (file, row, column), then what is wrong. */
export function formatImportIssue(issue: ImportIssue, language: Language): string {
  const words = WHERE[language]
  let where = issue.file
  if (issue.row > 0) where += ` ${words.row} ${issue.row}`
  if (issue.column !== '') where += `${issue.row > 0 ? ',' : ''} ${words.column} ${issue.column}`
  const param = (name: string) => String(issue.params[name] ?? '')
  return `${where}: ${ISSUE_TEMPLATES[issue.code][language](issue, param)}`
}

/** Options of {@link formatIssueReport}. */
export interface IssueReportInput {
  file: string
  issues: readonly ImportIssue[]
  /** All problems, when more were found than listed. */
  issueCount: number
  rejectedRows: number
}

/**
 * A multi-line report for a terminal or a log: a summary, then each listed issue in Bahasa Indonesia
 * with its English translation indented below it, then how many more were not listed.
 */
export function formatIssueReport(input: IssueReportInput): string {
  const { file, issues, issueCount, rejectedRows } = input
  const lines = [
    `${file} ditolak: ${issueCount} masalah${rejectedRows > 0 ? ` di ${rejectedRows} baris` : ''}; tidak ada yang disimpan.`,
    `${file} rejected: ${issueCount} problem(s)${rejectedRows > 0 ? ` in ${rejectedRows} row(s)` : ''}; nothing was saved.`,
  ]
  for (const issue of issues) {
    lines.push(`- ${formatImportIssue(issue, 'id')}`, `  ${formatImportIssue(issue, 'en')}`)
  }
  const unlisted = issueCount - issues.length
  if (unlisted > 0) {
    lines.push(
      `… dan ${unlisted} masalah lain tidak ditampilkan.`,
      `  … and ${unlisted} more problems not shown.`,
    )
  }
  return lines.join('\n')
}
