/**
 * Messages between the import screen and its Web Worker (workbench-worker.ts). The worker reads the file;
 * the screen only ever receives its header, the problems (identity numbers masked) and rows whose NIK/KK
 * are already pseudonymised, in batches it acknowledges (`ack`) once it has staged them. Cancel is
 * `worker.terminate()`: immediate, whatever the worker does.
 */
import type { ImportIssue } from '../import-issue.ts'
import type { ImportKind } from '../import-kinds.ts'
import type { ImportRow, IssueCounts } from '../validate-rows.ts'
import type { ColumnMapping, MappingProposal } from './column-mapping.ts'
import type { TextEncodingName } from './decode-text.ts'
import type { Delimiter } from './detect-delimiter.ts'
import type { NamedVillage } from './match-village-names.ts'
import type { ConfirmedNames, NameResolution } from './resolve-village-names.ts'

/**
 * Rows per batch the worker posts and per staging request the screen makes of it: ~2,000 households are
 * ~0.6 MB of JSON, well under PostgREST's body limit.
 */
export const STAGE_CHUNK_ROWS = 2000

/** One village of the region as the worker needs it. */
export interface WorkbenchVillage extends NamedVillage {
  jenis: 'desa' | 'kelurahan'
}

/** What the screen asks. */
export type WorkbenchRequest =
  | { type: 'sniff'; file: Blob; fileName: string; sheet?: string }
  | {
      type: 'read'
      kind: ImportKind
      mapping: ColumnMapping
      /** The region's villages: codes a file may name, and names a file may give instead. */
      villages: WorkbenchVillage[]
      /** Village-name matches the planner confirmed (pair key → code). */
      confirmedNames: ConfirmedNames
      /** The organisation's pseudonymisation key (personal kinds). */
      key?: string
    }
  | { type: 'annotate' }
  /** The batch of rows sent last has been staged: the worker reads on. */
  | { type: 'ack' }

/** The file as sniffed. */
export interface SniffedFile {
  fileName: string
  sha256: string
  bytes: number
  encoding: TextEncodingName | 'xlsx'
  hasBom: boolean
  /** XLSX: every sheet's name and the one read; null for CSV. */
  sheets: string[] | null
  sheet: string | null
  delimiter: Delimiter
  header: string[]
  proposals: MappingProposal[]
}

/** The report of a read. */
export interface WorkbenchReport {
  kind: ImportKind
  /** Good rows, all sent in `rows` batches before the report. */
  rowCount: number
  errors: ImportIssue[]
  errorCount: number
  rejectedRows: number
  canDropRejected: boolean
  /** Each distinct village name and its match, when the file names villages instead of coding them. */
  names: NameResolution[] | null
  /** Every problem of the file per code, also those beyond the listed ones. */
  countsByCode: IssueCounts
  seconds: number
}

/** What the worker answers. */
export type WorkbenchReply =
  | { type: 'sniffed'; file: SniffedFile }
  | { type: 'progress'; characters: number; totalCharacters: number; rows: number; rejectedRows: number }
  | { type: 'rows'; rows: ImportRow[] }
  | { type: 'read'; report: WorkbenchReport }
  | { type: 'annotated'; text: string }
  | { type: 'error'; message: string }
