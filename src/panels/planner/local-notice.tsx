import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { LocalDatabaseError } from '../../data/local/local-error.ts'

/**
 * A local-mode failure in the screen's language (`planner.local.errors.<code>`), with the engine's
 * own English message folded away as the technical detail.
 */
export function LocalNotice({ error }: { error: Error }): ReactElement {
  const { t } = useTranslation()
  const sentence =
    error instanceof LocalDatabaseError
      ? t(`planner.local.errors.${error.code}`, error.params)
      : t('planner.local.errors.unknown')
  return (
    <div role="alert" className="planner-error" data-testid="local-notice" data-code={codeOf(error)}>
      <p>{sentence}</p>
      <details>
        <summary>{t('planner.local.errors.detail')}</summary>
        <code>{error.message}</code>
      </details>
    </div>
  )
}

function codeOf(error: Error): string {
  return error instanceof LocalDatabaseError ? error.code : 'unknown'
}
