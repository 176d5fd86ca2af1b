/** What the import workbench screen shows, as one value (use-import-workbench.ts moves it on). */
import type { ImportEffect, ImportLogEntry } from '../data/planner/import-workbench.ts'
import type { SniffedFile, WorkbenchReport } from '../import/workbench/workbench-protocol.ts'
import type { ImportDraft } from './import-draft.ts'

/** Where the workbench is. */
export type WorkbenchStep = 'empty' | 'busy' | 'mapping' | 'report' | 'preview' | 'done'

/** Progress of the running step (reading characters, staging rows). */
export interface StepProgress {
  phase: 'sniff' | 'read' | 'preview' | 'commit'
  done: number
  total: number
}

/** Everything the screen shows. */
export interface WorkbenchState {
  step: WorkbenchStep
  file: SniffedFile | null
  draft: ImportDraft | null
  report: WorkbenchReport | null
  effect: ImportEffect | null
  committed: ImportEffect | null
  progress: StepProgress | null
  error: string | null
  log: ImportLogEntry[]
}

/** The workbench before any file: nothing read, nothing logged yet. */
export const EMPTY_WORKBENCH: WorkbenchState = {
  step: 'empty',
  file: null,
  draft: null,
  report: null,
  effect: null,
  committed: null,
  progress: null,
  error: null,
  log: [],
}

/** The text the screen shows for a failed step. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
