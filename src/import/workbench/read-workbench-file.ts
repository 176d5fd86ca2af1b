/**
 * A planner's file through the workbench: its header sniffed (separator, cells), then read through the
 * confirmed column mapping with Excel's artefacts cleaned, by the same `readImport` the CLI runs, so
 * every rule and every message is `src/import`'s. A file that names its villages instead of coding them
 * is read with the names in place of `kode_desa`, resolved to codes before the rows are checked
 * (resolve-village-names.ts). Pure; the Web Worker (workbench-worker.ts) calls it.
 */
import Papa from 'papaparse'
import { type ImportKind, KINDS } from '../import-kinds.ts'
import { type ReadImportOptions, type ReadImportResult, readImport } from '../read-import.ts'
import { type ByteSource, type ReadImportStreamOptions, readImportStream } from '../read-import-stream.ts'
import { type ColumnMapping, type MappingProposal, rankKinds } from './column-mapping.ts'
import { type Delimiter, detectDelimiter } from './detect-delimiter.ts'
import { cleanExcelCell } from './excel-cells.ts'
import type { NamedVillage } from './match-village-names.ts'
import { type ConfirmedNames, createNameResolver, type NameResolution } from './resolve-village-names.ts'
import { isByName, NAMA_DESA, NAMA_KECAMATAN } from './village-name-columns.ts'

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
  /** The region's villages with their names: needed when the file names villages instead of coding them. */
  villages?: readonly NamedVillage[]
  /** Name matches the planner confirmed (pair key → code). */
  confirmedNames?: ConfirmedNames
}

/** A read's outcome; `names` lists each distinct village name when the file names villages. */
export interface WorkbenchReadResult extends ReadImportResult {
  names: NameResolution[] | null
}

/**
 * The reader's options for a file as the planner mapped it (columns renamed, Excel's artefacts cleaned,
 * village names resolved), and how to finish its result.
 */
function mappedRead<T extends WorkbenchReadOptions>(
  options: T,
): { options: T & ReadImportOptions; finish: (result: ReadImportResult) => WorkbenchReadResult } {
  const { mapping } = options
  const byName = isByName(mapping)
  const hasKecamatan = byName && mapping.includes(NAMA_KECAMATAN.name)
  // With a code column the code is read and the name columns are not.
  const isNameColumn = (name: string | null) => name === NAMA_DESA.name || name === NAMA_KECAMATAN.name
  const columns = byName
    ? [
        ...KINDS[options.kind].columns.filter((column) => column.name !== 'kode_desa'),
        NAMA_DESA,
        ...(hasKecamatan ? [NAMA_KECAMATAN] : []),
      ]
    : KINDS[options.kind].columns
  const resolver = byName
    ? createNameResolver({
        kind: options.kind,
        fileName: options.fileName,
        villages: options.villages ?? [],
        confirmed: options.confirmedNames ?? {},
        hasKecamatan,
      })
    : null
  const readOptions: T & ReadImportOptions = {
    ...options,
    mapHeader: (names) =>
      names.map((_, at) => {
        const name = mapping[at] ?? null
        return !byName && isNameColumn(name) ? null : name
      }),
    cleanCell: (cell, at) => {
      const column = columns[at]
      return column ? cleanExcelCell(cell, column.rule) : cell
    },
    sourceColumns: columns,
    resolveChunk: resolver?.resolveChunk,
  }
  return {
    options: readOptions,
    finish: (result) => ({ ...result, names: resolver?.resolutions() ?? null }),
  }
}

/** Reads and checks `text` as the planner mapped it. Never throws for bad input. */
export function readWorkbenchText(text: string, options: WorkbenchReadOptions): WorkbenchReadResult {
  const read = mappedRead(options)
  return read.finish(readImport(text, read.options))
}

/** Options of {@link readWorkbenchStream}. */
export type WorkbenchStreamOptions = WorkbenchReadOptions &
  Pick<ReadImportStreamOptions, 'encoding' | 'totalBytes' | 'onRows' | 'afterPiece'>

/** Reads and checks the file `source` streams, as the planner mapped it, in bounded memory. */
export async function readWorkbenchStream(
  source: ByteSource,
  options: WorkbenchStreamOptions,
): Promise<WorkbenchReadResult> {
  const read = mappedRead(options)
  return read.finish(await readImportStream(source, read.options))
}
