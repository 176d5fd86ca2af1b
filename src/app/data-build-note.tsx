import { type ReactElement, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { config } from '../config.ts'
import { type DataBuildProgress, fetchDataBuildProgress } from '../data/data-build-progress.ts'

/** How often the note asks the dev server, while a build runs. */
const POLL_MS = 2000

type NoteState = { kind: 'none' } | { kind: 'loading'; progress: DataBuildProgress } | { kind: 'done' }

/**
 * `npm start` on a fresh clone: the map is served from the boundaries while the demo data loads behind
 * (scripts/start.ts). This note says so with the build's percent, and offers a reload once the full
 * snapshot is published. Dev server only; renders nothing when no build runs.
 */
export function DataBuildNote(): ReactElement | null {
  const { t } = useTranslation()
  const [state, setState] = useState<NoteState>({ kind: 'none' })
  useEffect(() => {
    if (!config.isDev) return
    let timer: number | undefined
    let isCurrent = true
    let wasLoading = false
    const poll = async (): Promise<void> => {
      const progress = await fetchDataBuildProgress(config.basePath)
      if (!isCurrent) return
      if (progress) {
        wasLoading = true
        setState({ kind: 'loading', progress })
        timer = window.setTimeout(poll, POLL_MS)
      } else if (wasLoading) {
        setState({ kind: 'done' })
      }
    }
    void poll()
    return () => {
      isCurrent = false
      window.clearTimeout(timer)
    }
  }, [])
  if (state.kind === 'none') return null
  return (
    <div className="data-build-note" role="status" data-testid="data-build-note" data-state={state.kind}>
      {state.kind === 'loading' ? (
        <span>{t('status.demoLoading', { percent: state.progress.percent })}</span>
      ) : (
        <>
          <span>{t('status.demoReady')}</span>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('status.reload')}
          </button>
        </>
      )}
    </div>
  )
}
