import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { UrlRejection } from '../../lib/define-url-state.ts'
import './url-notice.css'

/** "Part of this link was out of date": the ignored URL values, replaced by defaults; dismissible. */
export function UrlNotice({
  notices,
  onDismiss,
}: {
  /** The ignored values (key and value as the link held them). */
  notices: readonly UrlRejection[]
  onDismiss: () => void
}): ReactElement {
  const { t } = useTranslation()
  const values = notices.map((notice) => `${notice.key}=${notice.value}`).join(', ')
  return (
    <div className="url-notice" role="status" data-testid="url-notice">
      <p>{t('notice.urlIgnored', { values })}</p>
      <button
        type="button"
        className="url-notice__close"
        data-testid="url-notice-dismiss"
        aria-label={t('notice.dismiss')}
        title={t('notice.dismiss')}
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  )
}
