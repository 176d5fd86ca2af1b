/**
 * The import workbench's steps as one state machine: file → mapping → report → preview → commit, and
 * undo from the log. Every step the planner confirms is saved in the draft (import-draft.ts) before the
 * screen moves on, so a reload re-runs the steps up to where the planner was and loses nothing.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import {
  commitImport,
  discardImport,
  fetchImportLog,
  previewImport,
  stageRows,
  startImport,
  undoImport,
} from '../data/planner/import-workbench.ts'
import type { PlannerEngine } from '../data/planner/planner-request.ts'
import type { Village } from '../data/snapshot.ts'
import { type ImportKind, KINDS } from '../import/import-kinds.ts'
import { toAuditEntry } from '../import/import-messages.ts'
import { type ColumnMapping, mappingSourceKey } from '../import/workbench/column-mapping.ts'
import { LOCAL_MODE_MAX_FILE_BYTES, tooLargeForLocalMode } from '../import/workbench/local-mode-limit.ts'
import type { WorkbenchVillage } from '../import/workbench/workbench-protocol.ts'
import {
  clearDraft,
  type DraftStage,
  draftForFile,
  type ImportDraft,
  loadDraft,
  rememberMapping,
  rememberNames,
  saveDraft,
  sessionKey,
} from './import-draft.ts'
import { EMPTY_WORKBENCH, errorMessage, type WorkbenchState } from './workbench-state.ts'
import { createWorkbenchWorker, WorkbenchCancelled, type WorkbenchWorker } from './workbench-worker-client.ts'

/** The workbench over `engine`; `villages` are the codes a file may name. */
export function useImportWorkbench(engine: PlannerEngine, villages: readonly Village[]) {
  const [state, setState] = useState<WorkbenchState>(EMPTY_WORKBENCH)
  const worker = useRef<WorkbenchWorker | null>(null)
  const token = useRef<string | null>(null)
  const patch = useCallback(
    (next: Partial<WorkbenchState>) => setState((current) => ({ ...current, ...next })),
    [],
  )

  const refreshLog = useCallback(async () => {
    try {
      patch({ log: await fetchImportLog(engine) })
    } catch (error) {
      patch({ error: errorMessage(error) })
    }
  }, [engine, patch])

  const regions = useCallback(
    (): WorkbenchVillage[] =>
      villages.map(({ kode, jenis, nama, kecamatan_nama }) => ({ kode, jenis, nama, kecamatan_nama })),
    [villages],
  )

  /** Drops the staging of the read before (best effort: a day-old staging goes anyway). */
  const discardStaging = useCallback(() => {
    const staged = token.current
    token.current = null
    if (staged) void discardImport(engine, staged).catch(() => undefined)
  }, [engine])

  const sniffProgress = useCallback(
    (p: { characters: number; totalCharacters: number }) =>
      patch({ progress: { phase: 'sniff', done: p.characters, total: p.totalCharacters } }),
    [patch],
  )

  /** Re-runs the steps of `draft` up to its stage (a reload, or after a change). */
  const runTo = useCallback(
    async (draft: ImportDraft, stage: DraftStage) => {
      const client = worker.current
      if (!client) return
      patch({ step: 'busy', draft, error: null, progress: { phase: 'sniff', done: 0, total: 1 } })
      try {
        const file = await client.sniff(draft.file, draft.fileName, draft.sheet ?? undefined, sniffProgress)
        patch({ file })
        if (stage === 'mapping') return patch({ step: 'mapping', progress: null, report: null, effect: null })
        const key = KINDS[draft.kind].isPersonal ? sessionKey() : undefined
        if (KINDS[draft.kind].isPersonal && !key) {
          return patch({ step: 'mapping', progress: null, report: null })
        }
        // The checked rows are staged as the worker sends them (staged rows are not data: only the
        // commit writes), so neither the worker nor this page ever holds the whole file.
        discardStaging()
        const staging = await startImport(engine, {
          kind: draft.kind,
          fileName: draft.fileName,
          sha256: file.sha256,
        })
        let batches = 0
        const report = await client.read(
          {
            kind: draft.kind,
            mapping: draft.mapping,
            villages: regions(),
            confirmedNames: draft.confirmedNames ?? {},
            key,
          },
          (p) => patch({ progress: { phase: 'read', done: p.characters, total: p.totalCharacters } }),
          (rows) => stageRows(engine, staging, batches++, rows),
        )
        token.current = staging
        patch({ report })
        if (stage === 'report') return patch({ step: 'report', progress: null, effect: null })
        patch({ progress: { phase: 'preview', done: 0, total: 1 } })
        const effect = await previewImport(engine, token.current, draft.wholePeriods)
        patch({ step: 'preview', effect, progress: null })
      } catch (error) {
        if (error instanceof WorkbenchCancelled) return
        patch({
          step: stage === 'preview' ? 'report' : 'mapping',
          progress: null,
          error: errorMessage(error),
        })
      }
    },
    [engine, regions, patch, sniffProgress, discardStaging],
  )

  /** Saves `draft` (durable before the steps run), then re-runs the steps up to its stage. */
  const saveAndRun = useCallback(
    async (draft: ImportDraft) => {
      await saveDraft(draft)
      await runTo(draft, draft.stage)
    },
    [runTo],
  )

  useEffect(() => {
    worker.current = createWorkbenchWorker()
    let alive = true
    void loadDraft().then((draft) => {
      if (alive && draft) void runTo(draft, draft.stage)
    })
    void refreshLog()
    return () => {
      alive = false
      worker.current?.dispose()
      worker.current = null
    }
  }, [runTo, refreshLog])

  /** A dropped or picked file (or another sheet of the same XLSX). */
  const chooseFile = useCallback(
    async (file: Blob, fileName: string, sheet: string | null = null) => {
      const client = worker.current
      if (!client) return
      if (engine.kind === 'local' && file.size > LOCAL_MODE_MAX_FILE_BYTES) {
        return patch({ ...EMPTY_WORKBENCH, log: state.log, error: tooLargeForLocalMode(fileName, file.size) })
      }
      patch({
        ...EMPTY_WORKBENCH,
        log: state.log,
        step: 'busy',
        progress: { phase: 'sniff', done: 0, total: 1 },
      })
      try {
        const sniffed = await client.sniff(file, fileName, sheet ?? undefined, sniffProgress)
        const draft = draftForFile(file, fileName, sniffed)
        await saveDraft(draft)
        patch({ step: 'mapping', file: sniffed, draft, progress: null })
      } catch (error) {
        patch({ step: 'empty', progress: null, error: errorMessage(error) })
      }
    },
    [state.log, patch, sniffProgress, engine.kind],
  )

  /** The planner changed the kind or one column's mapping. */
  const setMapping = useCallback(
    (kind: ImportKind, mapping: ColumnMapping) => {
      if (!state.draft) return
      const draft = { ...state.draft, kind, mapping, stage: 'mapping' as const }
      // The choices are durable as soon as this call returns (import-draft.ts), so a reload the moment
      // after a change keeps it; the file itself was stored when it was picked.
      saveDraft(draft).catch((error) => patch({ error: errorMessage(error) }))
      patch({ draft, report: null, effect: null })
    },
    [state.draft, patch],
  )

  /** Reads and checks the file with the confirmed mapping. */
  const check = useCallback(async () => {
    const { draft, file } = state
    if (!draft || !file) return
    rememberMapping(mappingSourceKey(draft.kind, file.header), draft.mapping)
    await saveAndRun({ ...draft, stage: 'report', dropRejected: false })
  }, [state, saveAndRun])

  /**
   * The planner confirmed (a code) or withdrew (null) the proposed match of one pair of village names:
   * remembered for the source, then the file is checked again with it.
   */
  const confirmName = useCallback(
    async (pairKey: string, kode: string | null) => {
      const { draft, file } = state
      if (!draft || !file) return
      const confirmedNames = { ...(draft.confirmedNames ?? {}) }
      if (kode === null) delete confirmedNames[pairKey]
      else confirmedNames[pairKey] = kode
      rememberNames(mappingSourceKey(draft.kind, file.header), confirmedNames)
      await saveAndRun({ ...draft, confirmedNames, stage: 'report', dropRejected: false })
    },
    [state, saveAndRun],
  )

  /** Stages the good rows and previews the commit (optionally replacing whole periods). */
  const preview = useCallback(
    async (options: { dropRejected: boolean; wholePeriods: boolean }) => {
      const { draft } = state
      if (!draft) return
      await saveAndRun({ ...draft, ...options, stage: 'preview' })
    },
    [state, saveAndRun],
  )

  /** Commits the staged import. */
  const commit = useCallback(
    async (confirmedRows: number | null) => {
      const { draft, report } = state
      if (!draft || !report || !token.current) return
      patch({ step: 'busy', error: null, progress: { phase: 'commit', done: 0, total: 1 } })
      try {
        const committed = await commitImport(engine, token.current, {
          wholePeriods: draft.wholePeriods,
          confirmedRows,
          droppedRows: draft.dropRejected ? report.errors.map(toAuditEntry) : [],
        })
        token.current = null
        await clearDraft()
        patch({ step: 'done', committed, progress: null, draft: null })
        await refreshLog()
      } catch (error) {
        patch({ step: 'preview', progress: null, error: errorMessage(error) })
      }
    },
    [state, engine, refreshLog, patch],
  )

  const undo = useCallback(
    async (batchId: number) => {
      patch({ error: null })
      try {
        await undoImport(engine, batchId)
      } catch (error) {
        patch({ error: errorMessage(error) })
      }
      await refreshLog()
    },
    [engine, refreshLog, patch],
  )

  const cancel = useCallback(() => {
    worker.current?.cancel()
    const { draft } = state
    if (draft) void runTo({ ...draft, stage: 'mapping' }, 'mapping')
    else patch({ step: 'empty', progress: null })
  }, [state, runTo, patch])

  const startOver = useCallback(async () => {
    await clearDraft()
    discardStaging()
    setState((current) => ({ ...EMPTY_WORKBENCH, log: current.log }))
  }, [discardStaging])

  const annotated = useCallback(async (): Promise<string | null> => {
    return (await worker.current?.annotate()) ?? null
  }, [])

  return {
    state,
    chooseFile,
    setMapping,
    check,
    confirmName,
    preview,
    commit,
    undo,
    cancel,
    startOver,
    annotated,
  }
}
