import type { IssueCode, IssueParams } from './import-issue.ts'

/** A problem of the header row: the column it names, the cell, and its code. */
export interface HeaderProblem {
  column: string
  value: string
  code: IssueCode
  params: IssueParams
}

/**
 * Matches header cells to the expected columns; `order[i]` is the file position of `columns[i]`. A `null`
 * cell is a column the planner chose to ignore.
 */
export function checkHeader(
  cells: readonly (string | null)[],
  columns: readonly string[],
): { order: number[]; problems: HeaderProblem[] } {
  const names = cells.map((cell) => (cell === null ? null : cell.trim()))
  const only = names[0] ?? ''
  if (names.length === 1 && (only.includes(';') || only.includes('\t'))) {
    const delimiter = only.includes(';') ? ';' : 'tab'
    return {
      order: [],
      problems: [{ column: '', value: only, code: 'wrong_delimiter', params: { delimiter } }],
    }
  }
  const problems: HeaderProblem[] = []
  const seen = new Map<string, number>()
  names.forEach((name, position) => {
    if (name === null) return
    const count = (seen.get(name) ?? 0) + 1
    seen.set(name, count)
    if (!columns.includes(name)) {
      problems.push({
        column: name,
        value: name,
        code: 'unknown_column',
        params: { position: position + 1, expected: columns.join(', ') },
      })
    } else if (count === 2) {
      problems.push({ column: name, value: name, code: 'duplicate_column', params: {} })
    }
  })
  for (const name of columns) {
    if (!seen.has(name)) problems.push({ column: name, value: '', code: 'missing_column', params: {} })
  }
  return { order: columns.map((name) => names.indexOf(name)), problems }
}
