/**
 * The annotated copy of a refused file: every row as it was, plus a last column that says what is wrong
 * with it in Bahasa Indonesia and English, so the planner fixes it in Excel and uploads it again. Written
 * as UTF-8 with a BOM and the file's own separator, which Excel opens as it opened the original.
 */
import Papa from 'papaparse'
import type { ImportIssue } from '../import-issue.ts'
import { formatImportIssue } from '../import-messages.ts'

/** Header of the added column. */
export const PROBLEM_COLUMN = 'masalah / problems'

/** The copy of `text` (separator `delimiter`) with a problem column; problems of row 0 go on the header. */
export function annotateCsv(text: string, delimiter: string, issues: readonly ImportIssue[]): string {
  const byRow = new Map<number, string[]>()
  for (const issue of issues) {
    const row = issue.row === 0 ? 1 : issue.row
    const message = `${formatImportIssue(issue, 'id')} / ${formatImportIssue(issue, 'en')}`
    byRow.set(row, [...(byRow.get(row) ?? []), message])
  }
  const { data } = Papa.parse<string[]>(text, { delimiter })
  // A final line break gives one empty record; keep the copy the same length as the file.
  if (data.length > 0 && data[data.length - 1]?.length === 1 && data[data.length - 1]?.[0] === '') data.pop()
  const rows = data.map((cells, index) => {
    const row = index + 1
    const problems = byRow.get(row)?.join(' | ') ?? ''
    return [...cells, row === 1 ? [PROBLEM_COLUMN, problems].filter(Boolean).join(': ') : problems]
  })
  return `\uFEFF${Papa.unparse(rows, { delimiter, newline: '\r\n' })}\r\n`
}
