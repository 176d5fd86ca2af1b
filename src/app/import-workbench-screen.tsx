import { type DragEvent, type ReactElement, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlannerEngine } from '../data/planner/planner-request.ts'
import type { Village } from '../data/snapshot.ts'
import { KINDS } from '../import/import-kinds.ts'
import { mappingProblems } from '../import/workbench/column-mapping.ts'
import { ColumnMappingTable } from '../panels/import/column-mapping-table.tsx'
import { ImportLog } from '../panels/import/import-log.tsx'
import { ImportPreview } from '../panels/import/import-preview.tsx'
import { useFormatNumber } from '../ui/use-locale.ts'
import '../panels/import/import.css'
import { ValidationReport } from '../panels/import/validation-report.tsx'
import { VillageNameMatches } from '../panels/import/village-name-matches.tsx'
import { downloadFile } from '../ui/download-file.ts'
import { LabeledSelect } from '../ui/labeled-select.tsx'
import { sessionKey, setSessionKey } from './import-draft.ts'
import { RouteLink } from './route-link.tsx'
import { useImportWorkbench } from './use-import-workbench.ts'

/**
 * `/perencana/impor`: the import workbench over either engine (local PGlite or Supabase, the same
 * requests). Steps top to bottom: file and key, mapping, report, preview, saved; the log with undo below.
 */
export function ImportWorkbenchScreen({
  engine,
  villages,
}: {
  engine: PlannerEngine
  villages: readonly Village[]
}): ReactElement {
  const { t } = useTranslation()
  const workbench = useImportWorkbench(engine, villages)
  const { state } = workbench
  const [key, setKey] = useState(sessionKey)
  const [isOver, setIsOver] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const number = useFormatNumber()
  const { draft, file } = state

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault()
    setIsOver(false)
    const dropped = event.dataTransfer.files[0]
    if (dropped) void workbench.chooseFile(dropped, dropped.name)
  }
  const download = async () => {
    const text = await workbench.annotated()
    if (text && draft)
      downloadFile(text, `${draft.fileName.replace(/\.(csv|xlsx|txt)$/i, '')}-masalah.csv`, 'text/csv')
  }
  const needsKey = draft !== null && KINDS[draft.kind].isPersonal && key.length === 0
  const mappingOk = draft !== null && mappingProblems(draft.kind, draft.mapping).missing.length === 0

  return (
    <div className="import-workbench" data-testid="import-workbench" data-step={state.step}>
      <header>
        <h3>{t('impor.title')}</h3>
        <p>{t('impor.intro')}</p>
        <RouteLink route={{ name: 'planner' }}>{t('impor.back')}</RouteLink>
      </header>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target; the button inside is the keyboard and click path */}
      <div
        className={`import-drop${isOver ? ' import-drop--over' : ''}`}
        data-testid="import-drop"
        onDragOver={(event) => {
          event.preventDefault()
          setIsOver(true)
        }}
        onDragLeave={() => setIsOver(false)}
        onDrop={onDrop}
      >
        {t('impor.dropZone')}{' '}
        <button type="button" className="button button--secondary" onClick={() => input.current?.click()}>
          {t('impor.pick')}
        </button>
        <input
          ref={input}
          type="file"
          hidden
          data-testid="import-file"
          accept=".csv,.txt,.tsv,.xlsx,text/csv"
          onChange={(event) => {
            const picked = event.target.files?.[0]
            if (picked) void workbench.chooseFile(picked, picked.name)
            event.target.value = ''
          }}
        />
        <label className="import-key">
          {t('impor.key')}{' '}
          <input
            type="password"
            autoComplete="off"
            data-testid="import-key"
            value={key}
            onChange={(event) => {
              setKey(event.target.value)
              setSessionKey(event.target.value)
            }}
          />
          <small>{t('impor.keyHint')}</small>
        </label>
      </div>
      {state.error && (
        <p role="alert" className="planner-error" data-testid="import-error">
          {state.error}
        </p>
      )}
      {state.progress && (
        <div className="planner-card" role="status" data-testid="import-progress">
          <p>{t(`impor.progress.${state.progress.phase}`)}</p>
          <progress max={state.progress.total || 1} value={state.progress.done} />
          <button
            type="button"
            className="button button--secondary"
            data-testid="import-cancel"
            onClick={workbench.cancel}
          >
            {t('impor.cancel')}
          </button>
        </div>
      )}
      {file && draft && state.step !== 'done' && state.step !== 'busy' && (
        <>
          <p data-testid="import-file-info">
            {t('impor.file', {
              name: file.fileName,
              bytes: number(file.bytes),
              encoding: file.hasBom ? `${file.encoding} + BOM` : file.encoding,
              delimiter: file.delimiter === '\t' ? 'tab' : file.delimiter,
            })}
          </p>
          {file.sheets && file.sheets.length > 1 && (
            <LabeledSelect
              label={t('impor.sheet')}
              testId="import-sheet"
              options={file.sheets.map((name) => ({ value: name, label: name }))}
              value={file.sheet ?? file.sheets[0] ?? ''}
              onChange={(sheet) => void workbench.chooseFile(draft.file, draft.fileName, sheet)}
            />
          )}
          <ColumnMappingTable
            header={file.header}
            kind={draft.kind}
            mapping={draft.mapping}
            onChange={(kind, mapping) => workbench.setMapping(kind, mapping)}
          />
          {needsKey && <p className="planner-error">{t('impor.needKey')}</p>}
          <button
            type="button"
            className="button"
            data-testid="import-check"
            disabled={!mappingOk || needsKey}
            onClick={() => void workbench.check()}
          >
            {t('impor.check')}
          </button>
        </>
      )}
      {state.report?.names && (state.step === 'report' || state.step === 'preview') && (
        <VillageNameMatches
          names={state.report.names}
          onConfirm={(pairKey, kode) => void workbench.confirmName(pairKey, kode)}
        />
      )}
      {state.report && file && draft && (state.step === 'report' || state.step === 'preview') && (
        <ValidationReport
          key={`${state.report.errorCount}-${state.report.rowCount}`}
          report={state.report}
          header={file.header}
          mapping={draft.mapping}
          onDownload={() => void download()}
          onPreview={(options) => void workbench.preview(options)}
        />
      )}
      {state.effect && state.step === 'preview' && (
        <ImportPreview
          effect={state.effect}
          villages={villages}
          committed={false}
          onCommit={(confirmed) => void workbench.commit(confirmed)}
        />
      )}
      {state.committed && state.step === 'done' && (
        <>
          <p role="status" data-testid="import-done">
            {t('impor.done', { id: state.committed.batch_id, rows: number(state.committed.rows) })}
          </p>
          <ImportPreview effect={state.committed} villages={villages} committed />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void workbench.startOver()}
          >
            {t('impor.startOver')}
          </button>
        </>
      )}
      <ImportLog entries={state.log} onUndo={(id) => void workbench.undo(id)} />
    </div>
  )
}
