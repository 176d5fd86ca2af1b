/**
 * A planner's file through the workbench: its header sniffed (separator, cells), then read through the
 * confirmed column mapping with Excel's artefacts cleaned, by the same `readImport` the CLI runs, so
 * every rule and every message is `src/import`'s. Pure; the Web Worker (workbench-worker.ts) calls it.
 */
import Papa from 'papaparse'
import { type ImportKind, KINDS } from '../import-kinds.ts'
import { type ReadImportOptions, type ReadImportResult, readImport } from '../read-import.ts'
import { type ColumnMapping, type MappingProposal, rankKinds } from './column-mapping.ts'
import { type Delimiter, detectDelimiter } from './detect-delimiter.ts'
import { cleanExcelCell } from './excel-cells.ts'

/** What the first line of a file says. */
export interface SniffedHeader {
  delimiter: Delimiter
  /** Header cells, trimmed, without Excel's trailing empty ones. */
  header: string[]
  /** Every kind's mapping proposal, best first. */
  proposals: MappingProposal[]
}

/** Reads the separator and header of `text` and proposes a kind and mapping. */
export function sniffHeader(text: string): SniffedHeader {
  const delimiter = detectDelimiter(text)
  const parsed = Papa.parse<string[]>(text, { delimiter, preview: 1 })
  const cells = (parsed.data[0] ?? []).map((cell) => cell.trim())
  while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop()
  return { delimiter, header: cells, proposals: rankKinds(cells) }
}

/** Options of {@link readWorkbenchText}. */
export interface WorkbenchReadOptions
  extends Omit<ReadImportOptions, 'delimiter' | 'mapHeader' | 'cleanCell'> {
  kind: ImportKind
  delimiter: Delimiter
  mapping: ColumnMapping
}

/** Reads and checks `text` as the planner mapped it. Never throws for bad input. */
export function readWorkbenchText(text: string, options: WorkbenchReadOptions): ReadImportResult {
  const columns = KINDS[options.kind].columns
  return readImport(text, {
    ...options,
    mapHeader: (names) => names.map((_, at) => options.mapping[at] ?? null),
    cleanCell: (cell, at) => {
      const column = columns[at]
      return column ? cleanExcelCell(cell, column.rule) : cell
    },
  })
}
