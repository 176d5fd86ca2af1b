/**
 * A file cut short mid-way through its last line (an interrupted download or copy, a spreadsheet export
 * stopped early) can still parse: "…,7500000" cut to "…,750" has the right number of cells and a valid
 * number. The rule: the last line must prove its own end. It does when any of these holds:
 *   1. the file ends with a line break (CSV writers end every record with one; RFC 4180 allows it);
 *   2. its last cell is quoted and the closing quote is the file's last character;
 *   3. its last cell's rule admits no shorter valid value, so any cut would already be refused: a 16-digit
 *      NIK/KK, a village code, a date, a year (a cut year falls below 2015), a 0/1 flag, or a choice
 *      list where no value begins another.
 * Otherwise (a number, a decimal, a name, an optional cell: each still valid when cut) the last row is
 * refused as possibly truncated, naming file, row and column. This never accepts a row cut inside its
 * last cell; its only cost is that a complete file without a final line break whose last column is a
 * number is refused once, with the fix in the message (end the file with a line break). A cut before the
 * last cell is a wrong cell count, already refused. A whole lost line leaves no trace in the text itself:
 * the import report's row count is what to compare with the source.
 */
import type { ImportIssue } from './import-issue.ts'
import { clipValue } from './import-issue.ts'
import type { ColumnDef } from './import-kinds.ts'

/** True when a cell of `column` could be cut short and still be valid. */
export function canBeCutShort(column: ColumnDef): boolean {
  if (column.isOptional) return true
  const { rule } = column
  switch (rule.type) {
    case 'id16':
    case 'kode_desa':
    case 'date':
    case 'year':
    case 'flag':
      return false
    case 'enum':
      return rule.values.some((value) =>
        rule.values.some((other) => other !== value && other.length > 0 && value.startsWith(other)),
      )
    case 'integer':
    case 'decimal':
    case 'text':
      return true
  }
}

/**
 * The end of the text read so far: its last character that is not white space, and whether a line break
 * follows it. Followed piece by piece ({@link followTextEnd}), so a stream of any size needs no copy.
 */
export interface TextEnd {
  lastCharacter: string
  lineBreakAfter: boolean
}

export const EMPTY_TEXT_END: TextEnd = { lastCharacter: '', lineBreakAfter: false }

/** The end of `before` followed by `piece`. */
export function followTextEnd(before: TextEnd, piece: string): TextEnd {
  // Walk back over trailing white space only: a piece may be megabytes long.
  let end = piece.length
  while (end > 0 && /\s/.test(piece[end - 1] as string)) end--
  const lineBreak = /[\r\n]/.test(piece.slice(end))
  if (end === 0)
    return { lastCharacter: before.lastCharacter, lineBreakAfter: before.lineBreakAfter || lineBreak }
  return { lastCharacter: piece[end - 1] as string, lineBreakAfter: lineBreak }
}

/** What the reader knows about the end of the file. */
export interface LastRowFacts {
  end: TextEnd
  /** The columns the file is read as (the kind's, or the workbench's with village names). */
  columns: readonly ColumnDef[]
  fileName: string
  /** Header names in file order. */
  header: readonly string[]
  /** Spreadsheet row of the last non-blank line. */
  row: number
  /** The last cell of that line as read (trimmed). */
  lastCell: string
}

/** The problem with the last row, or undefined when its end is proven (see the file comment). */
export function checkLastRow(facts: LastRowFacts): ImportIssue | undefined {
  if (facts.end.lineBreakAfter || facts.end.lastCharacter === '"') return undefined
  const name = facts.header[facts.header.length - 1] ?? ''
  const column = facts.columns.find((def) => def.name === name)
  if (!column || !canBeCutShort(column)) return undefined
  const value = column.isPseudonymised ? '' : clipValue(facts.lastCell)
  return { file: facts.fileName, row: facts.row, column: name, value, code: 'possibly_truncated', params: {} }
}
