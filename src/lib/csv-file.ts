/**
 * The CSV downloads of the app (the explorer table, the priority list, the Dana Desa simulation), in one
 * dialect that Excel, LibreOffice and pandas read alike (the two CSVs written otherwise, on purpose: the
 * import workbench's annotated copy of a planner's file keeps that file's own separator and columns, so it
 * opens beside the original, `import/workbench/annotate-file.ts`; the published snapshot's open-data
 * files are plain UTF-8 with LF and no notes, `scripts/data/export-indicators.ts`):
 * - UTF-8 with a byte-order mark, so Excel reads Indonesian names, dashes and "≤" right;
 * - CRLF line ends;
 * - first the notes, one per line, as `# key: value` (or `# text`), a line break inside one folded to a
 *   space so it cannot start a data row (pandas: `comment='#'`); then a blank line;
 * - then the header row and the rows, fields quoted only where they hold the delimiter, a quote or a
 *   line break (RFC 4180, by papaparse);
 * - a comma between fields, or `;` where the caller writes for Excel in id-ID (its decimal mark is the
 *   comma).
 */
import Papa from 'papaparse'

/** A `# key: value` note, or a `# text` line. */
export type CsvNote = readonly [string, string | number] | string

/** What a CSV file holds. */
export interface CsvFile {
  notes: readonly CsvNote[]
  header: readonly string[]
  rows: readonly (readonly (string | number | null)[])[]
  delimiter?: ',' | ';'
}

const BOM = '\uFEFF'
const NEWLINE = '\r\n'

const fold = (text: string) => text.replace(/[\r\n]+/g, ' ')

function noteLine(note: CsvNote): string {
  return typeof note === 'string' ? `# ${fold(note)}` : `# ${fold(note[0])}: ${fold(String(note[1]))}`
}

/** The file's text, in the dialect above. */
export function buildCsvFile(file: CsvFile): string {
  const notes = file.notes.map(noteLine)
  const table = Papa.unparse(
    { fields: [...file.header], data: file.rows.map((row) => row.map((cell) => cell ?? '')) },
    { delimiter: file.delimiter ?? ',', newline: NEWLINE },
  )
  const head = notes.length > 0 ? `${notes.join(NEWLINE)}${NEWLINE}${NEWLINE}` : ''
  return `${BOM}${head}${table}${NEWLINE}`
}
