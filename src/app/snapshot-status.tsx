import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { SnapshotState } from './use-snapshot.ts'

/** The command that builds the snapshot (package.json "data"). */
const DATA_COMMAND = 'npm run data'

/** What the main area shows while the snapshot loads, or why it cannot be shown. */
export function SnapshotStatus({
  state,
}: {
  state: Exclude<SnapshotState, { status: 'ready' }>
}): ReactElement {
  const { t } = useTranslation()
  if (state.status === 'loading') {
    return (
      <div className="status" role="status">
        <span className="status__spinner" aria-hidden="true" />
        <p>{t('status.loading')}</p>
      </div>
    )
  }
  const isMissing = state.kind === 'missing'
  return (
    <div className="status">
      <section className="status__card" role="alert" data-testid="snapshot-error">
        <h2>{t(isMissing ? 'status.missingTitle' : 'status.invalidTitle')}</h2>
        <p>{t(isMissing ? 'status.missingBody' : 'status.invalidBody')}</p>
        <pre className="status__command">
          <code>{DATA_COMMAND}</code>
        </pre>
        <details className="status__details">
          <summary>{t('status.details')}</summary>
          <p>{state.message}</p>
        </details>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('status.reload')}
        </button>
      </section>
    </div>
  )
}
